import * as z from 'zod/mini';
import { callWindowFields } from './call-window.js';
import { channelFields } from './channel.js';
import { instantOrDateSchema, instantSchema } from './common.js';
import { scriptFactFields } from './script.js';

/**
 * The flat input of {@link planFollowUp}: the call window's fields, the script's facts and the
 * channel facts in one object. `interviewedOn` defaults to `interviewAt`.
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
export const planFollowUpInputSchema = z.strictObject({
  ...callWindowFields,
  ...scriptFactFields,
  ...channelFields,
  interviewedOn: z.optional(instantOrDateSchema),
  /** When the candidate means to follow up; the plan's check judges this moment. Default: see {@link FollowUpPlan.plannedAt}. */
  plannedAt: z.optional(instantSchema),
});

/** What {@link planFollowUp} accepts. */
export type PlanFollowUpInput = z.input<typeof planFollowUpInputSchema>;
/** {@link PlanFollowUpInput} after validation. */
export type ParsedPlanFollowUpInput = z.output<typeof planFollowUpInputSchema>;
