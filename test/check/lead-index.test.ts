import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexedPattern, indexedPatterns, LeadIndex, scanLower } from '../../src/check/lead-index.js';
import { buildTextModel } from '../../src/check/text-model.js';
import { findWordSpans } from '../../src/internal/words.js';
import '../../src/index.js';

// What a plain global scan of the lower-case text finds: the definition the index must keep to.
function scannedWhole(lower: string, pattern: RegExp): [number, string][] {
  const copy = new RegExp(pattern.source, pattern.flags);
  const found: [number, string][] = [];
  for (let match = copy.exec(lower); match !== null; match = copy.exec(lower)) {
    if (match[0].length === 0) {
      copy.lastIndex++;
      continue;
    }
    found.push([match.index, match[0]]);
  }
  return found;
}

function scannedByIndex(text: string, pattern: RegExp): [number, string][] {
  const found: [number, string][] = [];
  scanLower(buildTextModel(text), pattern, (match) => {
    found.push([match.index, match[0]]);
    return false;
  });
  return found;
}

const registered = indexedPatterns();

// Texts made of the rules' own words, with the separators and characters that decide where a
// word begins and ends: spaces of every kind, apostrophes, hyphens, underscores, digits, letters
// outside ASCII, capitals.
const vocabulary = [...new Set(registered.flatMap((pattern) => pattern.source.match(/[a-z]+(?:'[a-z]+)?/g) ?? []))];
const separators = [' ', ' ', ' ', '  ', '\n', '\t', '\u00a0', "'", '’', '-', '_', ', ', '. ', '? ', '!!! ', 'é', 'İ', '\u212a', '2', '"'];
const texts = fc
  .array(
    fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(...separators), fc.boolean()).map(([word, separator, capital]) =>
      (capital ? word.toUpperCase() : word) + separator,
    ),
    { minLength: 1, maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('the trigger-word index', () => {
  it('holds the rules’ patterns once the rules are loaded', () => {
    expect(registered.length).toBeGreaterThan(30);
    expect(registered.every((pattern) => pattern.global)).toBe(true);
  });

  it('finds, for every registered pattern, exactly what a scan of the whole text finds', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const lower = buildTextModel(text).lower;
        for (const pattern of registered) expect(scannedByIndex(text, pattern)).toEqual(scannedWhole(lower, pattern));
      }),
      { numRuns: 400 },
    );
  });

  it('finds the matches of a scan of the whole text in the benchmark messages and the rules’ examples', async () => {
    const { MESSAGE_POOL } = await import('../../bench/fixtures/texts.js');
    const { rules } = await import('../../src/index.js');
    const samples = [...MESSAGE_POOL, ...rules.flatMap((rule) => [rule.examples.bad.text, rule.examples.good.text])];
    for (const text of samples) {
      const lower = buildTextModel(text).lower;
      for (const pattern of registered) expect(scannedByIndex(text, pattern)).toEqual(scannedWhole(lower, pattern));
    }
  });

  it('goes on after the end of a match, as a global scan does', () => {
    const pattern = indexedPattern(/\bthanks\s+thanks\b/g);
    expect(scannedByIndex('Thanks thanks thanks thanks thanks.', pattern)).toEqual([
      [0, 'thanks thanks'],
      [14, 'thanks thanks'],
    ]);
  });

  it('stops when the visitor returns true', () => {
    const pattern = indexedPattern(/\bcall\b/g);
    const seen: number[] = [];
    const stopped = scanLower(buildTextModel('Call me, call me, call me.'), pattern, (match) => {
      seen.push(match.index);
      return seen.length === 2;
    });
    expect([stopped, seen]).toEqual([true, [0, 9]]);
  });

  it('scans the whole text with a pattern it was not given, or one whose lead words it cannot list', () => {
    expect(scannedByIndex('I didn’t find it fair.', /n't\s+find/g)).toEqual([[5, "n't find"]]);
    expect(scannedByIndex('I didn’t find it fair.', indexedPattern(/n't\s+find/g))).toEqual([[5, "n't find"]]);
  });

  it('takes in a pattern registered after a text was indexed', () => {
    const model = buildTextModel('Kindly advise.');
    expect(scanLower(model, registered[0] ?? /x/g, () => true)).toBe(false);
    const late = indexedPattern(/\bkindly\s+advise\b/g);
    expect(scanLower(model, late, () => true)).toBe(true);
  });

  it('rejects a pattern that is not global', () => {
    expect(() => indexedPattern(/\bthanks\b/)).toThrow(TypeError);
  });

  it('answers for the lower-case text it was built on', () => {
    const index = new LeadIndex('many thanks', findWordSpans('many thanks'));
    expect(scanLower({ lower: 'many thanks', leads: index }, indexedPattern(/\bthanks\b/g), (match) => match.index === 5)).toBe(true);
  });
});
