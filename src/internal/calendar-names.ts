// English names of the days and months, shared by the American and British script locales (the
// two spell them alike; only the order of day and month differs) and the timing reasons. Indexed
// like Date#getDay and Date#getMonth. A dozen words of our own are lighter than a date-formatting library in a
// browser bundle, and they cannot change with the host's locale.

/**
 * The weekdays, Sunday first, as `Date#getDay` numbers them.
 *
 * @example
 * ```ts
 * ENGLISH_WEEKDAY_NAMES[new Date(2026, 2, 20, 12).getDay()];
 * //=> 'Friday'
 * ```
 */
export const ENGLISH_WEEKDAY_NAMES = Object.freeze([
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const);

/**
 * The months, January first, as `Date#getMonth` numbers them.
 *
 * @example
 * ```ts
 * ENGLISH_MONTH_NAMES[new Date(2026, 2, 20, 12).getMonth()];
 * //=> 'March'
 * ```
 */
export const ENGLISH_MONTH_NAMES = Object.freeze([
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const);

/**
 * The weekday, day of the month and month of a `Date`, read on the host's clock (the script
 * code passes a Date at host noon on the interview's day, see `interviewDay`).
 *
 * @param day - a valid Date
 * @example
 * ```ts
 * calendarNamesOf(new Date(2026, 2, 20, 12));
 * //=> { weekday: 'Friday', dayOfMonth: 20, month: 'March' }
 * ```
 */
export function calendarNamesOf(day: Date): { weekday: string; dayOfMonth: number; month: string } {
  return {
    weekday: ENGLISH_WEEKDAY_NAMES[day.getDay()] ?? '',
    dayOfMonth: day.getDate(),
    month: ENGLISH_MONTH_NAMES[day.getMonth()] ?? '',
  };
}
