import { ENGLISH_MONTH_NAMES, ENGLISH_WEEKDAY_NAMES } from '../internal/calendar-names.js';
import { calendarDateOf, isoWeekdayOf, type DayNumber } from './calendar-day.js';
import { formatZonedInstant } from './format-zoned-instant.js';

// The words that reasons are written with. English only: reasons carry stable codes for apps
// that show their own text.

/**
 * Items joined as English prose: `a`, `a and b`, `a, b and c`.
 *
 * @example
 * ```ts
 * listInWords(['Monday', 'Tuesday', 'Friday']);
 * //=> 'Monday, Tuesday and Friday'
 * ```
 */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/**
 * The English name of an ISO weekday (1 is Monday).
 *
 * @example
 * ```ts
 * weekdayName(7);
 * //=> 'Sunday'
 * ```
 */
export function weekdayName(isoWeekday: number): string {
  // ISO numbers Sunday 7; the shared list is indexed like Date#getDay, Sunday 0.
  return ENGLISH_WEEKDAY_NAMES[isoWeekday % 7] ?? String(isoWeekday);
}

/**
 * A day as people read it: `Friday 27 March 2026`.
 *
 * @example
 * ```ts
 * describeDay(dayNumberFromDateOnly('2026-03-27'));
 * //=> 'Friday 27 March 2026'
 * ```
 */
export function describeDay(day: DayNumber): string {
  const date = calendarDateOf(day);
  return `${weekdayName(isoWeekdayOf(day))} ${date.day} ${ENGLISH_MONTH_NAMES[date.month - 1] ?? String(date.month)} ${date.year}`;
}

/**
 * Several days as prose.
 *
 * @example
 * ```ts
 * describeDays([dayNumberFromDateOnly('2026-03-28'), dayNumberFromDateOnly('2026-03-29')]);
 * //=> 'Saturday 28 March 2026 and Sunday 29 March 2026'
 * ```
 */
export function describeDays(days: readonly DayNumber[]): string {
  return listInWords(days.map(describeDay));
}

/**
 * ISO weekdays as prose: `Sunday, Monday, Tuesday, Wednesday and Thursday`.
 *
 * @example
 * ```ts
 * describeWeekdays([7, 1, 2, 3, 4]);
 * //=> 'Sunday, Monday, Tuesday, Wednesday and Thursday'
 * ```
 */
export function describeWeekdays(days: readonly number[]): string {
  return listInWords(days.map(weekdayName));
}

/**
 * Minutes after midnight as `HH:mm`.
 *
 * @example
 * ```ts
 * describeMinuteOfDay(9 * 60 + 5);
 * //=> '09:05'
 * ```
 */
export function describeMinuteOfDay(minuteOfDay: number): string {
  return `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;
}

/**
 * An instant as the interviewer's clock shows it: `2026-03-27 09:00 (Europe/London)`.
 *
 * @example
 * ```ts
 * describeInstant(Date.UTC(2026, 2, 27, 9), 'Europe/London');
 * //=> '2026-03-27 09:00 (Europe/London)'
 * ```
 */
export function describeInstant(instantMs: number, timeZone: string): string {
  const text = formatZonedInstant(instantMs, timeZone);
  return `${text.slice(0, 10)} ${text.slice(11, 16)} (${timeZone})`;
}
