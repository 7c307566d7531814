import * as z from 'zod/mini';
import { instantOrDateSchema, instantSchema, viaSchema } from './common.js';
import { timeZoneSchema } from './time-zone.js';
import { instructionSchema, previousCallsSchema } from './contact-history.js';
import { previousCallsNotAfter } from './instant-order.js';
import { policySchema } from './policy.js';
import { holidaysSchema, workDaysSchema, workingHoursSchema } from './working-time.js';

/**
 * What {@link regionSchema} accepts: two capital letters. The JSON Schema of the inputs carries its
 * source as the field's `pattern`.
 * @internal
 * @example
 * ```ts
 * REGION_PATTERN.test('SA');
 * //=> true
 * ```
 */
export const REGION_PATTERN = /^[A-Z]{2}$/;

/**
 * An ISO 3166-1 alpha-2 region code such as `GB`. A refinement rather than `z.regex`, like
 * `clockTimeSchema`, so that bundles do not carry zod's regex check for two fields.
 * @internal
 * @example
 * ```ts
 * regionSchema.safeParse('gb').success;
 * //=> false
 * ```
 */
export const regionSchema = z.string().check(z.refine((value) => REGION_PATTERN.test(value), 'must be an ISO 3166-1 region code such as "GB"'));

/**
 * The fields of {@link callWindowInputSchema}, shared with the plan's flat input.
 * @internal
 */
export const callWindowFields = {
  /** When the interview took place; a date-only string is that day in `timeZone`. */
  interviewAt: instantOrDateSchema,
  /** The interviewer's IANA time zone. Default `"UTC"`. */
  timeZone: z.optional(timeZoneSchema),
  /** The current time. Default: the clock, read only when this is omitted. */
  now: z.optional(instantSchema),
  /** `"employer"` (default) or `"agency"` when a recruitment agency placed the candidate. */
  via: z.optional(viaSchema),
  /** The interviewer's working hours. Default 09:00-17:00. */
  workingHours: z.optional(workingHoursSchema),
  /** ISO weekdays of the work week. Default Monday to Friday, or the region's week when `region` is given. */
  workDays: z.optional(workDaysSchema),
  /** ISO 3166-1 region of the interviewer, used for the default work week (e.g. `"SA"` gives Sunday-Thursday). */
  region: z.optional(regionSchema),
  /** Dates with no calls, in the interviewer's zone. */
  holidays: z.optional(holidaysSchema),
  /** What the employer said about contact. */
  instruction: z.optional(instructionSchema),
  /** Follow-up calls already made. */
  previousCalls: z.optional(previousCallsSchema),
  /** Policy numbers: window days and slot length. */
  policy: z.optional(policySchema),
};

/**
 * The input of {@link nextCallWindow}. A previous call may not be dated after `now` (after the
 * current time when `now` is left out).
 *
 * @example
 * ```ts
 * callWindowInputSchema.safeParse({ interviewAt: '2026-03-20', timeZone: 'Europe/London' }).success;
 * //=> true
 * ```
 */
export const callWindowInputSchema = z
  .strictObject(callWindowFields)
  .check(previousCallsNotAfter([{ field: 'now', clockWhenOmitted: true }]));

/**
 * What {@link nextCallWindow} accepts.
 *
 * @example
 * ```ts
 * const input: CallWindowInput = {
 *   interviewAt: '2026-03-22',
 *   timeZone: 'Asia/Riyadh',
 *   workDays: [7, 1, 2, 3, 4], // Sunday to Thursday
 *   workingHours: { start: '08:00', end: '16:00' },
 *   now: '2026-03-22T12:00:00Z',
 * };
 * nextCallWindow(input).nextSlot?.start;
 * //=> '2026-03-29T08:00:00+03:00'
 * ```
 */
export type CallWindowInput = z.input<typeof callWindowInputSchema>;
/** {@link CallWindowInput} after validation. */
export type ParsedCallWindowInput = z.output<typeof callWindowInputSchema>;
