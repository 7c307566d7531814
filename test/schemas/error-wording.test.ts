import { describe, expect, it } from 'vitest';
import { checkMessage, isInvalidInputError, nextCallWindow, recommendChannel, renderScript, toICalendar } from '../../src/index.js';
import { closestName } from '../../src/internal/closest-name.js';

// How parseInput words two common slips: a field left out, and a field name mistyped.

/** The message of the InvalidInputError `call` throws. */
function messageOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    if (isInvalidInputError(error)) return error.message;
    throw error;
  }
  throw new Error('no InvalidInputError');
}

const script = { kind: 'email', candidate: { name: 'Ana Silva' }, role: 'Data Analyst', interviewedOn: '2026-03-20' } as const;
const slot = { start: '2026-03-27T09:00:00+00:00', end: '2026-03-27T10:00:00+00:00', part: 'start-of-day' } as const;

describe('a field left out is "required", even when it takes one of a fixed set of values', () => {
  it.each([
    ['the kind of script', () => renderScript({ ...script, kind: undefined } as never), 'kind is required'],
    ['the outcome of a call', () => nextCallWindow({ interviewAt: '2026-03-20', previousCalls: [{ at: '2026-03-19T10:00:00Z' }] } as never), 'previousCalls[0].outcome is required'],
    ['the part of a slot', () => toICalendar({ slots: [], nextSlot: { start: slot.start, end: slot.end } } as never), 'nextSlot.part is required'],
    ['the type of an instruction', () => recommendChannel({ instruction: { channel: 'email' } } as never), 'instruction.type is required'],
  ])('%s', (_what, call, message) => {
    expect(messageOf(call)).toBe(message);
  });

  it('still lists the values for a value outside the set', () => {
    expect(messageOf(() => renderScript({ ...script, kind: 'fax' } as never))).toBe(
      'kind must be one of "phone", "voicemail", "email", "handwritten-note", "linkedin" (got "fax")',
    );
  });
});

describe('an unknown field names the known field it is probably a slip of', () => {
  it.each([
    ['another case', () => nextCallWindow({ interviewAt: '2026-03-20', timezone: 'UTC' } as never), 'timezone is not a known field; did you mean "timeZone"?'],
    ['a missing letter', () => nextCallWindow({ intervewAt: '2026-03-20', interviewAt: '2026-03-20' } as never), 'intervewAt is not a known field; did you mean "interviewAt"?'],
    ['a singular for a plural', () => nextCallWindow({ interviewAt: '2026-03-20', previousCall: [] } as never), 'previousCall is not a known field; did you mean "previousCalls"?'],
    ['a slip in a nested object', () => checkMessage({ text: 'Hi', context: { plannedat: '2026-03-30T09:00:00Z' } } as never), 'context.plannedat is not a known field; did you mean "plannedAt"?'],
    ['a slip in an instruction', () => nextCallWindow({ interviewAt: '2026-03-20', instruction: { type: 'call-on', date: '2026-04-01', dat: 1 } } as never), 'instruction.dat is not a known field; did you mean "date"?'],
    ['no field close to it', () => nextCallWindow({ interviewAt: '2026-03-20', mood: 'calm' } as never), 'mood is not a known field'],
  ])('%s', (_what, call, message) => {
    expect(messageOf(call)).toBe(message);
  });
});

describe('closestName', () => {
  const fields = ['interviewAt', 'timeZone', 'now', 'via', 'workingHours', 'workDays', 'region', 'holidays', 'previousCalls', 'policy'];

  it.each([
    ['timezone', 'timeZone'],
    ['time_zone', 'timeZone'],
    ['TIME-ZONE', 'timeZone'],
    ['interviewat', 'interviewAt'],
    ['intreviewAt', 'interviewAt'],
    ['workingHour', 'workingHours'],
    ['holiday', 'holidays'],
    ['vai', 'via'],
    ['nwo', 'now'],
  ])('reads %s as %s', (name, expected) => {
    expect(closestName(name, fields)).toBe(expected);
  });

  it.each([
    ['a name far from every field', 'mood', fields],
    ['a name one slip from two fields', 'sate', ['date', 'state']],
    ['a name that folds to two fields', 'ab', ['a_b', 'A-B']],
    ['a short name two slips away', 'tz', fields],
    ['a name of 65 characters', 'timeZone'.padEnd(65, 'x'), fields],
    ['the empty name', '', fields],
  ])('suggests nothing for %s', (_what, name, known) => {
    expect(closestName(name, known)).toBeUndefined();
  });
});
