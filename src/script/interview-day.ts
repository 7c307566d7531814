import { calendarDateIn } from '../internal/calendar-date.js';

/**
 * The interview's calendar day in `timeZone`, as a `Date` at noon host time on that day, ready
 * for the locales' date formatting. Noon exists on every day in every host zone (clock changes happen at
 * night), so the weekday and date printed do not depend on where the code runs.
 *
 * @param value - a validated instant or `YYYY-MM-DD` date
 * @param timeZone - an IANA zone; an instant is read on its wall clock
 * @example
 * ```ts
 * interviewDay('2026-03-20T23:30:00Z', 'Asia/Tokyo').getDate();
 * //=> 21
 * ```
 */
export function interviewDay(value: Date | string, timeZone: string): Date {
  const [year, month, day] = calendarDateIn(value, timeZone).split('-').map(Number) as [number, number, number];
  // setFullYear, unlike the Date constructor, does not turn years 0-99 into 1900-1999.
  const noon = new Date(2000, 0, 1, 12, 0, 0, 0);
  noon.setFullYear(year, month - 1, day);
  return noon;
}
