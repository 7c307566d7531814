import { isDateOnlyString } from '../schemas/common.js';
import { parseWrittenInstant } from './instant.js';

// A zone's wall clock is read through its UTC offset at the instant: one small Intl formatter per
// zone serves calendar dates here, and wall-time resolution and ISO strings in src/timing.

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
// all that calendar dates, resolving wall times and writing ISO strings need.
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

/** Formats a calendar date as `YYYY-MM-DD` (years 1-9999). */
export function formatDateOnly(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The epoch milliseconds of a validated instant, or of one the library wrote itself: a Date, or
 * an ISO string with an offset read by {@link parseWrittenInstant} (never by `new Date(text)`,
 * which engines read differently).
 *
 * @throws Error when `instant` is a string neither the instant schema nor the library would
 * write: a bug in the caller, which had to validate it first.
 * @example
 * ```ts
 * instantMsOf('2026-03-23T12:00:00,5Z');
 * //=> 1774267200500
 * ```
 */
export function instantMsOf(instant: Date | string): number {
  if (instant instanceof Date) return instant.getTime();
  const ms = parseWrittenInstant(instant);
  if (ms === undefined) throw new Error(`not a validated instant: ${JSON.stringify(instant.slice(0, 40))}`);
  return ms;
}

/**
 * Turns a validated instant (a Date or an ISO string with an offset) into a new Date.
 *
 * @example
 * ```ts
 * toDate('0050-03-02 10:00Z').toISOString();
 * //=> '0050-03-02T10:00:00.000Z'
 * ```
 */
export function toDate(instant: Date | string): Date {
  return new Date(instantMsOf(instant));
}

/**
 * The calendar date, `YYYY-MM-DD`, of a validated instant-or-date value in `timeZone`.
 * A date-only string is already that date; an instant is read on the zone's wall clock
 * (an interview at 2026-03-20T23:30:00Z in Asia/Tokyo happened on 2026-03-21).
 */
export function calendarDateIn(value: Date | string, timeZone: string): string {
  if (typeof value === 'string' && isDateOnlyString(value)) return value;
  const wall = new Date(wallClockMsAt(instantMsOf(value), timeZone));
  return formatDateOnly(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate());
}
