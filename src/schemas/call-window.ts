import * as z from 'zod/mini';
import {
  holidaysSchema,
  instantOrDateSchema,
  instantStringSchema,
  instantSchema,
  instructionSchema,
  policySchema,
  previousCallsSchema,
  timeZoneSchema,
  viaSchema,
  workDaysSchema,
  workingHoursSchema,
} from './common.js';
import { instantMsOf } from '../internal/calendar-date.js';
import { previousCallsNotAfter, quotedInstant } from './instant-order.js';
import { whenFieldsValid } from './when-fields-valid.js';

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

// ---------------------------------------------------------------------------
// Calendar export of a call window
// ---------------------------------------------------------------------------

// iCalendar writes DTSTART and DTEND to the second, and RFC 5545 wants DTEND after DTSTART.
const callSlotSchema = z
  .strictObject({
    start: instantStringSchema,
    end: instantStringSchema,
    part: z.enum(['start-of-day', 'end-of-day']),
  })
  .check(
    z.superRefine(
      (slot, ctx) => {
        if (Math.floor(instantMsOf(slot.end) / 1000) <= Math.floor(instantMsOf(slot.start) / 1000)) {
          ctx.issues.push({
            code: 'custom',
            input: slot.end,
            path: ['end'],
            message: `must be at least a second later than start (${quotedInstant(slot.start)})`,
          });
        }
      },
      { when: whenFieldsValid('start', 'end') },
    ),
  );

/**
 * The part of a {@link CallWindow} that {@link toICalendar} reads: its slots and next slot.
 * Other fields of the window are allowed and ignored, so a stored window can be passed as is.
 *
 * @example
 * ```ts
 * callWindowSlotsSchema.safeParse({ slots: [], nextSlot: null }).success;
 * //=> true
 * ```
 */
export const callWindowSlotsSchema = z.looseObject({
  slots: z.array(callSlotSchema).check(z.maxLength(2000, 'must list at most 2000 slots')),
  nextSlot: z.nullable(callSlotSchema),
});

const calendarTextSchema = (max: number) =>
  z.string().check(
    z.refine((v) => v.trim().length > 0, 'must not be empty'),
    z.refine((v) => v.length <= max, `must have at most ${String(max)} characters`),
    z.refine((v) => v.isWellFormed(), 'must be well-formed text (it contains a broken surrogate pair)'),
  );

/**
 * Options of {@link toICalendar}.
 *
 * @example
 * ```ts
 * iCalendarOptionsSchema.safeParse({ summary: 'Call Sam about the analyst role', alarmMinutesBefore: 10 }).success;
 * //=> true
 * ```
 */
export const iCalendarOptionsSchema = z.strictObject({
  /** The event title. Default `"Follow-up call"`. */
  summary: z.optional(calendarTextSchema(500)),
  /** The event notes; line breaks are kept. */
  description: z.optional(calendarTextSchema(10_000)),
  /** Minutes before the slot at which to remind; 0 reminds at the start. Default 15. */
  alarmMinutesBefore: z.optional(
    z.number().check(
      z.refine((n) => Number.isInteger(n) && n >= 0 && n <= 10_080, 'must be a whole number of minutes from 0 to 10080 (a week)'),
    ),
  ),
  /** `"next"` (default) for the next slot only, `"all"` for every slot of the window. */
  slots: z.optional(z.enum(['next', 'all'])),
  /** The creation time written as DTSTAMP. Default: the current time, read only when this is omitted. */
  now: z.optional(instantSchema),
});

/**
 * What {@link toICalendar} accepts as options.
 *
 * @example
 * ```ts
 * const options: ICalendarOptions = { summary: 'Call Jordan Lee', slots: 'all', alarmMinutesBefore: 0, now: '2026-03-23T12:00:00Z' };
 * const window = nextCallWindow({ interviewAt: '2026-03-20', now: '2026-03-23T12:00:00Z' });
 * toICalendar(window, options)?.split('\r\n').filter((line) => line === 'BEGIN:VEVENT').length;
 * //=> 12
 * ```
 */
export type ICalendarOptions = z.input<typeof iCalendarOptionsSchema>;
