import { describe, expect, it } from 'vitest';
import { InvalidInputError, nextCallWindow } from '../../src/index.js';

const base = { interviewAt: '2026-03-20', timeZone: 'Europe/London', now: '2026-03-23T12:00:00Z' } as const;

function issuesOf(input: unknown) {
  try {
    nextCallWindow(input as Parameters<typeof nextCallWindow>[0]);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).issues;
  }
  throw new Error('expected an InvalidInputError');
}

// [what is wrong, the input, the path the first issue must name]
const cases: readonly [string, unknown, readonly (string | number)[]][] = [
  ['an unknown time zone', { ...base, timeZone: 'Mars/Olympus' }, ['timeZone']],
  ['hour 25 in the working hours', { ...base, workingHours: { start: '25:00', end: '17:00' } }, ['workingHours', 'start']],
  ['an end that is not after the start', { ...base, workingHours: { start: '17:00', end: '09:00' } }, ['workingHours', 'end']],
  ['an end equal to the start', { ...base, workingHours: { start: '09:00', end: '09:00' } }, ['workingHours', 'end']],
  ['an empty work week', { ...base, workDays: [] }, ['workDays']],
  ['weekday 8', { ...base, workDays: [1, 8] }, ['workDays', 1]],
  ['30 February as the interview date', { ...base, interviewAt: '2026-02-30' }, ['interviewAt']],
  ['30 February as a holiday', { ...base, holidays: ['2026-02-30'] }, ['holidays', 0]],
  ['an unknown call outcome', { ...base, previousCalls: [{ at: '2026-03-27T09:00:00Z', outcome: 'hung-up' }] }, ['previousCalls', 0, 'outcome']],
  ['latestDays before earliestDays', { ...base, policy: { earliestDays: 10, latestDays: 5 } }, ['policy', 'latestDays']],
  ['agency latest before earliest', { ...base, policy: { agencyEarliestDays: 9 } }, ['policy', 'agencyEarliestDays']],
  ['a slot of 0 minutes', { ...base, policy: { slotMinutes: 0 } }, ['policy', 'slotMinutes']],
  ['a missing interviewAt', { timeZone: 'Europe/London' }, ['interviewAt']],
  ['an invalid Date', { ...base, interviewAt: new Date('not a date') }, ['interviewAt']],
  ['a local time without an offset as now', { ...base, now: '2026-03-23T12:00:00' }, ['now']],
  ['an unknown instruction', { ...base, instruction: { type: 'call-whenever' } }, ['instruction', 'type']],
  ['a lower-case region', { ...base, region: 'gb' }, ['region']],
  ['an unknown field', { ...base, timezone: 'UTC' }, ['timezone']],
  ['a window that would end after 9999', { ...base, interviewAt: '9999-12-25' }, ['interviewAt']],
  ['a not-before date that pushes the window past 9999', { ...base, instruction: { type: 'not-before', date: '9999-12-30' } }, ['instruction', 'date']],
  ['a call-back day after 9999 on the interviewer\'s calendar', { ...base, timeZone: 'Pacific/Kiritimati', instruction: { type: 'call-on', date: '9999-12-31T12:00:00Z' } }, ['instruction', 'date']],
];

describe('nextCallWindow rejects bad input with InvalidInputError', () => {
  it.each(cases)('%s', (_what, input, path) => {
    const issues = issuesOf(input);
    expect(issues[0]?.path).toEqual(path);
    expect(issues[0]?.message.length).toBeGreaterThan(0);
  });

  it.each([null, undefined, 42, 'tomorrow', []])('rejects %j as the whole input', (input) => {
    expect(issuesOf(input)[0]?.path).toEqual([]);
  });
});
