import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/index.js';
import { formatCheck } from '../../src/cli/format-check.js';
import { wrapIndented } from '../../src/cli/format-script.js';
import { calendarGrid } from '../../src/cli/format-window.js';
import { paint, wantsColour } from '../../src/cli/paint.js';

const plain = paint(false);

describe('the calendar grid', () => {
  const grid = calendarGrid({
    firstDay: '2026-03-27',
    slotDays: new Set(['2026-03-27', '2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02']),
    nextSlotDay: '2026-03-30',
    today: '2026-03-27',
    paint: plain,
  }).split('\n');

  it('starts on the Monday of the first slot and shows two weeks', () => {
    expect(grid[0]).toBe('23 Mar 2026 - 5 Apr 2026');
    expect(grid[1]).toBe(' Mon   Tue   Wed   Thu   Fri   Sat   Sun');
    expect(grid).toHaveLength(5);
  });

  it('brackets the days with slots and stars the next one', () => {
    expect(grid[2]).toBe(' 23    24    25    26   [27]   28    29');
    expect(grid[3]).toBe('[30]* [31]  [ 1]  [ 2]    3     4     5');
  });

  it('puts today in parentheses when it has no slots', () => {
    const row = calendarGrid({ firstDay: '2026-03-30', slotDays: new Set(['2026-03-30']), nextSlotDay: null, today: '2026-04-01', paint: plain }).split('\n')[2];
    expect(row).toBe('[30]   31   ( 1)    2     3     4     5');
  });

  it('ends with a legend', () => {
    expect(grid[4]).toBe('[dd] call slots   * next slot   (dd) today');
  });
});

describe('the stylish check output', () => {
  const result: CheckResult = {
    ok: false,
    diagnostics: [
      { ruleId: 'asks-for-decision', severity: 'error', message: 'Asks outright whether you got the job.', start: 40, end: 60, line: 2, column: 12, suggestion: 'Ask about the next steps instead.' },
      { ruleId: 'pushy', severity: 'warning', message: 'Demands a reply by a deadline.', start: 80, end: 95, line: 3, column: 1 },
      { ruleId: 'missing-thanks', severity: 'info', message: 'Never thanks the reader.' },
    ],
    stats: { words: 58, estimatedSeconds: 23.2 },
  };
  const lines = formatCheck(result, 'message.txt', plain).split('\n');

  it('prints file:line:column, severity, message and rule id in aligned columns', () => {
    expect(lines[0]).toBe('message.txt:2:12  error    Asks outright whether you got the job.  asks-for-decision');
    expect(lines[2]).toBe('message.txt:3:1   warning  Demands a reply by a deadline.          pushy');
    expect(lines[3]).toBe('message.txt       info     Never thanks the reader.                missing-thanks');
  });

  it('puts a suggestion under its finding', () => {
    expect(lines[1]).toBe('                           hint: Ask about the next steps instead.');
  });

  it('ends with a count by severity and the length of the message', () => {
    expect(lines.slice(4)).toEqual(['', '3 problems (1 error, 1 warning, 1 info) in message.txt: 58 words, about 23 seconds to say', '']);
  });

  it('says so when there is nothing to report', () => {
    expect(formatCheck({ ok: true, diagnostics: [], stats: { words: 1, estimatedSeconds: 0.4 } }, '<stdin>', plain)).toBe(
      'No problems in <stdin> (1 word, about 0 seconds to say)\n',
    );
  });
});

describe('wrapping branch text', () => {
  it('wraps at word boundaries within the width, indenting each line', () => {
    expect(wrapIndented('Of course, I understand. What time would suit you better for a short call?', 30, '    ')).toBe(
      '    Of course, I understand.\n    What time would suit you\n    better for a short call?',
    );
  });

  it('keeps line breaks and words longer than the width', () => {
    expect(wrapIndented('a\nsupercalifragilistic b', 10, '  ')).toBe('  a\n  supercalifragilistic\n  b');
  });
});

describe('colour', () => {
  it('is plain text when off', () => {
    expect(paint(false).red('error')).toBe('error');
  });

  it('is ANSI escapes when on', () => {
    expect(paint(true).red('error')).toBe('\u001b[31merror\u001b[39m');
  });

  const rows: readonly (readonly [string, boolean | undefined, Record<string, string>, boolean])[] = [
    ['on a terminal', true, {}, true],
    ['not on a pipe', false, {}, false],
    ['not when the stream does not say', undefined, {}, false],
    ['not with NO_COLOR=1 on a terminal', true, { NO_COLOR: '1' }, false],
    ['on a terminal when NO_COLOR is empty', true, { NO_COLOR: '' }, true],
  ];
  for (const [what, isTerminal, env, expected] of rows) {
    it(`is wanted ${what}`, () => {
      expect(wantsColour(isTerminal, env)).toBe(expected);
    });
  }
});
