import { defineRule } from '../check/rule.js';

/** The rule `general-line`. */
export const rule = defineRule({
  id: 'general-line',
  severity: 'warning',
  description: 'The call goes to a general company number instead of the interviewer or the person in charge of hiring.',
  rationale:
    'A receptionist cannot give an update on the vacancy, and the message may never reach the interviewer; email the interviewer or ask for a direct line instead.',
  channels: ['phone', 'voicemail'],
  needs: 'context',
  scope: 'message',
  examples: {
    bad: {
      channel: 'phone',
      text: 'Hi, this is Ana Silva calling about the Data Analyst role. Thank you; I am still very interested.',
      context: { recipient: 'general-line' },
    },
    good: {
      channel: 'phone',
      text: 'Hi Jordan, this is Ana Silva calling about the Data Analyst role. Thank you; I am still very interested.',
      context: { recipient: 'direct' },
    },
  },
  check({ context }) {
    if (context?.recipient !== 'general-line') return [];
    return [
      {
        message: 'This call goes to a general company number, not to the interviewer.',
        suggestion: 'Email the interviewer instead, or ask the switchboard for the direct line of the person in charge of hiring.',
      },
    ];
  },
});
