import { DEFAULT_POLICY } from '../schemas/policy.js';
import { DEFAULT_WORKING_HOURS } from '../schemas/working-time.js';
import { formatDay, isoWeekdayOf, type DayNumber } from './calendar-day.js';
import { resolveWallTime, type WallTimeResolution } from './resolve-wall-time.js';
import { chooseWorkWeek, type WorkWeek } from './work-week.js';

/** The interviewer's working time: zone, hours, week, holidays and slot length, ready to query. */
export interface WorkingCalendar {
  readonly timeZone: string;
  /** Working hours as minutes after local midnight. */
  readonly startMinute: number;
  readonly endMinute: number;
  readonly workDays: ReadonlySet<number>;
  readonly holidays: ReadonlySet<string>;
  readonly slotMinutes: number;
  readonly workWeek: WorkWeek;
}

/** The options a working calendar is built from, all already validated. */
export interface WorkingCalendarOptions {
  readonly timeZone: string;
  readonly workingHours?: { readonly start: string; readonly end: string } | undefined;
  readonly workDays?: readonly number[] | undefined;
  readonly holidays?: readonly string[] | undefined;
  readonly region?: string | undefined;
  readonly slotMinutes?: number | undefined;
}

function minuteOfDay(clockTime: string): number {
  return Number(clockTime.slice(0, 2)) * 60 + Number(clockTime.slice(3, 5));
}

/**
 * Builds the calendar that both {@link nextCallWindow} and the message checker query.
 *
 * @example
 * ```ts
 * workingCalendarFrom({ timeZone: 'Europe/London', workingHours: { start: '08:30', end: '16:30' } }).startMinute;
 * //=> 510
 * ```
 */
export function workingCalendarFrom(options: WorkingCalendarOptions): WorkingCalendar {
  const hours = options.workingHours ?? DEFAULT_WORKING_HOURS;
  const workWeek = chooseWorkWeek(options.workDays, options.region);
  return {
    timeZone: options.timeZone,
    startMinute: minuteOfDay(hours.start),
    endMinute: minuteOfDay(hours.end),
    workDays: new Set(workWeek.workDays),
    holidays: new Set(options.holidays ?? []),
    slotMinutes: options.slotMinutes ?? DEFAULT_POLICY.slotMinutes,
    workWeek,
  };
}

/**
 * True when the day is one of the work week's days (holidays aside).
 *
 * @example
 * ```ts
 * isWorkWeekDay(workingCalendarFrom({ timeZone: 'UTC' }), dayNumberFromDateOnly('2026-03-28')); // a Saturday
 * //=> false
 * ```
 */
export function isWorkWeekDay(calendar: WorkingCalendar, day: DayNumber): boolean {
  return calendar.workDays.has(isoWeekdayOf(day));
}

/**
 * True when the day is in the caller's list of holidays.
 *
 * @example
 * ```ts
 * isHoliday(workingCalendarFrom({ timeZone: 'UTC', holidays: ['2026-04-03'] }), dayNumberFromDateOnly('2026-04-03'));
 * //=> true
 * ```
 */
export function isHoliday(calendar: WorkingCalendar, day: DayNumber): boolean {
  return calendar.holidays.has(formatDay(day));
}

/**
 * True when calls may be planned on the day: a work-week day that is not a holiday.
 *
 * @example
 * ```ts
 * isWorkingDay(workingCalendarFrom({ timeZone: 'UTC', holidays: ['2026-04-03'] }), dayNumberFromDateOnly('2026-04-03'));
 * //=> false
 * ```
 */
export function isWorkingDay(calendar: WorkingCalendar, day: DayNumber): boolean {
  return isWorkWeekDay(calendar, day) && !isHoliday(calendar, day);
}

/** One slot as instants in milliseconds; `end` is exclusive. */
export interface DaySlot {
  readonly startMs: number;
  readonly endMs: number;
  readonly part: 'start-of-day' | 'end-of-day';
}

/** A day's working hours as instants, its slots, and what was unusual about them. */
export interface WorkingDayHours {
  readonly day: DayNumber;
  readonly startMs: number;
  readonly endMs: number;
  readonly startResolution: WallTimeResolution;
  readonly endResolution: WallTimeResolution;
  /** True when the day was too short for two slots and one slot covers all of it. */
  readonly short: boolean;
  readonly slots: readonly DaySlot[];
}

/**
 * The working hours of a day as instants and the slots in them. The two slots are the first and
 * the last `slotMinutes` of elapsed time. A day shorter than two slots gets one slot covering the
 * whole of it, marked `start-of-day`; a day whose hours the clocks skipped entirely gets none.
 * Whether the day is a working day is the caller's question, not this function's.
 *
 * @example
 * ```ts
 * const calendar = workingCalendarFrom({ timeZone: 'Europe/London' });
 * workingDayHours(calendar, dayNumberFromDateOnly('2026-03-30')).slots.map((slot) => formatZonedInstant(slot.startMs, 'Europe/London'));
 * //=> [ '2026-03-30T09:00:00+01:00', '2026-03-30T16:00:00+01:00' ]
 * ```
 */
export function workingDayHours(calendar: WorkingCalendar, day: DayNumber): WorkingDayHours {
  const start = resolveWallTime(calendar.timeZone, day, calendar.startMinute);
  const end = resolveWallTime(calendar.timeZone, day, calendar.endMinute);
  const slotMs = calendar.slotMinutes * 60_000;
  const lengthMs = end.instantMs - start.instantMs;
  let slots: DaySlot[];
  if (lengthMs <= 0) slots = [];
  else if (lengthMs < 2 * slotMs) slots = [{ startMs: start.instantMs, endMs: end.instantMs, part: 'start-of-day' }];
  else {
    slots = [
      { startMs: start.instantMs, endMs: start.instantMs + slotMs, part: 'start-of-day' },
      { startMs: end.instantMs - slotMs, endMs: end.instantMs, part: 'end-of-day' },
    ];
  }
  return {
    day,
    startMs: start.instantMs,
    endMs: end.instantMs,
    startResolution: start.resolution,
    endResolution: end.resolution,
    short: lengthMs > 0 && lengthMs < 2 * slotMs,
    slots,
  };
}
