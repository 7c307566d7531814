import { hasContactPlaceholder, hasEmailAddress, hasPhoneNumber } from '../check/contact-details.js';
import { defineRule } from '../check/rule.js';

/** The rule `missing-contact-details`. */
export const rule = defineRule({
  id: 'missing-contact-details',
  severity: 'warning',
  description: 'A voicemail or an email gives no phone number or email address to reply to.',
  rationale:
    'The reader of a voicemail or an email should be able to answer without looking anything up; a number said slowly, or a signature with one, makes calling back easy.',
  channels: ['voicemail', 'email'],
  needs: 'text',
  scope: 'message',
  examples: {
    bad: { channel: 'voicemail', text: 'Hi Jordan, this is Ana Silva about the Data Analyst role. Thank you, and I hope to hear from you.' },
    good: {
      channel: 'voicemail',
      text: 'Hi Jordan, this is Ana Silva about the Data Analyst role. You can reach me on 555 014 2000. Thank you.',
    },
  },
  check({ model }) {
    if (hasPhoneNumber(model) || hasEmailAddress(model) || hasContactPlaceholder(model)) return [];
    return [
      {
        message: 'The message gives no phone number or email address to reply to.',
        suggestion: 'Add your phone number (say it slowly in a voicemail) or your email address.',
      },
    ];
  },
});
