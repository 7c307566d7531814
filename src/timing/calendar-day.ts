import { formatDateOnly } from '../internal/calendar-date.js';

/**
 * Calendar days as whole numbers: day 0 is 1970-01-01, day 1 the day after. Counting days this
 * way keeps "7 calendar days later" plain integer addition, free of any time zone.
 */
export type DayNumber = number;

/**
 * Milliseconds in a day of the proleptic Gregorian calendar, with no zone attached.
 *
 * @example
 * ```ts
 * MS_PER_DAY / 3_600_000;
 * //=> 24
 * ```
 */
export const MS_PER_DAY = 86_400_000;

/**
 * The first day a result may name: 0001-01-01.
 *
 * @example
 * ```ts
 * formatDay(FIRST_DAY);
 * //=> '0001-01-01'
 * ```
 */
export const FIRST_DAY: DayNumber = dayNumberOf(1, 1, 1);

/**
 * The last day a result may name: 9999-12-31.
 *
 * @example
 * ```ts
 * formatDay(LAST_DAY);
 * //=> '9999-12-31'
 * ```
 */
export const LAST_DAY: DayNumber = dayNumberOf(9999, 12, 31);

/**
 * The day number of a calendar date. `Date.UTC` is avoided: it maps years 0-99 to 1900-1999.
 *
 * @example
 * ```ts
 * dayNumberOf(1970, 1, 2);
 * //=> 1
 * ```
 */
export function dayNumberOf(year: number, month: number, day: number): DayNumber {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

/**
 * The day number of a validated `YYYY-MM-DD` string.
 *
 * @example
 * ```ts
 * dayNumberFromDateOnly('2026-03-20');
 * //=> 20532
 * ```
 */
export function dayNumberFromDateOnly(value: string): DayNumber {
  return dayNumberOf(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)));
}

/**
 * The calendar date of a day number.
 *
 * @example
 * ```ts
 * calendarDateOf(20532);
 * //=> { year: 2026, month: 3, day: 20 }
 * ```
 */
export function calendarDateOf(day: DayNumber): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * A day number as `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * formatDay(20532);
 * //=> '2026-03-20'
 * ```
 */
export function formatDay(day: DayNumber): string {
  const date = calendarDateOf(day);
  return formatDateOnly(date.year, date.month, date.day);
}

/**
 * The ISO weekday of a day number: 1 is Monday, 7 is Sunday. Day 0 (1970-01-01) was a Thursday.
 *
 * @example
 * ```ts
 * isoWeekdayOf(dayNumberFromDateOnly('2026-03-20')); // a Friday
 * //=> 5
 * ```
 */
export function isoWeekdayOf(day: DayNumber): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}
