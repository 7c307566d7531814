import { CHANNELS } from '../schemas/common.js';
import type { Channel } from '../schemas/types.js';
import type { Reason } from '../timing/types.js';
import type { ChannelSituation } from './situation.js';

/**
 * One row of the channel table. For each channel, the first row that names it and whose `when`
 * holds decides whether the channel is suitable; `note` rows only add advice to a channel that
 * turned out suitable.
 */
export interface ChannelRule {
  /** The channels this row judges. */
  readonly channels: readonly Channel[];
  /** The situation in plain words, as the docs page shows it. */
  readonly situation: string;
  /** Whether the row applies to `channel` in `situation`. */
  readonly when: (situation: ChannelSituation, channel: Channel) => boolean;
  /** The verdict: the channel fits, it does not, or (a note) the row only adds its reason. */
  readonly then: 'suitable' | 'unsuitable' | 'note';
  /** The stable code and plain message the channel receives. */
  readonly reason: Reason;
}

const CALLS: readonly Channel[] = ['phone', 'voicemail'];
const ALL: readonly Channel[] = CHANNELS;

/** A written channel that reaches the interviewer in person, not a switchboard. */
function canWriteToInterviewer(s: ChannelSituation): boolean {
  return s.email || s.postalAddress || s.linkedinPriorWork;
}

/** The voicemail is part of a requested call, so a request for a call does not rule it out. */
function askedForAnotherChannel(s: ChannelSituation, channel: Channel): boolean {
  if (s.requestedChannel === null || s.requestedChannel === channel) return false;
  return !(channel === 'voicemail' && s.requestedChannel === 'phone');
}

function askedForACall(s: ChannelSituation): boolean {
  return s.requestedChannel === 'phone' || s.requestedChannel === 'voicemail';
}

/**
 * The channel decision table, in order of precedence: employer instructions first, then the
 * calls already made, then which contact details exist, then the good-practice defaults.
 * docs/channels.md is generated from these rows.
 */
export const CHANNEL_RULES: readonly ChannelRule[] = [
  // Employer instructions win over everything else.
  {
    channels: CALLS,
    situation: 'The employer asked not to be called.',
    when: (s) => s.noCalls,
    then: 'unsuitable',
    reason: {
      code: 'employer-no-calls',
      message: 'The employer asked not to be called, so the follow-up has to be written.',
    },
  },
  {
    channels: ALL,
    situation:
      'The employer asked for a different channel (`use-channel`, or a call on a set date with `call-on`). A request for a call keeps the voicemail as its fallback.',
    when: askedForAnotherChannel,
    then: 'unsuitable',
    reason: {
      code: 'employer-asked-for-another-channel',
      message: 'The employer asked to be contacted another way; follow their request.',
    },
  },
  // Call once.
  {
    channels: ALL,
    situation: 'A follow-up call was answered or a voicemail was left, and the employer did not ask for a callback.',
    when: (s) => s.alreadyCalled && !s.callbackRequested,
    then: 'unsuitable',
    reason: {
      code: 'already-called',
      message:
        'The candidate already followed up by phone (someone answered, or a voicemail was left); a second follow-up is a mistake unless the employer asks for one.',
    },
  },
  // Which contact details exist.
  {
    channels: CALLS,
    situation: 'No phone number is known, neither the interviewer\'s own line nor a general one.',
    when: (s) => !s.directPhone && !s.generalPhone,
    then: 'unsuitable',
    reason: { code: 'no-phone-number', message: 'There is no phone number to call.' },
  },
  {
    channels: CALLS,
    situation:
      'Only a general company number is known, the candidate can write to the interviewer (email, post, or LinkedIn with earlier work messages), and the employer did not ask for a call.',
    when: (s) => !s.directPhone && canWriteToInterviewer(s) && !askedForACall(s),
    then: 'unsuitable',
    reason: {
      code: 'general-line-only',
      message:
        'The only number is a general company line; write to the interviewer instead of calling the switchboard.',
    },
  },
  {
    channels: ['email'],
    situation: 'The interviewer\'s email address is not known.',
    when: (s) => !s.email,
    then: 'unsuitable',
    reason: { code: 'no-email-address', message: 'There is no email address for the interviewer.' },
  },
  {
    channels: ['handwritten-note'],
    situation: 'No postal address is known.',
    when: (s) => !s.postalAddress,
    then: 'unsuitable',
    reason: { code: 'no-postal-address', message: 'There is no postal address to send a note to.' },
  },
  {
    channels: ['linkedin'],
    situation: 'The candidate is not connected to the interviewer on LinkedIn, and the employer did not ask for LinkedIn.',
    when: (s) => !s.linkedinConnected && s.requestedChannel !== 'linkedin',
    then: 'unsuitable',
    reason: { code: 'no-linkedin-connection', message: 'The candidate is not connected to the interviewer on LinkedIn.' },
  },
  {
    channels: ['linkedin'],
    situation: 'There were no earlier work messages on LinkedIn, and the employer did not ask for LinkedIn.',
    when: (s) => !s.linkedinPriorWork && s.requestedChannel !== 'linkedin',
    then: 'unsuitable',
    reason: {
      code: 'linkedin-without-prior-contact',
      message:
        'There were no earlier work messages on LinkedIn; a first contact there after an interview looks unprofessional.',
    },
  },
  // What fits, and why.
  {
    channels: ['phone'],
    situation: 'The employer asked for a call on a set date.',
    when: (s) => s.callbackRequested,
    then: 'suitable',
    reason: { code: 'callback-requested', message: 'The employer asked for a call on a set date; call then.' },
  },
  {
    channels: ALL,
    situation: 'The employer asked for this channel.',
    when: (s, channel) => s.requestedChannel === channel,
    then: 'suitable',
    reason: { code: 'employer-asked-for-this-channel', message: 'The employer asked to be contacted this way.' },
  },
  {
    channels: ['phone'],
    situation: 'Otherwise, a call is the default.',
    when: () => true,
    then: 'suitable',
    reason: {
      code: 'phone-default',
      message:
        'A call is the default: it is personal, shows keen interest and the ability to communicate, and can lead to a second interview.',
    },
  },
  {
    channels: ['voicemail'],
    situation: 'Otherwise, a voicemail is the fallback of a call.',
    when: () => true,
    then: 'suitable',
    reason: {
      code: 'voicemail-if-no-answer',
      message: 'If nobody answers the call, leave a short voicemail (under about 30 seconds).',
    },
  },
  {
    channels: ['email'],
    situation: 'Otherwise, email fits.',
    when: () => true,
    then: 'suitable',
    reason: {
      code: 'email-to-interviewer',
      message: 'Email reaches the interviewer directly, is one of the two most common ways, and gives time to put thoughts in order.',
    },
  },
  {
    channels: ['handwritten-note'],
    situation: 'Otherwise, a handwritten note fits.',
    when: () => true,
    then: 'suitable',
    reason: {
      code: 'handwritten-note',
      message: 'A handwritten note is personal and gives time to choose the words, but takes days to arrive.',
    },
  },
  {
    channels: ['linkedin'],
    situation: 'Otherwise (earlier work messages there), LinkedIn fits.',
    when: () => true,
    then: 'suitable',
    reason: {
      code: 'linkedin-prior-contact',
      message: 'Earlier work messages on LinkedIn make it a professional channel with this person.',
    },
  },
  // Notes: advice added to a channel that is suitable.
  {
    channels: ['phone'],
    situation: 'The call can only go to a general company number.',
    when: (s) => !s.directPhone,
    then: 'note',
    reason: {
      code: 'ask-for-direct-line',
      message: 'Only a general number is known: ask to be put through to the interviewer, or for their direct line.',
    },
  },
  {
    channels: ['phone'],
    situation: 'An earlier follow-up call went unanswered and no message was left.',
    when: (s) => s.unansweredCall,
    then: 'note',
    reason: {
      code: 'call-again-later-day',
      message: 'An earlier call went unanswered with no message left; try again on a later working day.',
    },
  },
  {
    channels: ['phone'],
    situation: 'The candidate is not comfortable speaking to the hiring manager.',
    when: (s) => !s.comfortableOnPhone,
    then: 'note',
    reason: {
      code: 'not-comfortable-on-phone',
      message: 'The candidate is not comfortable on the phone: writing ranks first where possible; if calling, use a script.',
    },
  },
  {
    channels: ALL,
    situation: 'The candidate found the job through a recruitment agency.',
    when: (s) => s.via === 'agency',
    then: 'note',
    reason: {
      code: 'agency-contact',
      message: 'Through a recruitment agency, the follow-up goes to the agency contact, not to the employer.',
    },
  },
  {
    channels: ['phone', 'email'],
    situation: 'No `contacts` were given, so the interviewer\'s direct line and email address were assumed.',
    when: (s) => !s.contactsGiven,
    then: 'note',
    reason: {
      code: 'contacts-assumed',
      message: 'No contacts were given, so this assumes the interviewer\'s direct line and email address.',
    },
  },
];

/** One preferred order of the channels, and when it applies. The first matching row wins. */
export interface ChannelPreference {
  readonly situation: string;
  readonly when: (situation: ChannelSituation) => boolean;
  /** All five channels, best first. Suitable channels are ranked in this order, before the unsuitable ones. */
  readonly order: readonly Channel[];
}

/** The order of good practice: a call first, unless the candidate would rather write. */
export const CHANNEL_PREFERENCES: readonly ChannelPreference[] = [
  {
    situation: 'The candidate is not comfortable speaking to the hiring manager: writing first.',
    when: (s) => !s.comfortableOnPhone,
    order: ['email', 'handwritten-note', 'linkedin', 'phone', 'voicemail'],
  },
  {
    situation: 'Otherwise: a call first, with the voicemail as its fallback; then email, which is as common.',
    when: () => true,
    order: ['phone', 'voicemail', 'email', 'handwritten-note', 'linkedin'],
  },
];

/** Why no channel is suitable, and what to do about it. The first matching row wins. */
export interface NoChannelRule {
  readonly situation: string;
  readonly when: (situation: ChannelSituation) => boolean;
  readonly reason: Reason;
}

/** The explanations for a `null` primary channel. The last row always matches. */
export const NO_CHANNEL_RULES: readonly NoChannelRule[] = [
  {
    situation: 'The follow-up call was already made.',
    when: (s) => s.alreadyCalled && !s.callbackRequested,
    reason: {
      code: 'follow-up-done',
      message: 'The follow-up call has been made; wait for the employer\'s answer.',
    },
  },
  {
    situation: 'The employer asked for a channel the candidate has no contact detail for.',
    when: (s) => s.requestedChannel !== null,
    reason: {
      code: 'requested-channel-unavailable',
      message: 'The employer asked for a channel the candidate has no contact detail for; find that detail first.',
    },
  },
  {
    situation: 'The employer asked not to be called and no written channel is available.',
    when: (s) => s.noCalls,
    reason: {
      code: 'no-written-channel',
      message: 'The employer asked not to be called and there is no way to write to them; find the interviewer\'s email address.',
    },
  },
  {
    situation: 'Otherwise.',
    when: () => true,
    reason: {
      code: 'no-suitable-channel',
      message: 'No channel fits the contact details given; find the interviewer\'s email address or direct phone number.',
    },
  },
];
