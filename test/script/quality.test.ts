import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS, SCRIPT_WORD_BUDGETS, checkMessage, renderScript } from '../../src/index.js';
import type { Script } from '../../src/index.js';
import { countWords } from '../../src/internal/words.js';
import { renderScriptInput } from './script-input-arbitrary.js';

const RUNS = 2000;

describe('renderScript properties over generated facts', () => {
  it('never prints undefined, null, NaN or [object Object]', () => {
    fc.assert(
      fc.property(renderScriptInput, (input) => {
        const script = renderScript(input);
        for (const part of [script.text, script.subject ?? '', ...(script.branches ?? []).flatMap((b) => [b.when, b.text])]) {
          expect(part).not.toMatch(/undefined|null|NaN|\[object Object\]/);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('names the candidate and the role, as typed, in every kind', () => {
    fc.assert(
      fc.property(renderScriptInput, (input) => {
        const script = renderScript(input);
        expect(script.text).toContain(input.candidate.name);
        expect(script.text).toContain(input.role);
      }),
      { numRuns: RUNS },
    );
  });

  it('stays within the word budget of its kind and counts words as the checker does', () => {
    fc.assert(
      fc.property(renderScriptInput, (input) => {
        const script = renderScript(input);
        expect(script.wordCount).toBe(countWords(script.text));
        expect(script.wordCount).toBeLessThanOrEqual(SCRIPT_WORD_BUDGETS[input.kind]);
        for (const branch of script.branches ?? []) {
          expect(countWords(branch.text)).toBeLessThanOrEqual(SCRIPT_WORD_BUDGETS.voicemail);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the same script for the same input, and a plain JSON value', () => {
    fc.assert(
      fc.property(renderScriptInput, (input) => {
        const script = renderScript(input);
        expect(renderScript(input)).toEqual(script);
        expect(JSON.parse(JSON.stringify(script))).toEqual(script);
      }),
      { numRuns: 500 },
    );
  });

  it('lists a placeholder exactly when a gap shows in the text or a branch', () => {
    fc.assert(
      fc.property(renderScriptInput, (input) => {
        const script = renderScript(input);
        const shown = [script.text, ...(script.branches ?? []).map((b) => b.text)].join('\n');
        for (const gap of ['[your phone number]', '[your email address]']) {
          expect(script.placeholders.includes(gap)).toBe(shown.includes(gap));
        }
      }),
      { numRuns: RUNS },
    );
  });
});

function problemsFound(script: Script): string[] {
  return checkMessage({ text: script.text, channel: script.kind })
    .diagnostics.filter((d) => d.severity === 'warning' || d.severity === 'error')
    .map((d) => `${d.ruleId}: ${d.message}`);
}

describe('the quality invariant: checkMessage finds nothing wrong with a complete script', () => {
  it('reports no warning or error for any script without placeholders', () => {
    fc.assert(
      fc.property(renderScriptInput, (input) => {
        const script = renderScript(input);
        fc.pre(script.placeholders.length === 0);
        expect(problemsFound(script), script.text).toEqual([]);
        expect(checkMessage({ text: script.text, channel: script.kind }).stats.words).toBe(script.wordCount);
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    ['a role with a bracketed abbreviation', { role: 'Site Reliability Engineer (SRE)' }],
    ['a surname with lower-case particles', { candidate: { name: 'Jordan van der Berg', phone: '+1 555 0100', email: 'j@example.com' } }],
  ] as const)('accepts the scripts for %s in every kind (reported checker gap)', (_label, facts) => {
    for (const kind of CHANNELS) {
      for (const locale of ['en-US', 'en-GB'] as const) {
        const script = renderScript({
          kind,
          locale,
          candidate: { name: 'Ana Silva', phone: '+1 555 0100', email: 'ana@example.com' },
          role: 'Data Analyst',
          interviewedOn: '2026-03-20',
          ...facts,
        });
        expect(problemsFound(script), script.text).toEqual([]);
      }
    }
  });
});
