import { recommendChannel } from '../channel/recommend-channel.js';
import { situationOf, type ChannelSituation } from '../channel/situation.js';
import type { ChannelAdvice } from '../channel/types.js';
import { callWindowAt } from '../check/call-timing.js';
import { checkMessageWithWindowFrom, type CallWindowSource } from '../check/check-message.js';
import type { CheckResult } from '../check/types.js';
import { InvalidInputError } from '../errors.js';
import { instantMsOf } from '../internal/calendar-date.js';
import { parseInstant } from '../internal/instant.js';
import { parseInput } from '../internal/parse-input.js';
import type { RecommendChannelInput } from '../schemas/channel.js';
import type { CheckContext } from '../schemas/check.js';
import { planFollowUpInputSchema, type ParsedPlanFollowUpInput, type PlanFollowUpInput } from '../schemas/plan.js';
import type { RenderScriptInput } from '../schemas/script.js';
import type { Channel } from '../schemas/types.js';
import { renderScript } from '../script/render-script.js';
import type { Script } from '../script/types.js';
import { formatZonedInstant } from '../timing/format-zoned-instant.js';
import { nextCallWindow } from '../timing/next-call-window.js';
import type { CallWindow } from '../timing/types.js';

/**
 * The result of {@link planFollowUp}. Plain JSON data.
 *
 * @example
 * ```ts
 * const plan: FollowUpPlan = planFollowUp({
 *   interviewAt: '2026-03-20',
 *   now: '2026-03-30T09:30:00Z',
 *   candidate: { name: 'Ana Silva', phone: '+44 7700 900123' },
 *   role: 'Data Analyst',
 * });
 * [plan.window.status, plan.channel.primary, plan.script?.kind, plan.check?.ok];
 * //=> [ 'open', 'phone', 'phone', true ]
 * ```
 */
export interface FollowUpPlan {
  readonly window: CallWindow;
  readonly channel: ChannelAdvice;
  /** The script for the primary channel, or `null` when no channel is suitable. */
  readonly script: Script | null;
  /** The script for the fallback (the voicemail when the primary is a call), or `null`. */
  readonly fallbackScript: Script | null;
  /** {@link checkMessage} of the script in the plan's context, or `null` without a script. */
  readonly check: CheckResult | null;
  /** {@link checkMessage} of the fallback script in the same context, or `null` without one. */
  readonly fallbackCheck: CheckResult | null;
  /**
   * The moment the checks judge (ISO 8601 in the interviewer's offset): the input's `plannedAt`
   * when given; otherwise, while the window is open (or a call-back is scheduled), the start of
   * the next slot, or `now` when `now` is inside a slot; and `now` in every other case, so a plan
   * made too early is told `too-early`.
   */
  readonly plannedAt: string;
}

/**
 * Plans the whole follow-up in one call: when, how, what to say, and whether it passes the checks.
 *
 * It runs {@link nextCallWindow}, {@link recommendChannel}, {@link renderScript} for the primary
 * channel and its fallback, and {@link checkMessage} on each script with the plan's facts as
 * context: the follow-up is judged at `plannedAt` (the input's, or the next slot while the
 * window is open, or `now` before it opens and after it closes), to the interviewer's own line or a general number as `contacts`
 * say. The clock is read once, only when `now` is omitted, and every step uses that same
 * reading. `interviewedOn` defaults to `interviewAt`.
 *
 * @param input - One flat object: the interview and timing fields of {@link nextCallWindow}, the
 * script facts of {@link renderScript} and the channel facts of {@link recommendChannel}; see
 * {@link PlanFollowUpInput}.
 * @returns The window, the channel advice, both scripts, their checks and the moment they judge.
 * @throws {@link InvalidInputError} when the input does not match {@link planFollowUpInputSchema},
 * or when the moment the plan is judged at falls outside the years 0001-9999 on the interviewer's
 * clock (`now` in the last hours of 9999 in a zone ahead of UTC); the issue is at `plannedAt`
 * when given, else at `now`.
 * @example
 * ```ts
 * const plan = planFollowUp({
 *   interviewAt: '2026-03-20',
 *   timeZone: 'Europe/London',
 *   now: '2026-03-30T07:00:00Z',
 *   candidate: { name: 'Ana Silva', phone: '+44 7700 900123' },
 *   role: 'Data Analyst',
 *   contacts: { directPhone: true },
 * });
 * plan.channel.primary;
 * //=> 'phone'
 * [plan.script?.kind, plan.fallbackScript?.kind];
 * //=> ['phone', 'voicemail']
 * plan.plannedAt;
 * //=> '2026-03-30T09:00:00+01:00'
 * ```
 */
export function planFollowUp(input: PlanFollowUpInput): FollowUpPlan {
  const parsed = parseInput(planFollowUpInputSchema, input);
  const now = parsed.now ?? new Date();
  const timeZone = parsed.timeZone ?? 'UTC';
  const window = nextCallWindow({ ...windowFieldsOf(parsed), now });
  const channelInput = channelInputOf(parsed);
  const channel = recommendChannel(channelInput);
  const plannedAt = plannedMoment(parsed.plannedAt ?? null, window, instantMsOf(now), timeZone);
  assertOnTheCalendar(plannedAt, parsed.plannedAt === undefined ? 'now' : 'plannedAt', timeZone);
  const situation = situationOf(channelInput);

  const script = channel.primary === null ? null : renderScript(scriptInput(parsed, channel.primary));
  const fallbackScript = channel.fallback === null ? null : renderScript(scriptInput(parsed, channel.fallback));
  // Both checks judge the same moment with the same window facts, so the window at plannedAt is
  // worked out once, when the first timing rule asks for it.
  const windowAtPlannedAt = onceFor(callWindowAt);
  const checkOf = (written: Script | null): CheckResult | null =>
    written === null
      ? null
      : checkMessageWithWindowFrom(
          { text: written.text, channel: written.kind, context: checkContext(parsed, plannedAt, situation, written.kind) },
          windowAtPlannedAt,
        );
  return { window, channel, script, fallbackScript, check: checkOf(script), fallbackCheck: checkOf(fallbackScript), plannedAt };
}

/** A window source that asks `source` the first time only, and gives that answer again after. */
function onceFor(source: CallWindowSource): CallWindowSource {
  let asked = false;
  let answer: CallWindow | undefined;
  return (context) => {
    if (!asked) {
      answer = source(context);
      asked = true;
    }
    return answer;
  };
}

/**
 * The moment the plan is judged at. While calling is open, the plan is to use the next slot; before
 * the window opens or after it closes there is no good moment to plan for, so the plan is judged
 * as if acted on now, and the timing rules say what is wrong with that.
 */
function plannedMoment(requested: Date | string | null, window: CallWindow, nowMs: number, timeZone: string): string {
  if (requested !== null) return formatZonedInstant(instantMsOf(requested), timeZone);
  const schedulable = window.status === 'open' || window.status === 'callback-scheduled';
  // Inside a slot, the plan is to act now; between slots, at the next one's start.
  if (schedulable && window.nextSlot && instantMsOf(window.nextSlot.start) > nowMs) return window.nextSlot.start;
  return formatZonedInstant(nowMs, timeZone);
}

/**
 * Stops a plan whose moment the interviewer's clock shows outside the years 0001-9999. The input
 * only has to be in those years in its own offset, so in the last hours of 9999 (UTC) Tokyo is
 * already in the year 10000; no date the library writes can say that, and the checks would then
 * fail on a plannedAt the caller never wrote. The error names the field the moment came from.
 */
function assertOnTheCalendar(plannedAt: string, field: 'now' | 'plannedAt', timeZone: string): void {
  if (parseInstant(plannedAt) !== undefined) return;
  throw new InvalidInputError([
    {
      path: [field],
      message: `must be within the years 0001 to 9999 on the interviewer's clock in ${timeZone} (there it is ${plannedAt})`,
    },
  ]);
}

/** Drops the fields that are `undefined`, so that optional fields are left out rather than set to nothing. */
function definedOnly<T extends object>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

function windowFieldsOf(parsed: ParsedPlanFollowUpInput) {
  return {
    interviewAt: parsed.interviewAt,
    ...definedOnly({
      timeZone: parsed.timeZone,
      via: parsed.via,
      workingHours: parsed.workingHours,
      workDays: parsed.workDays,
      region: parsed.region,
      holidays: parsed.holidays,
      instruction: parsed.instruction,
      previousCalls: parsed.previousCalls,
      policy: parsed.policy,
    }),
  };
}

function channelInputOf(parsed: ParsedPlanFollowUpInput): RecommendChannelInput {
  return definedOnly({
    comfortableOnPhone: parsed.comfortableOnPhone,
    contacts: parsed.contacts,
    via: parsed.via,
    instruction: parsed.instruction,
    previousCalls: parsed.previousCalls,
  });
}

function scriptInput(parsed: ParsedPlanFollowUpInput, kind: Channel): RenderScriptInput {
  return {
    kind,
    candidate: parsed.candidate,
    role: parsed.role,
    interviewedOn: parsed.interviewedOn ?? parsed.interviewAt,
    ...definedOnly({
      company: parsed.company,
      interviewer: parsed.interviewer,
      topic: parsed.topic,
      locale: parsed.locale,
      variant: parsed.variant,
      via: parsed.via,
      timeZone: parsed.timeZone,
    }),
  };
}

function checkContext(parsed: ParsedPlanFollowUpInput, plannedAt: string, situation: ChannelSituation, kind: Channel): CheckContext {
  const isCall = kind === 'phone' || kind === 'voicemail';
  // Whom a call reaches follows from the contacts; a written message always goes to the person.
  const recipient = isCall ? (situation.directPhone ? 'direct' : 'general-line') : undefined;
  // An employer who asks for LinkedIn has made it a work channel between the two.
  const linkedinKnown = situation.contactsGiven || situation.requestedChannel === 'linkedin';
  const priorPlatformContact = linkedinKnown ? situation.linkedinPriorWork || situation.requestedChannel === 'linkedin' : undefined;
  return {
    ...windowFieldsOf(parsed),
    plannedAt,
    ...definedOnly({ recipient, priorPlatformContact }),
  };
}
