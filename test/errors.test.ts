import { describe, expect, it } from 'vitest';
import {
  InterviewFollowupError,
  InvalidInputError,
  checkMessage,
  describeIssue,
  isInvalidInputError,
  nextCallWindow,
  planFollowUp,
  recommendChannel,
  renderScript,
} from '../src/index.js';

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

describe('InvalidInputError', () => {
  it('is an Error with the name InvalidInputError and a list of issues', () => {
    const error = new InvalidInputError([{ path: ['workingHours', 'end'], message: 'must be later than workingHours.start (09:00)' }]);
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(InterviewFollowupError);
    expect(error.name).toBe('InvalidInputError');
    expect(error.issues).toEqual([{ path: ['workingHours', 'end'], message: 'must be later than workingHours.start (09:00)' }]);
  });

  it('names the first problem, field first, in its message', () => {
    const error = new InvalidInputError([
      { path: ['previousCalls', 0, 'outcome'], message: 'is required' },
      { path: ['timeZone'], message: 'must be an IANA time zone' },
    ]);
    expect(error.message).toBe('previousCalls[0].outcome is required (and 1 more)');
  });

  it('never has an empty issue list', () => {
    expect(new InvalidInputError([]).issues).toHaveLength(1);
  });

  it('is recognised by name, so a copy from another install still counts', () => {
    const foreign = Object.assign(new Error('x'), { name: 'InvalidInputError', issues: [] });
    expect(isInvalidInputError(foreign)).toBe(true);
    expect(isInvalidInputError(new Error('x'))).toBe(false);
    expect(isInvalidInputError({ name: 'InvalidInputError', issues: [] })).toBe(false);
  });

  it('describes a root-level issue as "input"', () => {
    expect(describeIssue({ path: [], message: 'must be an object' })).toBe('input must be an object');
  });
});

describe('every public function rejects bad input with InvalidInputError', () => {
  const cases: [string, () => unknown, (string | number)[]][] = [
    ['nextCallWindow: unknown zone', () => nextCallWindow({ interviewAt: '2026-03-20', timeZone: 'Mars/Olympus' }), ['timeZone']],
    ['nextCallWindow: missing interviewAt', () => nextCallWindow({} as never), ['interviewAt']],
    ['nextCallWindow: impossible date', () => nextCallWindow({ interviewAt: '2026-02-30' }), ['interviewAt']],
    ['nextCallWindow: 25:00', () => nextCallWindow({ interviewAt: '2026-03-20', workingHours: { start: '25:00', end: '17:00' } }), ['workingHours', 'start']],
    ['nextCallWindow: end before start', () => nextCallWindow({ interviewAt: '2026-03-20', workingHours: { start: '09:00', end: '08:00' } }), ['workingHours', 'end']],
    ['nextCallWindow: empty work week', () => nextCallWindow({ interviewAt: '2026-03-20', workDays: [] }), ['workDays']],
    ['nextCallWindow: unknown outcome', () => nextCallWindow({ interviewAt: '2026-03-20', previousCalls: [{ at: '2026-03-27T09:00:00Z', outcome: 'hung-up' as never }] }), ['previousCalls', 0, 'outcome']],
    ['nextCallWindow: latestDays < earliestDays', () => nextCallWindow({ interviewAt: '2026-03-20', policy: { earliestDays: 9, latestDays: 3 } }), ['policy', 'latestDays']],
    ['nextCallWindow: misspelt field', () => nextCallWindow({ interviewAt: '2026-03-20', timezone: 'Europe/London' } as never), ['timezone']],
    ['renderScript: unknown kind', () => renderScript({ kind: 'fax' as never, candidate: { name: 'A' }, role: 'R', interviewedOn: '2026-03-20' }), ['kind']],
    ['renderScript: control character in a name', () => renderScript({ kind: 'email', candidate: { name: 'A\u0000B' }, role: 'R', interviewedOn: '2026-03-20' }), ['candidate', 'name']],
    ['checkMessage: text is not a string', () => checkMessage({ text: 42 as never }), ['text']],
    ['recommendChannel: contacts of the wrong type', () => recommendChannel({ contacts: 'phone' as never }), ['contacts']],
    ['planFollowUp: missing candidate', () => planFollowUp({ interviewAt: '2026-03-20', role: 'R' } as never), ['candidate']],
  ];

  it.each(cases)('%s', (_label, call, path) => {
    const error = thrownBy(call);
    expect(isInvalidInputError(error)).toBe(true);
    expect((error as InvalidInputError).issues[0]?.path).toEqual(path);
  });

  it('rejects a non-object input', () => {
    const error = thrownBy(() => nextCallWindow(null as never));
    expect(isInvalidInputError(error)).toBe(true);
    expect((error as InvalidInputError).message).toBe('input must be an object (got null)');
  });

  it('explains a window with the end before the start in words a person can act on', () => {
    const error = thrownBy(() => nextCallWindow({ interviewAt: '2026-03-20', workingHours: { start: '09:00', end: '08:00' } }));
    expect((error as Error).message).toBe('workingHours.end must be later than workingHours.start (09:00)');
  });
});
