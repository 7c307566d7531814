import { isDateOnlyString } from '../schemas/common.js';
import { parseWrittenInstant } from './instant.js';

// Formatters are costly to build; one per zone is kept. The cache is bounded and holds no results.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      era: 'short',
    });
    if (formatters.size >= 256) formatters.clear();
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock reading of an instant in a zone. */
export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** What the clock on the wall shows in `timeZone` at `instant`. Independent of the host's zone. */
export function wallTimeAt(instant: Date, timeZone: string): WallTime {
  const parts = formatterFor(timeZone).formatToParts(instant);
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let beforeChrist = false;
  for (const part of parts) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value);
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
      case 'era':
        beforeChrist = part.value === 'BC' || part.value === 'B';
        break;
      default:
        break;
    }
  }
  return { year: beforeChrist ? 1 - year : year, month, day, hour, minute, second };
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
  const wall = wallTimeAt(toDate(value), timeZone);
  return formatDateOnly(wall.year, wall.month, wall.day);
}
