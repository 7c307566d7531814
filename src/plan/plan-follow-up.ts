import type { ChannelAdvice } from '../channel/types.js';
import type { CheckResult } from '../check/types.js';
import { parseInput } from '../internal/parse-input.js';
import { planFollowUpInputSchema, type PlanFollowUpInput } from '../schemas/plan.js';
import type { Script } from '../script/types.js';
import type { CallWindow } from '../timing/types.js';

/** The result of {@link planFollowUp}. Plain JSON data. */
export interface FollowUpPlan {
  readonly window: CallWindow;
  readonly channel: ChannelAdvice;
  /** The script for the primary channel, or `null` when no channel is suitable. */
  readonly script: Script | null;
  /** The script for the fallback (the voicemail when the primary is a call), or `null`. */
  readonly fallbackScript: Script | null;
  /** {@link checkMessage} of the script in the plan's context, or `null` without a script. */
  readonly check: CheckResult | null;
}

/**
 * Plans the whole follow-up in one call: when, how, what to say, and whether it passes the checks.
 *
 * @throws {@link InvalidInputError} when the input does not match {@link planFollowUpInputSchema}.
 * @example
 * ```ts
 * const plan = planFollowUp({
 *   interviewAt: '2026-03-20',
 *   timeZone: 'Europe/London',
 *   now: '2026-03-27T08:00:00Z',
 *   candidate: { name: 'Ana Silva', phone: '+44 7700 900123' },
 *   role: 'Data Analyst',
 *   contacts: { directPhone: true },
 * });
 * plan.channel.primary;
 * //=> 'phone'
 * ```
 */
export function planFollowUp(input: PlanFollowUpInput): FollowUpPlan {
  parseInput(planFollowUpInputSchema, input);
  throw new Error('planFollowUp is not implemented yet');
}
