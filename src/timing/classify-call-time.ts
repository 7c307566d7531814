import { InvalidInputError } from '../errors.js';
import { calendarDateIn } from '../internal/calendar-date.js';
import { isValidTimeZone } from '../schemas/time-zone.js';
import { dayNumberFromDateOnly } from './calendar-day.js';
import { isHoliday, isWorkingDay, workingCalendarFrom, workingDayHours } from './working-calendar.js';

/**
 * Where a planned call falls in the interviewer's working time: the local date, whether that is a
 * working day or a holiday, and which slot (start or end of the working day) contains it.
 *
 * For the message checker; not part of the public surface. It takes options that were already
 * validated and builds the same working calendar and the same slots as {@link nextCallWindow},
 * so the two never disagree. `workDays` defaults from `region` the same way, then Monday to Friday.
 *
 * @throws {@link InvalidInputError} for an invalid Date or an unknown time zone, the two mistakes
 * that would otherwise surface as a wrong answer or a RangeError.
 * @internal
 * @example
 * ```ts
 * classifyCallTime(new Date('2026-03-30T08:15:00Z'), { timeZone: 'Europe/London' });
 * //=> { localDate: '2026-03-30', workingDay: true, holiday: false, part: 'start-of-day' }
 * ```
 */
export function classifyCallTime(
  at: Date,
  options: {
    timeZone: string;
    workingHours?: { start: string; end: string };
    workDays?: readonly number[];
    holidays?: readonly string[];
    region?: string;
    slotMinutes?: number;
  },
): { localDate: string; workingDay: boolean; holiday: boolean; part: 'start-of-day' | 'end-of-day' | null } {
  if (Number.isNaN(at.getTime())) throw new InvalidInputError([{ path: [], message: 'must be a valid Date' }]);
  if (!isValidTimeZone(options.timeZone)) {
    throw new InvalidInputError([{ path: ['timeZone'], message: 'must be an IANA time zone such as "Europe/London"' }]);
  }
  const calendar = workingCalendarFrom(options);
  const localDate = calendarDateIn(at, options.timeZone);
  const day = dayNumberFromDateOnly(localDate);
  const workingDay = isWorkingDay(calendar, day);
  const atMs = at.getTime();
  const slot = workingDay
    ? workingDayHours(calendar, day).slots.find((candidate) => candidate.startMs <= atMs && atMs < candidate.endMs)
    : undefined;
  return { localDate, workingDay, holiday: isHoliday(calendar, day), part: slot?.part ?? null };
}
