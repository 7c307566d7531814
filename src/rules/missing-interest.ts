import { expressesInterest } from '../check/interest.js';
import { ALL_CHANNELS, defineRule } from '../check/rule.js';

/** The rule `missing-interest`. */
export const rule = defineRule({
  id: 'missing-interest',
  severity: 'warning',
  description: 'Never says that the candidate is still interested in the role.',
  rationale:
    'Restating interest is one of the two purposes of a follow-up: the reader should finish it knowing the candidate still wants the job.',
  channels: ALL_CHANNELS,
  needs: 'text',
  scope: 'message',
  examples: {
    bad: { text: 'Hi Jordan, thank you for the interview on March 20. Best regards, Ana Silva' },
    good: { text: 'Hi Jordan, thank you for the interview on March 20. I am still very interested in the role. Best regards, Ana Silva' },
  },
  check({ model, context }) {
    // A candidate turning the job down should not restate interest (see interest-then-decline).
    if (context?.intent === 'decline') return [];
    if (expressesInterest(model)) return [];
    return [
      {
        message: 'The message never says you are still interested in the role.',
        suggestion: 'Add one sentence such as "I am still very interested in the role and in joining the team."',
      },
    ];
  },
});
