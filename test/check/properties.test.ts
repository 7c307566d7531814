import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, checkMessage } from '../../src/index.js';

// Text that stresses the tokenizer: any code unit (lone surrogates, control characters), words
// from the rules' vocabulary, punctuation, brackets and long runs of one character.
const vocabulary = fc.constantFrom(
  'did I get the job',
  'why',
  'so long',
  'not',
  'other candidates',
  '!!!',
  'ASAP',
  'PLEASE CALL',
  '[Your Name]',
  '555-014-2000',
  '@',
  '"',
  '“',
  '\n',
  '\r\n',
  '. ',
  '? ',
  "I'm",
  'thank',
);
const run = fc
  .tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.integer({ min: 1, max: 10_000 }))
  .map(([unit, count]) => unit.repeat(count));
const awkwardText = fc
  .array(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), vocabulary, run), { maxLength: 12 })
  .map((parts) => parts.join(''));

describe('checkMessage on arbitrary text', () => {
  it('never throws and keeps every span inside the text', () => {
    fc.assert(
      fc.property(awkwardText, fc.constantFrom(...CHANNELS), (text, channel) => {
        const result = checkMessage({ text, channel });
        expect(result.stats.words).toBeGreaterThanOrEqual(0);
        for (const diagnostic of result.diagnostics) {
          if (diagnostic.start === undefined) {
            expect(diagnostic.end).toBeUndefined();
            continue;
          }
          expect(diagnostic.start).toBeGreaterThanOrEqual(0);
          expect(diagnostic.end).toBeGreaterThan(diagnostic.start);
          expect(diagnostic.end).toBeLessThanOrEqual(text.length);
          expect(diagnostic.line).toBeGreaterThanOrEqual(1);
          expect(diagnostic.column).toBeGreaterThanOrEqual(1);
        }
        expect(result.ok).toBe(!result.diagnostics.some((d) => d.severity === 'error'));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result for the same input', () => {
    fc.assert(
      fc.property(awkwardText, (text) => {
        expect(checkMessage({ text })).toEqual(checkMessage({ text }));
      }),
      { numRuns: 100 },
    );
  });
});

// White space of every kind \s knows, line breaks included.
const whiteSpace = fc.constantFrom(' ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '\u3000');

describe('checkMessage on text that ends in white space', () => {
  it('gives the same result whether the run of white space at the end is short or very long', () => {
    fc.assert(
      fc.property(
        fc.oneof(awkwardText, vocabulary),
        fc.array(whiteSpace, { minLength: 1, maxLength: 40 }),
        fc.constantFrom(...CHANNELS),
        (text, unit, channel) => {
          // 100 characters are kept whole; 5,000 are more than the text model keeps.
          const short = unit.join('').repeat(100).slice(0, 100);
          const long = unit.join('').repeat(5_000).slice(0, 5_000);
          expect(checkMessage({ text: text + long, channel })).toEqual(checkMessage({ text: text + short, channel }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('still reads a phrase that reaches into the white space, such as "thanks to" at the very end', () => {
    const thanked = (text: string) => !checkMessage({ text }).diagnostics.some((d) => d.ruleId === 'missing-thanks');
    expect(thanked(`Thanks to${' '.repeat(100)}`)).toBe(thanked(`Thanks to${' '.repeat(100_000)}`));
    expect(thanked(`Thanks to${' '.repeat(100_000)}`)).toBe(false);
  });
});
