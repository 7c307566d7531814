import { parseInput } from '../internal/parse-input.js';
import { recommendChannelInputSchema, type RecommendChannelInput } from '../schemas/channel.js';
import type { Channel } from '../schemas/types.js';
import type { Reason } from '../timing/types.js';
import { CHANNEL_PREFERENCES, CHANNEL_RULES, NO_CHANNEL_RULES } from './channel-rules.js';
import { situationOf, type ChannelSituation } from './situation.js';
import type { ChannelAdvice, RankedChannel } from './types.js';

/**
 * Ranks the five follow-up channels for the candidate's situation and picks the best one and a fallback.
 *
 * Employer instructions (`no-calls`, `call-on`, `use-channel`) come first, then calls already
 * made, then the contact details the candidate has, then good practice: a call to the
 * interviewer's own line, with a voicemail as the fallback; email or a handwritten note for a
 * candidate who is not comfortable on the phone; LinkedIn only after earlier work messages there.
 * When no channel fits, `primary` is `null` and `reasons` says what to find out first.
 * docs/channels.md lists every rule.
 *
 * When `contacts` is omitted, the interviewer's direct line and email address are assumed (and
 * the reasons say so); when it is given, a contact point left out means the candidate does not have it.
 *
 * @param input - What the candidate has and prefers: `comfortableOnPhone`, `contacts`, `via`, the
 * employer's `instruction` and `previousCalls`; see {@link RecommendChannelInput}.
 * @returns The primary channel, every channel ranked with its reasons, and the fallback.
 * @throws {@link InvalidInputError} when the input does not match {@link recommendChannelInputSchema}.
 * @example
 * ```ts
 * recommendChannel({ contacts: { directPhone: true } }).primary;
 * //=> 'phone'
 * recommendChannel({ comfortableOnPhone: false, contacts: { directPhone: true, email: true } }).primary;
 * //=> 'email'
 * const advice = recommendChannel({ contacts: { generalPhone: true, email: true } });
 * advice.primary;
 * //=> 'email'
 * advice.ranked.find((entry) => entry.channel === 'phone')?.reasons[0]?.code;
 * //=> 'general-line-only'
 * recommendChannel({ instruction: { type: 'no-calls' }, contacts: { directPhone: true } }).reasons[0]?.code;
 * //=> 'no-written-channel'
 * ```
 */
export function recommendChannel(input: RecommendChannelInput): ChannelAdvice {
  const situation = situationOf(parseInput(recommendChannelInputSchema, input));
  const order = (CHANNEL_PREFERENCES.find((preference) => preference.when(situation)) ?? lastOf(CHANNEL_PREFERENCES)).order;
  const judged = order.map((channel) => judge(channel, situation));
  const ranked = [...judged.filter((entry) => entry.suitable), ...judged.filter((entry) => !entry.suitable)];
  const best = ranked[0];
  const primary = best?.suitable === true ? best.channel : null;
  const voicemailFits = ranked.some((entry) => entry.channel === 'voicemail' && entry.suitable);
  return {
    primary,
    ranked,
    fallback: primary === 'phone' && voicemailFits ? 'voicemail' : null,
    reasons: best !== undefined && primary !== null ? best.reasons.map(copyReason) : [whyNoChannel(situation)],
  };
}

/** Walks the table for one channel: the first matching verdict decides, notes are added after it. */
function judge(channel: Channel, situation: ChannelSituation): RankedChannel {
  const rows = CHANNEL_RULES.filter((rule) => rule.channels.includes(channel));
  const verdict = rows.find((rule) => rule.then !== 'note' && rule.when(situation, channel));
  // The table ends with an unconditional row per channel (a test holds it to that).
  if (verdict === undefined) throw new Error(`The channel table has no verdict for ${channel}`);
  const suitable = verdict.then === 'suitable';
  const reasons = [copyReason(verdict.reason)];
  if (suitable) {
    for (const rule of rows) {
      if (rule.then === 'note' && rule.when(situation, channel)) reasons.push(copyReason(rule.reason));
    }
  }
  return { channel, suitable, reasons };
}

function whyNoChannel(situation: ChannelSituation): Reason {
  const rule = NO_CHANNEL_RULES.find((row) => row.when(situation)) ?? lastOf(NO_CHANNEL_RULES);
  return copyReason(rule.reason);
}

/** Results are fresh objects, so a caller who edits one cannot change the table. */
function copyReason(reason: Reason): Reason {
  return { code: reason.code, message: reason.message };
}

function lastOf<T>(rows: readonly T[]): T {
  const last = rows.at(-1);
  if (last === undefined) throw new Error('A decision table must not be empty');
  return last;
}
