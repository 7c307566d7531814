import { ruleTable } from './rule-table.js';

ruleTable('interest-then-decline', {
  fires: [
    {
      text: 'Thank you for the offer. I am still very excited about the role, but I must decline.',
      excerpt: 'excited',
      context: { intent: 'decline' },
    },
    {
      text: 'Thank you. I would love to join the team one day, but I have accepted another position.',
      excerpt: 'love to join',
      context: { intent: 'decline' },
    },
  ],
  passes: [
    { text: 'Thank you for the offer; after careful thought I have decided to decline.', why: 'a clean decline', context: { intent: 'decline' } },
    { text: 'I am no longer interested in the role, but thank you.', why: 'negated interest', context: { intent: 'decline' } },
    { text: 'I am still very excited about the role.', why: 'pursuing', context: { intent: 'pursue' } },
    { text: 'I am still very excited about the role.', why: 'intent unknown: skipped' },
  ],
});
