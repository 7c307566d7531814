import * as z from 'zod/mini';
import {
  holidaysSchema,
  instantOrDateSchema,
  instantSchema,
  instructionSchema,
  policySchema,
  previousCallsSchema,
  timeZoneSchema,
  viaSchema,
  workDaysSchema,
  workingHoursSchema,
} from './common.js';

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
  region: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 region code such as "GB"'))),
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
 * The input of {@link nextCallWindow}.
 *
 * @example
 * ```ts
 * callWindowInputSchema.safeParse({ interviewAt: '2026-03-20', timeZone: 'Europe/London' }).success;
 * //=> true
 * ```
 */
export const callWindowInputSchema = z.strictObject(callWindowFields);

/** What {@link nextCallWindow} accepts. */
export type CallWindowInput = z.input<typeof callWindowInputSchema>;
/** {@link CallWindowInput} after validation. */
export type ParsedCallWindowInput = z.output<typeof callWindowInputSchema>;
