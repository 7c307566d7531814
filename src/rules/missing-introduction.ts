import { givesSenderName, namesRole } from '../check/introduction.js';
import { ALL_CHANNELS, defineRule } from '../check/rule.js';

/** The rule `missing-introduction`. */
export const rule = defineRule({
  id: 'missing-introduction',
  severity: 'warning',
  description: "Does not give the sender's name or the role they interviewed for.",
  rationale:
    'Interviewers see many candidates for several roles; without a name and a role, even one who remembers the candidate has to work out who is writing and about what.',
  channels: ALL_CHANNELS,
  needs: 'text',
  scope: 'message',
  examples: {
    bad: { channel: 'phone', text: 'Hi, I just wanted to thank you for the interview and say I am still interested.' },
    good: {
      channel: 'phone',
      text: 'Hi Jordan, this is Ana Silva. I interviewed for the Data Analyst role on March 20. Thank you again; I am still very interested.',
    },
  },
  check({ model }) {
    const name = givesSenderName(model);
    const role = namesRole(model);
    if (name && role) return [];
    const missing = !name && !role ? 'your name or the role you interviewed for' : name ? 'the role you interviewed for' : 'your name';
    return [
      {
        message: `The message does not give ${missing}.`,
        suggestion: 'Say who you are and which role you interviewed for, and when, e.g. "This is Ana Silva; I interviewed for the Data Analyst role on March 20."',
      },
    ];
  },
});
