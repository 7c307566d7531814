import * as z from 'zod/mini';
import { callWindowFields } from './call-window.js';
import { channelSchema, instantSchema } from './common.js';
import { previousCallsNotAfter } from './instant-order.js';

// The context takes the facts of the call window, the same schemas as nextCallWindow's input,
// except `now`: `plannedAt` stands in for it. Every field is optional here, the interview too.
const { timeZone, via, workingHours, workDays, region, holidays, instruction, previousCalls, policy } = callWindowFields;

/**
 * The longest text {@link checkMessage} accepts, in UTF-16 code units. Longer texts are an
 * {@link InvalidInputError}; cut a pasted text first if it may be longer.
 *
 * @example
 * ```ts
 * const pasted = 'Thank you again for meeting me. '.repeat(40_000);
 * checkMessage({ text: pasted.slice(0, MAX_MESSAGE_LENGTH) }).stats.words > 0;
 * //=> true
 * ```
 */
export const MAX_MESSAGE_LENGTH = 1_000_000;

/**
 * How loudly a rule reports, or `"off"`.
 *
 * @example
 * ```ts
 * ruleSettingSchema.safeParse('warning').success;
 * //=> true
 * ```
 */
export const ruleSettingSchema = z.enum(['off', 'info', 'warning', 'error']);

/**
 * The facts around a message that the context rules need. Every field is optional; a rule whose
 * facts are missing is skipped. `plannedAt` is the moment the rules judge, so a previous call
 * may not be dated after it (without `plannedAt`, the dates of previous calls are not compared).
 *
 * @example
 * ```ts
 * checkContextSchema.safeParse({ recipient: 'general-line' }).success;
 * //=> true
 * ```
 */
export const checkContextSchema = z
  .strictObject({
    interviewAt: z.optional(callWindowFields.interviewAt),
    /** When the candidate means to send the message or make the call. */
    plannedAt: z.optional(instantSchema),
    timeZone,
    via,
    workingHours,
    workDays,
    region,
    holidays,
    instruction,
    previousCalls,
    policy,
    /** Whom the call reaches: the interviewer's own line, or a general company number. */
    recipient: z.optional(z.enum(['direct', 'general-line'])),
    /** Whether the candidate and the reader have exchanged work messages on the platform before. */
    priorPlatformContact: z.optional(z.boolean()),
    /** Whether the candidate wants the job (`"pursue"`) or means to turn it down (`"decline"`). */
    intent: z.optional(z.enum(['pursue', 'decline'])),
  })
  .check(previousCallsNotAfter([{ field: 'plannedAt', clockWhenOmitted: false }]));

/**
 * The input of {@link checkMessage}.
 *
 * @example
 * ```ts
 * checkMessageInputSchema.safeParse({ text: 'Hi Sam, thank you again.', channel: 'email' }).success;
 * //=> true
 * ```
 */
export const checkMessageInputSchema = z.strictObject({
  /** The message, or what the candidate means to say on the call. */
  text: z.string().check(
    // Spelled out rather than toLocaleString(): loading number formatting at import costs ~15 ms of cold start.
    z.maxLength(MAX_MESSAGE_LENGTH, 'must have at most 1,000,000 characters'),
  ),
  /** The channel the message is for. Default `"email"`. */
  channel: z.optional(channelSchema),
  /** Facts for the context rules. */
  context: z.optional(checkContextSchema),
  /** Rule severities by rule id, or `"off"`. */
  rules: z.optional(z.record(z.string(), ruleSettingSchema)),
});

/**
 * What {@link checkMessage} accepts.
 *
 * @example
 * ```ts
 * const input: CheckMessageInput = {
 *   text: 'Hi Jordan, have you decided yet?',
 *   channel: 'linkedin',
 *   rules: { 'asks-for-decision': 'warning' },
 * };
 * checkMessage(input).diagnostics[0]?.severity;
 * //=> 'warning'
 * ```
 */
export type CheckMessageInput = z.input<typeof checkMessageInputSchema>;
/** {@link CheckMessageInput} after validation. */
export type ParsedCheckMessageInput = z.output<typeof checkMessageInputSchema>;
/**
 * The facts around a message, for the context rules of {@link checkMessage}.
 *
 * @example
 * ```ts
 * const context: CheckContext = { interviewAt: '2026-03-20', plannedAt: '2026-03-23T10:00:00Z', timeZone: 'Europe/London' };
 * checkMessage({ text: 'Hello, this is Ana Silva.', channel: 'phone', context }).diagnostics.map((finding) => finding.ruleId).includes('too-early');
 * //=> true
 * ```
 */
export type CheckContext = z.input<typeof checkContextSchema>;
