// Calendar arithmetic on `YYYY-MM-DD` strings for the CLI's text output. The library already gives
// every instant in the interviewer's own offset, so the wall-clock date and time can be read off
// the string itself; no host-zone conversion happens here.

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * The wall-clock date, time and offset an ISO 8601 string with an offset shows.
 *
 * @example
 * ```ts
 * const reading: LocalReading = readLocal('2026-03-27T09:00:00+00:00');
 * ```
 */
export interface LocalReading {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** `HH:mm`. */
  readonly time: string;
  /** `Z` or `+HH:mm` / `-HH:mm`. */
  readonly offset: string;
}

/**
 * Reads the local date and time written in an ISO 8601 string with an offset.
 *
 * @example
 * ```ts
 * readLocal('2026-04-02T16:00:00+01:00');
 * //=> { date: '2026-04-02', time: '16:00', offset: '+01:00' }
 * ```
 */
export function readLocal(iso: string): LocalReading {
  const match = LOCAL_DATE_TIME.exec(iso);
  if (!match) throw new Error(`not an ISO 8601 date-time with an offset: ${iso}`);
  return { date: match[1] ?? '', time: match[2] ?? '', offset: match[3] ?? '' };
}

function toUtcDate(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  // Not Date.UTC: it reads the years 0-99 as 1900-1999.
  const value = new Date(0);
  value.setUTCFullYear(year ?? 1970, (month ?? 1) - 1, day ?? 1);
  return value;
}

function fromUtcDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/**
 * The date `days` days after `date` (before, when negative).
 *
 * @example
 * ```ts
 * addDays('2026-03-30', 3);
 * //=> '2026-04-02'
 * ```
 */
export function addDays(date: string, days: number): string {
  const value = toUtcDate(date);
  value.setUTCDate(value.getUTCDate() + days);
  return fromUtcDate(value);
}

/**
 * The ISO weekday of a date: 1 is Monday, 7 is Sunday.
 *
 * @example
 * ```ts
 * isoWeekday('2026-03-29');
 * //=> 7
 * ```
 */
export function isoWeekday(date: string): number {
  const sundayFirst = toUtcDate(date).getUTCDay();
  return sundayFirst === 0 ? 7 : sundayFirst;
}

/**
 * A date for people: weekday, day, month and year.
 *
 * @example
 * ```ts
 * describeDate('2026-03-27');
 * //=> 'Fri 27 Mar 2026'
 * ```
 */
export function describeDate(date: string): string {
  const value = toUtcDate(date);
  return `${WEEKDAYS[isoWeekday(date) - 1] ?? ''} ${String(value.getUTCDate())} ${MONTHS[value.getUTCMonth()] ?? ''} ${String(value.getUTCFullYear())}`;
}

/**
 * The weekday abbreviations, Monday first.
 *
 * @example
 * ```ts
 * WEEKDAY_NAMES[0];
 * //=> 'Mon'
 * ```
 */
export const WEEKDAY_NAMES: readonly string[] = WEEKDAYS;

/**
 * The calendar date in `timeZone` at `instant`, as `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * dateInZone(new Date('2026-03-27T23:30:00Z'), 'Asia/Tokyo');
 * //=> '2026-03-28'
 * ```
 */
export function dateInZone(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    calendar: 'gregory',
    numberingSystem: 'latn',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}
