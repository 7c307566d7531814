import { ruleTable } from './rule-table.js';

ruleTable('missing-interest', {
  fires: [
    { text: 'Dear Jordan, thank you for the interview. Best regards, Ana Silva', excerpt: null },
    { text: 'Dear Jordan, thank you. I am no longer interested in the role. Ana Silva', excerpt: null },
    { text: 'Dear Jordan, thank you. Let me know if you are interested in my portfolio. Ana Silva', excerpt: null },
    { text: 'Dear Jordan, thank you. Your team seemed keen on automation. Ana Silva', excerpt: null },
  ],
  passes: [
    { text: 'I am still very interested in the role.', why: '"still very interested"' },
    { text: 'I remain keen on joining your team.', why: '"remain keen"' },
    { text: 'I’m excited about the opportunity.', why: '"excited about"' },
    { text: 'I would love to join the team.', why: '"would love to join"' },
    { text: 'The position really appeals to me.', why: '"appeals to me"' },
    { text: 'I look forward to the possibility of working together.', why: '"look forward to the possibility"' },
    { text: 'My enthusiasm for the role has only grown.', why: '"my enthusiasm"' },
    {
      text: 'Dear Jordan, thank you for the offer, but I have decided to decline. Ana Silva',
      why: 'a decline does not need interest',
      context: { intent: 'decline' },
    },
  ],
});
