import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { publicHolidaysInputSchema } from '../../src/holidays.js';
import { callWindowSlotsSchema, policySchema, workingHoursSchema } from '../../src/index.js';
import { whenFieldsValid } from '../../src/schemas/when-fields-valid.js';

// A check that compares two fields runs only when both are valid on their own: one mistake
// gives one issue, and no message quotes a value that failed its own check.

type Schema = { safeParse: (value: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } };

/** The issues of `value` as `path: message` lines, or `[]` when it is accepted. */
function issuesOf(schema: Schema, value: unknown): string[] {
  return (schema.safeParse(value).error?.issues ?? []).map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);
}

describe('workingHoursSchema compares start and end only when both are clock times', () => {
  it.each([
    ['an end before the start', { start: '09:00', end: '08:30' }, ['end']],
    ['an end equal to the start', { start: '09:00', end: '09:00' }, ['end']],
    ['a start without two digits', { start: '9:00', end: '17:00' }, ['start']],
    ['an end without two digits', { start: '09:00', end: '5:00' }, ['end']],
    ['a start that is a number', { start: 900, end: '17:00' }, ['start']],
    ['no end', { start: '09:00' }, ['end']],
    ['an unknown field beside a backwards range', { start: '09:00', end: '08:00', lunch: '12:00' }, ['', 'end']],
  ])('%s', (_what, value, paths) => {
    expect(workingHoursSchema.safeParse(value).error?.issues.map((issue) => issue.path.join('.'))).toEqual(paths);
  });

  it('names the valid start when the end is before it', () => {
    expect(issuesOf(workingHoursSchema, { start: '09:00', end: '08:30' })).toEqual(['end: must be later than workingHours.start (09:00)']);
  });

  it('never quotes a start of 10,000 characters', () => {
    const issues = issuesOf(workingHoursSchema, { start: '0'.repeat(10_000), end: '17:00' });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.length).toBeLessThan(80);
  });
});

describe('policySchema compares each pair of day counts only when both are valid', () => {
  it.each([
    ['an earliest day out of range', { earliestDays: 400 }, ['earliestDays']],
    ['an earliest day of 1.5 with a latest day of 1', { earliestDays: 1.5, latestDays: 1 }, ['earliestDays']],
    ['a backwards window', { earliestDays: 10, latestDays: 5 }, ['latestDays']],
    ['a backwards window against the default latest day', { earliestDays: 20 }, ['earliestDays']],
    ['a backwards agency window beside an invalid employer day', { earliestDays: -1, agencyEarliestDays: 9 }, ['earliestDays', 'agencyEarliestDays']],
    ['a bad slot length beside a backwards window', { earliestDays: 10, latestDays: 5, slotMinutes: 1 }, ['slotMinutes', 'latestDays']],
  ])('%s', (_what, policy, paths) => {
    expect(policySchema.safeParse(policy).error?.issues.map((issue) => issue.path.join('.'))).toEqual(paths);
  });
});

describe('a call slot ends at least a second after it starts', () => {
  const start = '2026-03-27T09:00:00+00:00';
  const slot = (end: unknown) => ({ start, end, part: 'start-of-day' });

  it.each([
    ['one second after the start', '2026-03-27T09:00:01+00:00'],
    ['an hour after the start, in another offset', '2026-03-27T11:00:00+01:00'],
  ])('accepts an end %s', (_what, end) => {
    expect(issuesOf(callWindowSlotsSchema, { slots: [slot(end)], nextSlot: slot(end) })).toEqual([]);
  });

  it.each([
    ['at the start', start],
    ['in the same second as the start', '2026-03-27T09:00:00.999Z'],
    ['before the start', '2026-03-27T08:59:59Z'],
    ['at the start, written in another offset', '2026-03-27T10:00:00+01:00'],
  ])('rejects an end %s, at the end of the slot', (_what, end) => {
    expect(issuesOf(callWindowSlotsSchema, { slots: [slot(end)], nextSlot: slot(end) })).toEqual([
      `slots.0.end: must be at least a second later than start (${start})`,
      `nextSlot.end: must be at least a second later than start (${start})`,
    ]);
  });

  it('quotes a start with a very long fraction in UTC, not as written', () => {
    const long = `2026-03-27T09:00:00.${'5'.repeat(200)}Z`;
    expect(issuesOf(callWindowSlotsSchema, { slots: [], nextSlot: { start: long, end: '2026-03-27T08:00:00Z', part: 'end-of-day' } })).toEqual([
      'nextSlot.end: must be at least a second later than start (2026-03-27T09:00:00.555Z)',
    ]);
  });

  it('does not compare an end that is not an instant', () => {
    expect(issuesOf(callWindowSlotsSchema, { slots: [], nextSlot: slot('soon') })).toHaveLength(1);
  });
});

describe('publicHolidaysInputSchema compares from and to only when both are dates it covers', () => {
  it.each([
    ['a range that runs backwards', { from: '2026-12-31', to: '2026-01-01' }, ['to: must not be before from (2026-12-31)']],
    ['a from that is no date, before to', { from: '2026-02-30', to: '2026-01-01' }, ['from: must be a real calendar date written YYYY-MM-DD, such as "2026-03-20"']],
    ['a from before 1970 and a to before it', { from: '1969-12-31', to: '1969-01-01' }, ['from: must be in the years 1970 to 2076 (those the holiday data covers)', 'to: must be in the years 1970 to 2076 (those the holiday data covers)']],
    ['a to after 2076, over ten years on', { from: '2060-01-01', to: '2077-01-01' }, ['to: must be in the years 1970 to 2076 (those the holiday data covers)']],
  ])('%s', (_what, range, expected) => {
    expect(issuesOf(publicHolidaysInputSchema, { country: 'GB', ...range })).toEqual(expected);
  });
});

describe('whenFieldsValid', () => {
  const range = z.strictObject({ from: z.number(), to: z.number(), note: z.optional(z.string()) }).check(
    z.superRefine(
      (value, ctx) => {
        if (value.to < value.from) ctx.issues.push({ code: 'custom', input: value.to, path: ['to'], message: 'must not be before from' });
      },
      { when: whenFieldsValid('from', 'to') },
    ),
  );

  it.each([
    ['both fields valid', { from: 2, to: 1 }, ['to']],
    ['the first field invalid', { from: 'two', to: 1 }, ['from']],
    ['the second field missing', { from: 2 }, ['to']],
    ['another field invalid', { from: 2, to: 1, note: 5 }, ['note', 'to']],
    ['an unknown field', { from: 2, to: 1, extra: true }, ['', 'to']],
    ['no object at all', null, ['']],
  ])('with %s', (_what, value, paths) => {
    expect(range.safeParse(value).error?.issues.map((issue) => issue.path.join('.'))).toEqual(paths);
  });
});
