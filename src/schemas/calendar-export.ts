import * as z from 'zod/mini';
import { instantMsOf } from '../internal/calendar-date.js';
import { instantSchema, instantStringSchema } from './common.js';
import { quotedInstant } from './instant-order.js';
import { whenFieldsValid } from './when-fields-valid.js';

// What toICalendar reads: a stored call window and the event options. They live apart from
// callWindowInputSchema so that an app that only computes call windows does not bundle them.

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
