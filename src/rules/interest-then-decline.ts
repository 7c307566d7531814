import { findInterest } from '../check/interest.js';
import { ALL_CHANNELS, defineRule } from '../check/rule.js';

/** The rule `interest-then-decline`. */
export const rule = defineRule({
  id: 'interest-then-decline',
  severity: 'warning',
  description: 'The candidate means to decline, but the message says they are still interested.',
  rationale:
    'Saying you are keen and then turning the offer down confuses the reader and burns the bridge the polite decline was meant to keep.',
  channels: ALL_CHANNELS,
  needs: 'context',
  scope: 'span',
  examples: {
    bad: {
      text: 'Hi Jordan, thank you for the offer. I am still very excited about the role, but I have decided to withdraw. Ana Silva',
      context: { intent: 'decline' },
    },
    good: {
      text: 'Hi Jordan, thank you for the offer and for your time. After careful thought I have decided to withdraw. Ana Silva',
      context: { intent: 'decline' },
    },
  },
  check({ model, context }) {
    if (context?.intent !== 'decline') return [];
    return findInterest(model).map((match) => ({
      start: match.start,
      end: match.end,
      message: 'This says you want the job, but you mean to decline it.',
      suggestion: 'Thank them warmly and decline clearly, without restating interest in the role.',
    }));
  },
});
