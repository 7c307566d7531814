import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDateOf, dayNumberOf } from '../../src/timing/calendar-day.js';
import { resolveWallTime } from '../../src/timing/resolve-wall-time.js';
import { offsetMsAt } from '../../src/internal/calendar-date.js';

// A second opinion from @date-fns/tz, the library the stack names for time zones. Our own
// resolver does the work (docs/timing.md says why); where the two have the same rules (the
// offset in force at an instant, and a wall time that happens exactly once) they must agree.
// Times in a gap or an overlap are left out: there our rule (first instant at or after) is ours.

const ZONES = [
  'Europe/London',
  'America/New_York',
  'Australia/Sydney',
  'Asia/Kolkata',
  'America/Sao_Paulo',
  'Pacific/Chatham',
  'Asia/Kathmandu',
  'America/St_Johns',
  'Australia/Lord_Howe',
  'Africa/Casablanca',
] as const;

const FROM_MS = Date.UTC(1970, 0, 1);
const TO_MS = Date.UTC(2100, 0, 1);

describe('agreement with @date-fns/tz', () => {
  it('reads the same UTC offset at any instant from 1970 to 2100', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: FROM_MS / 60_000, max: TO_MS / 60_000 }), (zone, minute) => {
        const instantMs = minute * 60_000;
        const theirs = -new TZDate(instantMs, zone).getTimezoneOffset() * 60_000;
        expect(offsetMsAt(instantMs, zone)).toBe(theirs);
      }),
      { numRuns: 2_000 },
    );
  });

  it('maps a wall time that happens exactly once to the same instant', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: dayNumberOf(1970, 1, 2), max: dayNumberOf(2099, 12, 30) }),
        fc.integer({ min: 0, max: 24 * 60 - 1 }),
        (zone, day, minuteOfDay) => {
          const ours = resolveWallTime(zone, day, minuteOfDay);
          fc.pre(ours.resolution === 'exact');
          const { year, month, day: dayOfMonth } = calendarDateOf(day);
          const theirs = new TZDate(year, month - 1, dayOfMonth, Math.floor(minuteOfDay / 60), minuteOfDay % 60, 0, zone);
          expect(ours.instantMs).toBe(theirs.getTime());
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
