import { defineRule } from '../check/rule.js';

/** The rule `linkedin-without-prior-contact`. */
export const rule = defineRule({
  id: 'linkedin-without-prior-contact',
  severity: 'error',
  description: 'LinkedIn is used without earlier work communication with the reader on that platform.',
  rationale:
    'A follow-up on a social network where the two have never worked together looks unprofessional; it belongs in the channel the hiring process used.',
  channels: ['linkedin'],
  needs: 'context',
  scope: 'message',
  examples: {
    bad: {
      channel: 'linkedin',
      text: 'Hi Jordan, Ana Silva here. Thank you for the Data Analyst interview; I am still very interested.',
      context: { priorPlatformContact: false },
    },
    good: {
      channel: 'linkedin',
      text: 'Hi Jordan, Ana Silva here. Thank you for the Data Analyst interview; I am still very interested.',
      context: { priorPlatformContact: true },
    },
  },
  check({ context }) {
    if (context?.priorPlatformContact !== false) return [];
    return [
      {
        message: 'You have not exchanged work messages with the reader on LinkedIn before.',
        suggestion: 'Send the follow-up by email or phone instead, through the contact the hiring process used.',
      },
    ];
  },
});
