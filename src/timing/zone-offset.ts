import type { WallTime } from '../internal/calendar-date.js';

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
  const wholeSecond = Math.floor(instantMs / 1000) * 1000;
  return wholeSecond + offsetMsAt(wholeSecond, timeZone);
}

// Formatters are costly to build; one per zone is kept, bounded, holding no results. Each writes
// the offset alone ("GMT+05:45", "GMT-00:44:30", or "GMT" at zero): one format() call costs about a
// quarter of the formatToParts() call that reading the whole wall clock takes, and the offset is
// all that resolving wall times and writing ISO strings need.
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
const GMT_OFFSET = /GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

function offsetFormatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    if (offsetFormatters.size >= 256) offsetFormatters.clear();
    offsetFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The zone's UTC offset at an instant, in milliseconds (east of Greenwich is positive). Read from
 * `Intl`, so it follows the runtime's time zone data and never the host's zone. Old local mean
 * times give offsets with seconds (Monrovia was -00:44:30 until 1972); those come back exact.
 *
 * @example
 * ```ts
 * offsetMsAt(Date.UTC(2026, 2, 20), 'Asia/Kathmandu') / 60_000;
 * //=> 345
 * ```
 */
export function offsetMsAt(instantMs: number, timeZone: string): number {
  const text = offsetFormatterFor(timeZone).format(Math.floor(instantMs / 1000) * 1000);
  const match = GMT_OFFSET.exec(text);
  if (match === null) throw new Error(`Intl wrote an offset this code cannot read: ${text}`);
  if (match[1] === undefined) return 0;
  const seconds = Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4] ?? 0);
  return (match[1] === '-' ? -seconds : seconds) * 1000;
}
