import { ALL_CHANNELS, defineRule } from '../check/rule.js';
import type { Channel } from '../schemas/types.js';

/**
 * The most words a follow-up should have on each channel.
 *
 * @example
 * ```ts
 * WORD_BUDGETS.voicemail;
 * //=> 90
 * ```
 */
export const WORD_BUDGETS: Readonly<Record<Channel, number>> = {
  voicemail: 90,
  phone: 150,
  linkedin: 120,
  'handwritten-note': 150,
  email: 250,
};

const CHANNEL_NAMES: Readonly<Record<Channel, string>> = {
  voicemail: 'a voicemail',
  phone: 'a phone call',
  linkedin: 'a LinkedIn message',
  'handwritten-note': 'a handwritten note',
  email: 'an email',
};

/** The rule `too-long`. */
export const rule = defineRule({
  id: 'too-long',
  severity: 'warning',
  description:
    "Exceeds the channel's word budget: voicemail 90, phone 150, LinkedIn 120, handwritten note 150, email 250 words.",
  rationale:
    'The purpose is a status update and a reminder of interest. A voicemail over about 30 seconds gets skipped, and a long email or call eats into the time of someone who is busy hiring.',
  channels: ALL_CHANNELS,
  needs: 'text',
  scope: 'message',
  examples: {
    bad: {
      channel: 'voicemail',
      text: Array.from({ length: 12 }, () => 'I also wanted to add one more thing about my background.').join(' '),
    },
    good: {
      channel: 'voicemail',
      text: 'Hi Jordan, this is Ana Silva. I interviewed for the Data Analyst role on March 20 and hoped for an update. Thank you, my number is 555 0142.',
    },
  },
  check({ model, channel }) {
    const words = model.wordStarts.length;
    const budget = WORD_BUDGETS[channel];
    if (words <= budget) return [];
    return [
      {
        message: `At ${String(words)} words this is too long for ${CHANNEL_NAMES[channel]} (at most ${String(budget)}).`,
        suggestion: `Cut it to ${String(budget)} words or fewer: who you are, the role, your thanks, your interest and one question.`,
      },
    ];
  },
});
