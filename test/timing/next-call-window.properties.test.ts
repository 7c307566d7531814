import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextCallWindow, type CallWindow, type CallWindowInput } from '../../src/index.js';
import { addDays, readClock } from './independent-clock.js';

// Properties over every zone the runtime knows, for interviews from 1990 to 2090. The checks read
// the wall clock with ./independent-clock.ts, which shares no code with the implementation.

const ZONES = Intl.supportedValuesOf('timeZone');
const DAY_MS = 86_400_000;
const FIRST_INTERVIEW_DAY = Date.UTC(1990, 0, 1) / DAY_MS;
const LAST_INTERVIEW_DAY = Date.UTC(2090, 11, 31) / DAY_MS - 60;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
// Runs per zone: 418 zones x 3 runs keeps this file to a few seconds on two cores.
const RUNS_PER_ZONE = 3;

const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

interface Scenario {
  readonly input: CallWindowInput & { timeZone: string };
  readonly workDays: readonly number[];
  readonly holidays: readonly string[];
  readonly start: string;
  readonly end: string;
  readonly slotMinutes: number;
  readonly earliestDays: number;
  readonly latestDays: number;
  readonly nowMs: number;
}

function scenarioFor(timeZone: string): fc.Arbitrary<Scenario> {
  return fc
    .record({
      interviewDay: fc.integer({ min: FIRST_INTERVIEW_DAY, max: LAST_INTERVIEW_DAY }),
      msIntoDay: fc.option(fc.integer({ min: 0, max: DAY_MS - 1 }), { nil: undefined }),
      agency: fc.boolean(),
      earliestDays: fc.integer({ min: 0, max: 20 }),
      extraDays: fc.integer({ min: 0, max: 20 }),
      startQuarter: fc.integer({ min: 0, max: 23 * 4 }),
      lengthQuarters: fc.integer({ min: 1, max: 16 * 4 }),
      workDays: fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
      holidayOffsets: fc.uniqueArray(fc.integer({ min: 0, max: 45 }), { maxLength: 8 }),
      slotMinutes: fc.integer({ min: 5, max: 240 }),
      nowOffsetMs: fc.integer({ min: -5 * DAY_MS, max: 50 * DAY_MS }),
    })
    .map((draw) => {
      const startMinute = draw.startQuarter * 15;
      const endMinute = Math.min(startMinute + draw.lengthQuarters * 15, 23 * 60 + 59);
      const interviewDate = new Date(draw.interviewDay * DAY_MS).toISOString().slice(0, 10);
      const interviewAt =
        draw.msIntoDay === undefined ? interviewDate : new Date(draw.interviewDay * DAY_MS + draw.msIntoDay).toISOString();
      const holidays = draw.holidayOffsets.map((offset) => addDays(interviewDate, offset));
      const latestDays = draw.earliestDays + draw.extraDays;
      const policy = draw.agency
        ? { agencyEarliestDays: draw.earliestDays, agencyLatestDays: latestDays, slotMinutes: draw.slotMinutes }
        : { earliestDays: draw.earliestDays, latestDays, slotMinutes: draw.slotMinutes };
      const nowMs = draw.interviewDay * DAY_MS + draw.nowOffsetMs;
      return {
        input: {
          interviewAt,
          timeZone,
          via: draw.agency ? 'agency' : 'employer',
          workingHours: { start: clock(startMinute), end: clock(endMinute) },
          workDays: draw.workDays,
          holidays,
          policy,
          now: new Date(nowMs).toISOString(),
        },
        workDays: draw.workDays,
        holidays,
        start: clock(startMinute),
        end: clock(endMinute),
        slotMinutes: draw.slotMinutes,
        earliestDays: draw.earliestDays,
        latestDays,
        nowMs,
      } satisfies Scenario;
    });
}

function interviewLocalDate(scenario: Scenario): string {
  const at = scenario.input.interviewAt;
  return typeof at === 'string' && at.length === 10 ? at : readClock(at, scenario.input.timeZone).date;
}

function checkWindow(scenario: Scenario, window: CallWindow): void {
  const zone = scenario.input.timeZone;
  const ms = (iso: string) => new Date(iso).getTime();

  // Plain JSON that survives a round trip.
  expect(JSON.parse(JSON.stringify(window))).toEqual(window);

  // Every instant is written in the zone's own offset at that instant, with the matching wall time.
  const instants = [window.opensAt, window.closesAt, ...window.slots.flatMap((s) => [s.start, s.end])];
  for (const iso of instants) {
    if (iso === null) continue;
    expect(iso).toMatch(ISO_WITH_OFFSET);
    const reading = readClock(iso, zone);
    expect(iso.slice(19)).toBe(reading.offset);
    expect(iso.slice(0, 19)).toBe(`${reading.date}T${reading.time}`);
  }

  if (window.status === 'do-not-call') {
    expect(window.slots).toEqual([]);
    expect([window.opensAt, window.closesAt, window.nextSlot]).toEqual([null, null, null]);
    const codes = window.reasons.map((r) => r.code);
    if (codes.includes('no-working-day-in-window')) {
      const first = addDays(interviewLocalDate(scenario), scenario.earliestDays);
      for (let offset = 0; offset <= scenario.latestDays - scenario.earliestDays; offset++) {
        const date = addDays(first, offset);
        const weekday = readClock(`${date}T12:00:00Z`, 'UTC').weekday;
        expect(!scenario.workDays.includes(weekday) || scenario.holidays.includes(date)).toBe(true);
      }
    } else {
      expect(codes).toContain('no-slot-in-window');
    }
    return;
  }

  const slots = window.slots;
  expect(slots.length).toBeGreaterThan(0);
  expect(window.opensAt).toBe(slots[0]!.start);
  expect(window.closesAt).toBe(slots[slots.length - 1]!.end);

  const slotMs = scenario.slotMinutes * 60_000;
  const perDay = new Map<string, number>();
  slots.forEach((slot, index) => {
    const start = ms(slot.start);
    const end = ms(slot.end);
    // Sorted and non-overlapping, each inside [opensAt, closesAt].
    expect(start).toBeLessThan(end);
    if (index > 0) expect(start).toBeGreaterThanOrEqual(ms(slots[index - 1]!.end));
    expect(start).toBeGreaterThanOrEqual(ms(window.opensAt!));
    expect(end).toBeLessThanOrEqual(ms(window.closesAt!));
    // Inside working hours on a working day that is not a holiday (end is exclusive).
    const first = readClock(start, zone);
    const last = readClock(end - 1000, zone);
    expect(last.date).toBe(first.date);
    expect(scenario.workDays).toContain(first.weekday);
    expect(scenario.holidays).not.toContain(first.date);
    expect(first.time >= `${scenario.start}:00`).toBe(true);
    expect(last.time < `${scenario.end}:00`).toBe(true);
    // slotMinutes long, or one slot for the whole of a day shorter than two slots.
    perDay.set(first.date, (perDay.get(first.date) ?? 0) + 1);
    if (end - start !== slotMs) {
      expect(slot.part).toBe('start-of-day');
      expect(end - start).toBeLessThan(2 * slotMs);
    }
  });
  for (const slot of slots) {
    const count = perDay.get(readClock(slot.start, zone).date);
    if (count === 2) expect(ms(slot.end) - ms(slot.start)).toBe(slotMs);
    expect(count).toBeLessThanOrEqual(2);
  }

  // Never opens before the interview day + earliest days, never closes after + latest days.
  const interviewDate = interviewLocalDate(scenario);
  expect(readClock(window.opensAt!, zone).date >= addDays(interviewDate, scenario.earliestDays)).toBe(true);
  expect(readClock(ms(window.closesAt!) - 1000, zone).date <= addDays(interviewDate, scenario.latestDays)).toBe(true);

  // The status agrees with now.
  const now = scenario.nowMs;
  const firstUnended = slots.find((slot) => ms(slot.end) > now) ?? null;
  expect(window.nextSlot).toEqual(firstUnended);
  if (window.status === 'too-early') expect(now).toBeLessThan(ms(window.opensAt!));
  else if (window.status === 'open') {
    expect(now).toBeGreaterThanOrEqual(ms(window.opensAt!));
    expect(window.nextSlot).not.toBeNull();
  } else {
    expect(window.status).toBe('too-late');
    expect(now).toBeGreaterThanOrEqual(ms(window.closesAt!));
  }
}

describe('nextCallWindow properties, in every time zone', () => {
  it(`holds for ${String(RUNS_PER_ZONE)} random windows in each of the ${String(ZONES.length)} zones`, () => {
    for (const [index, zone] of ZONES.entries()) {
      fc.assert(
        fc.property(scenarioFor(zone), (scenario) => {
          checkWindow(scenario, nextCallWindow(scenario.input));
        }),
        { numRuns: RUNS_PER_ZONE, seed: 1000 + index },
      );
    }
  });

  it('does not change its input', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES).chain(scenarioFor), (scenario) => {
        const copy = structuredClone(scenario.input);
        nextCallWindow(scenario.input);
        expect(scenario.input).toEqual(copy);
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it('gives the same answer for the same instant written in any offset', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: FIRST_INTERVIEW_DAY * DAY_MS, max: LAST_INTERVIEW_DAY * DAY_MS }),
        fc.integer({ min: -12 * 4, max: 14 * 4 }),
        (timeZone, interviewMs, quarters) => {
          const whole = Math.floor(interviewMs / 60_000) * 60_000;
          const offsetMinutes = quarters * 15;
          const local = new Date(whole + offsetMinutes * 60_000).toISOString().slice(0, 19);
          const sign = offsetMinutes < 0 ? '-' : '+';
          const abs = Math.abs(offsetMinutes);
          const written = `${local}${sign}${clock(abs)}`;
          const now = new Date(whole + 10 * DAY_MS).toISOString();
          expect(nextCallWindow({ interviewAt: written, timeZone, now })).toEqual(
            nextCallWindow({ interviewAt: new Date(whole), timeZone, now }),
          );
        },
      ),
      { numRuns: 200, seed: 11 },
    );
  });
});
