import * as z from 'zod/mini';
import { dateOnlySchema } from './common.js';
import { whenFieldsValid } from './when-fields-valid.js';

// The interviewer's working time: hours, work week and holidays, with their defaults.

/**
 * What {@link clockTimeSchema} accepts: `HH:mm`, 00:00 to 23:59. The JSON Schema of the inputs
 * carries its source as the field's `pattern`.
 * @internal
 * @example
 * ```ts
 * CLOCK_TIME_PATTERN.test('09:30');
 * //=> true
 * ```
 */
export const CLOCK_TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/**
 * A wall-clock time `HH:mm`, 00:00 to 23:59.
 *
 * @example
 * ```ts
 * clockTimeSchema.safeParse('25:00').success;
 * //=> false
 * ```
 */
export const clockTimeSchema = z.string().check(
  // A refinement, not z.regex: z.regex would bring zod's regex check into every bundle that
  // validates working hours, for this field and `region` alone.
  z.refine((value) => CLOCK_TIME_PATTERN.test(value), 'must be a time written HH:mm, from 00:00 to 23:59'),
);

/**
 * An ISO weekday: 1 is Monday, 7 is Sunday.
 *
 * @example
 * ```ts
 * isoWeekdaySchema.safeParse(7).success;
 * //=> true
 * ```
 */
export const isoWeekdaySchema = z.number().check(
  z.refine((n) => Number.isInteger(n) && n >= 1 && n <= 7, 'must be an ISO weekday from 1 (Monday) to 7 (Sunday)'),
);

/**
 * Working hours in the interviewer's zone; `end` must be later than `start`.
 *
 * @example
 * ```ts
 * workingHoursSchema.safeParse({ start: '08:30', end: '16:30' }).success;
 * //=> true
 * ```
 */
export const workingHoursSchema = z
  .strictObject({ start: clockTimeSchema, end: clockTimeSchema })
  .check(
    z.superRefine(
      (hours, ctx) => {
        if (hours.end <= hours.start) {
          ctx.issues.push({
            code: 'custom',
            input: hours.end,
            path: ['end'],
            message: `must be later than workingHours.start (${hours.start})`,
          });
        }
      },
      { when: whenFieldsValid('start', 'end') },
    ),
  );

/**
 * The days of the interviewer's work week as ISO weekdays, each once, at least one.
 *
 * @example
 * ```ts
 * workDaysSchema.safeParse([7, 1, 2, 3, 4]).success; // Sunday to Thursday
 * //=> true
 * ```
 */
export const workDaysSchema = z.array(isoWeekdaySchema).check(
  z.minLength(1, 'must list at least one working day'),
  z.maxLength(7, 'must list each weekday at most once'),
  z.refine((days) => new Set(days).size === days.length, 'must list each weekday at most once'),
);

/**
 * Holidays in the interviewer's zone as `YYYY-MM-DD` dates; no calls are planned on them.
 *
 * @example
 * ```ts
 * holidaysSchema.safeParse(['2026-12-25', '2026-12-26']).success;
 * //=> true
 * ```
 */
export const holidaysSchema = z.array(dateOnlySchema).check(z.maxLength(3660, 'must list at most 3660 dates'));

/**
 * The default working hours, 09:00-17:00. Frozen.
 *
 * @example
 * ```ts
 * DEFAULT_WORKING_HOURS;
 * //=> { start: '09:00', end: '17:00' }
 * ```
 */
export const DEFAULT_WORKING_HOURS = /* @__PURE__ */ Object.freeze({ start: '09:00', end: '17:00' } as const);

/**
 * The default work week, Monday to Friday, as ISO weekdays (1 = Monday ... 7 = Sunday). Frozen.
 *
 * @example
 * ```ts
 * DEFAULT_WORK_DAYS;
 * //=> [ 1, 2, 3, 4, 5 ]
 * ```
 */
export const DEFAULT_WORK_DAYS: readonly number[] = /* @__PURE__ */ Object.freeze([1, 2, 3, 4, 5]);
