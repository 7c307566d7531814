import { wallTimeAt, type WallTime } from '../internal/calendar-date.js';

/**
 * A wall-clock reading counted in milliseconds as if it were UTC, so readings compare as numbers.
 *
 * @example
 * ```ts
 * wallTimeMs({ year: 2026, month: 3, day: 20, hour: 9, minute: 0, second: 0 }) === Date.UTC(2026, 2, 20, 9);
 * //=> true
 * ```
 */
export function wallTimeMs(wall: WallTime): number {
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, 0);
  return date.getTime();
}

/**
 * What the wall clock in `timeZone` reads at `instantMs`, in milliseconds as if it were UTC (whole seconds).
 *
 * @example
 * ```ts
 * new Date(wallClockMsAt(Date.UTC(2026, 2, 20, 3, 30), 'Asia/Kolkata')).toISOString();
 * //=> '2026-03-20T09:00:00.000Z'
 * ```
 */
export function wallClockMsAt(instantMs: number, timeZone: string): number {
  return wallTimeMs(wallTimeAt(new Date(instantMs), timeZone));
}

/**
 * The zone's UTC offset at an instant, in milliseconds (east of Greenwich is positive). Read from
 * `Intl`, so it follows the runtime's time zone data and never the host's zone. Old local mean
 * times give offsets with seconds (Amsterdam was +00:19:32); those come back exact.
 *
 * @example
 * ```ts
 * offsetMsAt(Date.UTC(2026, 2, 20), 'Asia/Kathmandu') / 60_000;
 * //=> 345
 * ```
 */
export function offsetMsAt(instantMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(instantMs / 1000) * 1000;
  return wallClockMsAt(wholeSecond, timeZone) - wholeSecond;
}
