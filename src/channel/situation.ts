import type { ParsedRecommendChannelInput } from '../schemas/channel.js';
import type { Channel, Via } from '../schemas/types.js';

/**
 * The facts the channel table decides on, reduced to plain flags. Built once from the validated
 * input, so that every row of the table reads the same simple values.
 */
export interface ChannelSituation {
  /** Whether the candidate is comfortable speaking to the hiring manager. */
  readonly comfortableOnPhone: boolean;
  /** False when the caller gave no `contacts` at all, so the usual ones were assumed. */
  readonly contactsGiven: boolean;
  /** The interviewer's own phone line is known. */
  readonly directPhone: boolean;
  /** A general company number is known. */
  readonly generalPhone: boolean;
  /** The interviewer's email address is known. */
  readonly email: boolean;
  /** A postal address for a handwritten note is known. */
  readonly postalAddress: boolean;
  /** The candidate is connected to the interviewer on LinkedIn. */
  readonly linkedinConnected: boolean;
  /** Work messages were exchanged on LinkedIn before. */
  readonly linkedinPriorWork: boolean;
  readonly via: Via;
  /** The employer asked not to be called. */
  readonly noCalls: boolean;
  /** The employer asked for a call on a set date (`call-on`). */
  readonly callbackRequested: boolean;
  /**
   * The channel the employer asked for: the one named by `use-channel`, or `phone` for a
   * `call-on` request. `null` when they asked for none.
   */
  readonly requestedChannel: Channel | null;
  /** A follow-up call was answered, or a voicemail was left. */
  readonly alreadyCalled: boolean;
  /** A follow-up call went unanswered and no message was left. */
  readonly unansweredCall: boolean;
}

/** A contact point counts when it is `true` or holds the detail itself as text. */
function isKnown(point: boolean | string | undefined): boolean {
  return point === true || typeof point === 'string';
}

/**
 * Reduces a validated {@link recommendChannel} input to the flags of a {@link ChannelSituation}.
 * When `contacts` is omitted altogether, the interviewer's direct line and email address are
 * assumed, since an interview almost always leaves the candidate with both.
 *
 * @example
 * ```ts
 * situationOf({ contacts: { generalPhone: true } }).directPhone;
 * //=> false
 * ```
 */
export function situationOf(input: ParsedRecommendChannelInput): ChannelSituation {
  const contacts = input.contacts ?? { directPhone: true, email: true };
  const instruction = input.instruction;
  const calls = input.previousCalls ?? [];
  let requestedChannel: Channel | null = null;
  if (instruction?.type === 'use-channel') requestedChannel = instruction.channel;
  else if (instruction?.type === 'call-on') requestedChannel = 'phone';
  return {
    comfortableOnPhone: input.comfortableOnPhone ?? true,
    contactsGiven: input.contacts !== undefined,
    directPhone: isKnown(contacts.directPhone),
    generalPhone: isKnown(contacts.generalPhone),
    email: isKnown(contacts.email),
    postalAddress: isKnown(contacts.postalAddress),
    linkedinConnected: contacts.linkedin !== undefined,
    linkedinPriorWork: contacts.linkedin?.priorWorkMessages === true,
    via: input.via ?? 'employer',
    noCalls: instruction?.type === 'no-calls',
    callbackRequested: instruction?.type === 'call-on',
    requestedChannel,
    alreadyCalled: calls.some((call) => call.outcome !== 'no-answer'),
    unansweredCall: calls.some((call) => call.outcome === 'no-answer'),
  };
}
