import type { DayNumber } from './calendar-day.js';
import { isHoliday, isWorkWeekDay, isWorkingDay, type WorkingCalendar } from './working-calendar.js';

/** The working days a window spans after moving its ends onto working days. */
export interface WindowDays {
  /** The first working day on or after the first allowed day, or `null` when there is none. */
  readonly openDay: DayNumber | null;
  /** The last working day on or before the last allowed day, or `null` when there is none. */
  readonly closeDay: DayNumber | null;
  /** Days skipped at the opening, in order, because they were not working days. */
  readonly skippedAtOpen: readonly DayNumber[];
  /** Days skipped at the closing, latest first, because they were not working days. */
  readonly skippedAtClose: readonly DayNumber[];
  /** Holidays strictly between the opening and the closing that fall on work-week days. */
  readonly holidaysInside: readonly DayNumber[];
}

/**
 * Moves a window of calendar days onto working days: the opening forward to the next working day,
 * the closing back to the working day before. The closing never moves later, so the wait is
 * never extended; a window with no working day left has neither.
 *
 * @example
 * ```ts
 * const calendar = workingCalendarFrom({ timeZone: 'Europe/London' });
 * const days = windowDays(calendar, dayNumberFromDateOnly('2026-03-28'), dayNumberFromDateOnly('2026-04-04'));
 * [formatDay(days.openDay ?? 0), formatDay(days.closeDay ?? 0)];
 * //=> [ '2026-03-30', '2026-04-03' ]
 * ```
 */
export function windowDays(calendar: WorkingCalendar, firstDay: DayNumber, lastDay: DayNumber): WindowDays {
  const skippedAtOpen: DayNumber[] = [];
  let openDay = firstDay;
  while (openDay <= lastDay && !isWorkingDay(calendar, openDay)) {
    skippedAtOpen.push(openDay);
    openDay++;
  }
  if (openDay > lastDay) {
    return { openDay: null, closeDay: null, skippedAtOpen, skippedAtClose: [], holidaysInside: [] };
  }
  const skippedAtClose: DayNumber[] = [];
  let closeDay = lastDay;
  while (closeDay > openDay && !isWorkingDay(calendar, closeDay)) {
    skippedAtClose.push(closeDay);
    closeDay--;
  }
  const holidaysInside: DayNumber[] = [];
  for (let day = openDay + 1; day < closeDay; day++) {
    if (isHoliday(calendar, day) && isWorkWeekDay(calendar, day)) holidaysInside.push(day);
  }
  return { openDay, closeDay, skippedAtOpen, skippedAtClose, holidaysInside };
}
