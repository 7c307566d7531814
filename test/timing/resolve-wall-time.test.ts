import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumberOf } from '../../src/timing/calendar-day.js';
import { formatZonedInstant } from '../../src/timing/format-zoned-instant.js';
import { resolveWallTime } from '../../src/timing/resolve-wall-time.js';
import { readClock } from './independent-clock.js';

// [zone, local date, local time, expected instant in the zone's offset, how it was resolved, why]
const rows: readonly [string, string, string, string, string, string][] = [
  ['Europe/London', '2026-03-29', '01:30', '2026-03-29T02:00:00+01:00', 'gap', 'clocks jump 01:00 -> 02:00; the first instant after the skip reads 02:00'],
  ['Europe/London', '2026-03-29', '02:00', '2026-03-29T02:00:00+01:00', 'exact', 'the first wall time after the skip exists'],
  ['Europe/London', '2026-10-25', '01:30', '2026-10-25T01:30:00+01:00', 'overlap', '01:00-02:00 happens twice; the first is still BST (the date-fns/tz #40 case)'],
  ['Europe/London', '2025-10-26', '01:30', '2025-10-26T01:30:00+01:00', 'overlap', 'the same in 2025, whatever the host zone'],
  ['Europe/London', '2026-10-25', '02:00', '2026-10-25T02:00:00+00:00', 'exact', 'after the repeated hour, GMT'],
  ['America/New_York', '2026-03-08', '02:30', '2026-03-08T03:00:00-04:00', 'gap', 'clocks jump 02:00 -> 03:00'],
  ['America/New_York', '2026-11-01', '01:30', '2026-11-01T01:30:00-04:00', 'overlap', 'first occurrence is EDT'],
  ['America/New_York', '2026-03-09', '09:00', '2026-03-09T09:00:00-04:00', 'exact', '09:00 stays 09:00 the day after the change (the 168-hour trap)'],
  ['Australia/Sydney', '2026-10-04', '02:15', '2026-10-04T03:00:00+11:00', 'gap', 'clocks jump 02:00 -> 03:00'],
  ['Australia/Sydney', '2026-04-05', '02:30', '2026-04-05T02:30:00+11:00', 'overlap', 'clocks go back 03:00 -> 02:00; first occurrence is AEDT'],
  ['Asia/Kolkata', '2026-03-20', '09:00', '2026-03-20T09:00:00+05:30', 'exact', 'half-hour offset, no clock changes'],
  ['America/Sao_Paulo', '2018-11-04', '00:00', '2018-11-04T01:00:00-02:00', 'gap', 'midnight did not exist: the day began at 01:00'],
  ['America/Sao_Paulo', '2019-02-16', '23:30', '2019-02-16T23:30:00-02:00', 'overlap', '23:00-24:00 happened twice; first is summer time'],
  ['America/Sao_Paulo', '2026-03-20', '09:00', '2026-03-20T09:00:00-03:00', 'exact', 'no summer time since 2019'],
  ['Pacific/Chatham', '2026-09-27', '03:00', '2026-09-27T03:45:00+13:45', 'gap', 'clocks jump 02:45 -> 03:45'],
  ['Pacific/Chatham', '2026-04-05', '03:00', '2026-04-05T03:00:00+13:45', 'overlap', 'clocks go back 03:45 -> 02:45; first occurrence is +13:45'],
  ['America/Havana', '2026-03-08', '00:00', '2026-03-08T01:00:00-04:00', 'gap', 'Havana changes at midnight, so that day starts at 01:00'],
  ['America/Santiago', '2026-09-06', '00:00', '2026-09-06T01:00:00-03:00', 'gap', 'Santiago changes at midnight too'],
  ['Pacific/Apia', '2011-12-30', '09:00', '2011-12-31T00:00:00+14:00', 'gap', 'Samoa skipped 30 December 2011 entirely'],
  ['UTC', '0001-01-01', '00:00', '0001-01-01T00:00:00+00:00', 'exact', 'the first day of year 1 is reachable'],
];

describe('resolveWallTime', () => {
  it.each(rows)('%s %s %s -> %s (%s: %s)', (zone, date, time, expected, resolution) => {
    const day = dayNumberOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
    const minute = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
    const resolved = resolveWallTime(zone, day, minute);
    expect(formatZonedInstant(resolved.instantMs, zone)).toBe(expected);
    expect(resolved.instantMs).toBe(new Date(expected).getTime());
    expect(resolved.resolution).toBe(resolution);
  });

  it('finds the first instant at which the wall clock reads the time or later, in every zone', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    const dayMs = 86_400_000;
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(1990, 0, 1) / dayMs, max: Date.UTC(2090, 11, 31) / dayMs }),
        fc.integer({ min: 0, max: 24 * 60 - 1 }),
        (zone, day, minute) => {
          const target = `${new Date(day * dayMs).toISOString().slice(0, 10)} ${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00`;
          const read = (ms: number) => {
            const r = readClock(ms, zone);
            return `${r.date} ${r.time}`;
          };
          const { instantMs, resolution } = resolveWallTime(zone, day, minute);
          expect(read(instantMs) >= target).toBe(true);
          expect(read(instantMs - 1000) < target).toBe(true);
          expect(resolution === 'gap').toBe(read(instantMs) !== target);
          // No earlier instant within the largest backward shift shows the same time.
          for (let quarters = 1; quarters <= 12; quarters++) expect(read(instantMs - quarters * 900_000)).not.toBe(target);
        },
      ),
      { numRuns: 3000, seed: 42 },
    );
  });
});

describe('formatZonedInstant', () => {
  it.each([
    [Date.UTC(2026, 2, 27, 9), 'Europe/London', '2026-03-27T09:00:00+00:00'],
    [Date.UTC(2026, 3, 2, 16), 'Europe/London', '2026-04-02T17:00:00+01:00'],
    [Date.UTC(2026, 2, 27, 3, 15), 'Asia/Kathmandu', '2026-03-27T09:00:00+05:45'],
    [Date.UTC(2026, 2, 27, 14), 'America/St_Johns', '2026-03-27T11:30:00-02:30'],
    [Date.UTC(2026, 2, 27, 9, 0, 5), 'UTC', '2026-03-27T09:00:05+00:00'],
  ])('writes %i in %s as %s', (ms, zone, expected) => {
    expect(formatZonedInstant(ms, zone)).toBe(expected);
  });

  it('rounds an old offset with seconds to the minute and still names the same instant', () => {
    // Monrovia kept -00:44:30 until 1972.
    const ms = Date.UTC(1960, 5, 1, 9, 44, 30);
    const text = formatZonedInstant(ms, 'Africa/Monrovia');
    expect(text).toBe('1960-06-01T09:00:30-00:44');
    expect(new Date(text).getTime()).toBe(ms);
  });
});
