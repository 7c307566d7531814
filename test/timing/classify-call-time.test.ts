import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, nextCallWindow } from '../../src/index.js';
import { classifyCallTime } from '../../src/timing/classify-call-time.js';

type Options = Parameters<typeof classifyCallTime>[1];
type Classified = ReturnType<typeof classifyCallTime>;

const london: Options = { timeZone: 'Europe/London' };

// Each row: a moment, the interviewer's calendar, and where the moment falls, worked out by hand.
const rows: readonly [string, string, Options, Classified][] = [
  ['09:15 BST on a Monday is in the start-of-day slot', '2026-03-30T08:15:00Z', london, { localDate: '2026-03-30', workingDay: true, holiday: false, part: 'start-of-day' }],
  ['16:30 BST on a Monday is in the end-of-day slot', '2026-03-30T15:30:00Z', london, { localDate: '2026-03-30', workingDay: true, holiday: false, part: 'end-of-day' }],
  ['13:00 BST is a working day but no slot', '2026-03-30T12:00:00Z', london, { localDate: '2026-03-30', workingDay: true, holiday: false, part: null }],
  ['10:00 BST is the end of the first slot, which is exclusive', '2026-03-30T09:00:00Z', london, { localDate: '2026-03-30', workingDay: true, holiday: false, part: null }],
  ['17:00 BST is after the working day', '2026-03-30T16:00:00Z', london, { localDate: '2026-03-30', workingDay: true, holiday: false, part: null }],
  ['09:00 GMT on the Friday before the clock change opens the day', '2026-03-27T09:00:00Z', london, { localDate: '2026-03-27', workingDay: true, holiday: false, part: 'start-of-day' }],
  ['a Saturday is not a working day', '2026-03-28T09:30:00Z', london, { localDate: '2026-03-28', workingDay: false, holiday: false, part: null }],
  ['a listed holiday is neither a working day nor in a slot', '2026-04-03T08:30:00Z', { ...london, holidays: ['2026-04-03'] }, { localDate: '2026-04-03', workingDay: false, holiday: true, part: null }],
  ['a holiday on a Sunday is still reported as a holiday', '2026-04-05T08:30:00Z', { ...london, holidays: ['2026-04-05'] }, { localDate: '2026-04-05', workingDay: false, holiday: true, part: null }],
  ['23:30Z on a Friday is Saturday morning in Tokyo', '2026-03-20T23:30:00Z', { timeZone: 'Asia/Tokyo' }, { localDate: '2026-03-21', workingDay: false, holiday: false, part: null }],
  ['00:30Z on a Monday is still Sunday evening in New York', '2026-03-30T00:30:00Z', { timeZone: 'America/New_York' }, { localDate: '2026-03-29', workingDay: false, holiday: false, part: null }],
  ['a Sunday morning in Riyadh is a working day for region SA', '2026-03-29T06:30:00Z', { timeZone: 'Asia/Riyadh', region: 'SA' }, { localDate: '2026-03-29', workingDay: true, holiday: false, part: 'start-of-day' }],
  ['a Friday in Riyadh is the weekend for region SA', '2026-03-27T06:30:00Z', { timeZone: 'Asia/Riyadh', region: 'SA' }, { localDate: '2026-03-27', workingDay: false, holiday: false, part: null }],
  ['explicit workDays beat the region', '2026-03-27T06:30:00Z', { timeZone: 'Asia/Riyadh', region: 'SA', workDays: [5] }, { localDate: '2026-03-27', workingDay: true, holiday: false, part: 'start-of-day' }],
  ['30-minute slots end at 09:30', '2026-03-30T08:45:00Z', { ...london, slotMinutes: 30 }, { localDate: '2026-03-30', workingDay: true, holiday: false, part: null }],
  ['custom hours move the slots', '2026-03-30T06:30:00Z', { ...london, workingHours: { start: '07:00', end: '15:00' } }, { localDate: '2026-03-30', workingDay: true, holiday: false, part: 'start-of-day' }],
  ['a day shorter than two slots is one start-of-day slot', '2026-03-30T09:15:00Z', { ...london, workingHours: { start: '09:00', end: '10:30' } }, { localDate: '2026-03-30', workingDay: true, holiday: false, part: 'start-of-day' }],
  ['a start in the spring gap moves to 02:00 BST', '2026-03-29T01:00:00Z', { ...london, workingHours: { start: '01:30', end: '05:00' }, workDays: [7] }, { localDate: '2026-03-29', workingDay: true, holiday: false, part: 'start-of-day' }],
  ['before the moved start is outside the slot', '2026-03-29T00:59:00Z', { ...london, workingHours: { start: '01:30', end: '05:00' }, workDays: [7] }, { localDate: '2026-03-29', workingDay: true, holiday: false, part: null }],
  ['09:00 in Kathmandu is 03:15Z', '2026-03-27T03:15:00Z', { timeZone: 'Asia/Kathmandu' }, { localDate: '2026-03-27', workingDay: true, holiday: false, part: 'start-of-day' }],
];

describe('classifyCallTime', () => {
  it.each(rows)('%s', (_name, at, options, expected) => {
    expect(classifyCallTime(new Date(at), options)).toEqual(expected);
  });

  it.each([
    ['an invalid Date', new Date('nope'), london, []],
    ['an unknown zone', new Date('2026-03-30T08:15:00Z'), { timeZone: 'Mars/Olympus' }, ['timeZone']],
  ] as const)('rejects %s with InvalidInputError', (_what, at, options, path) => {
    expect(() => classifyCallTime(at, options)).toThrow(InvalidInputError);
    try {
      classifyCallTime(at, options);
    } catch (error) {
      expect((error as InvalidInputError).issues[0]?.path).toEqual(path);
    }
  });

  it('does not change the options it is given', () => {
    const options = { timeZone: 'Europe/London', holidays: ['2026-04-03'], workDays: [1, 2, 3, 4, 5] };
    const copy = structuredClone(options);
    classifyCallTime(new Date('2026-04-03T08:30:00Z'), options);
    expect(options).toEqual(copy);
  });

  // The checker and nextCallWindow must never disagree: every slot the window offers is
  // classified as that slot, from its first millisecond to its last, and the moments just outside
  // a slot are not in it.
  it('agrees with nextCallWindow on every slot, in any zone', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    const day = 86_400_000;
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(1990, 0, 1) / day, max: Date.UTC(2090, 0, 1) / day }),
        fc.integer({ min: 0, max: 22 * 4 }),
        fc.integer({ min: 1, max: 16 * 4 }),
        fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
        fc.integer({ min: 5, max: 240 }),
        (timeZone, interviewDay, startQuarter, lengthQuarters, workDays, slotMinutes) => {
          const startMinute = startQuarter * 15;
          const endMinute = Math.min(startMinute + lengthQuarters * 15, 23 * 60 + 59);
          const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
          const workingHours = { start: clock(startMinute), end: clock(endMinute) };
          const interviewAt = new Date(interviewDay * day).toISOString().slice(0, 10);
          const window = nextCallWindow({ interviewAt, timeZone, workingHours, workDays, policy: { slotMinutes }, now: '2000-01-01T00:00:00Z' });
          const options = { timeZone, workingHours, workDays, slotMinutes };
          for (const slot of window.slots) {
            const start = new Date(slot.start).getTime();
            const end = new Date(slot.end).getTime();
            expect(classifyCallTime(new Date(start), options).part).toBe(slot.part);
            expect(classifyCallTime(new Date(end - 1), options).part).toBe(slot.part);
            expect(classifyCallTime(new Date(start), options).workingDay).toBe(true);
            expect(classifyCallTime(new Date(start - 1), options).part).not.toBe(slot.part);
            expect(classifyCallTime(new Date(end), options).part).not.toBe(slot.part);
          }
        },
      ),
      { numRuns: 150, seed: 20260320 },
    );
  });
});
