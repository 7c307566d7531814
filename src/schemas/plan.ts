import * as z from 'zod/mini';
import { callWindowFields } from './call-window.js';
import { channelFields } from './channel.js';
import { instantOrDateSchema, instantSchema } from './common.js';
import { previousCallsNotAfter } from './instant-order.js';
import { scriptFactFields } from './script.js';

/**
 * The flat input of {@link planFollowUp}: the call window's fields, the script's facts and the
 * channel facts in one object. `interviewedOn` defaults to `interviewAt`. A previous call may
 * not be dated after `now` (the current time when `now` is left out), nor after `plannedAt`.
 *
 * @example
 * ```ts
 * planFollowUpInputSchema.safeParse({
 *   interviewAt: '2026-03-20',
 *   timeZone: 'Europe/London',
 *   candidate: { name: 'Ana Silva', phone: '+44 7700 900123' },
 *   role: 'Data Analyst',
 * }).success;
 * //=> true
 * ```
 */
export const planFollowUpInputSchema = z
  .strictObject({
    ...callWindowFields,
    ...scriptFactFields,
    ...channelFields,
    interviewedOn: z.optional(instantOrDateSchema),
    /** When the candidate means to follow up; the plan's check judges this moment. Default: see {@link FollowUpPlan.plannedAt}. */
    plannedAt: z.optional(instantSchema),
  })
  .check(
    previousCallsNotAfter([
      { field: 'now', clockWhenOmitted: true },
      { field: 'plannedAt', clockWhenOmitted: false },
    ]),
  );

/**
 * What {@link planFollowUp} accepts: the fields of {@link CallWindowInput}, the facts of
 * {@link RenderScriptInput} (`interviewedOn` defaults to `interviewAt`), and `comfortableOnPhone`
 * and `contacts` as {@link RecommendChannelInput} has them.
 *
 * @example
 * ```ts
 * const input: PlanFollowUpInput = {
 *   interviewAt: '2026-03-20',
 *   now: '2026-03-30T10:00:00Z',
 *   candidate: { name: 'Ana Silva', email: 'ana@example.com' },
 *   role: 'Data Analyst',
 *   comfortableOnPhone: false,
 *   contacts: { email: true },
 * };
 * planFollowUp(input).script?.kind;
 * //=> 'email'
 * ```
 */
export type PlanFollowUpInput = z.input<typeof planFollowUpInputSchema>;
/** {@link PlanFollowUpInput} after validation. */
export type ParsedPlanFollowUpInput = z.output<typeof planFollowUpInputSchema>;
