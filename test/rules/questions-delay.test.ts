import { ruleTable } from './rule-table.js';

ruleTable('questions-delay', {
  fires: [
    { text: 'Why has it taken so long to hear anything?', excerpt: 'Why has it taken so long' },
    { text: 'how come there is still no decision?', excerpt: 'how come there is still no' },
    { text: 'What’s the hold-up?', excerpt: 'What’s the hold-up' },
    { text: 'Could you explain the reason for the delay?', excerpt: 'reason for the delay' },
    { text: 'Why haven’t you got back to me', excerpt: 'Why haven’t you', channel: 'linkedin' },
    { text: 'How much longer do I have to wait?', excerpt: 'How much longer' },
    { text: 'I would like to understand why the decision has been delayed.', excerpt: 'why the decision has been delayed' },
    { text: 'Is something holding the decision up? What is taking so long?', excerpt: 'What is taking so long' },
  ],
  passes: [
    { text: 'When might I hear about the next steps?', why: 'a timeline question' },
    { text: 'I understand that hiring takes time.', why: 'patient statement' },
    { text: "That's why I'm calling: to say thank you.", why: '"why" in a statement' },
    { text: 'Why did you move the team to Rust? It sounded fascinating.', why: 'a why question about the work' },
    { text: 'Sorry it took me so long to send the references.', why: 'the candidate’s own delay' },
    { text: "I'm not asking why it is taking longer than planned.", why: 'negated' },
    { text: 'How long is the usual notice period for this role?', why: 'a question about the job' },
    { text: 'He asked "why is it taking so long?" and I said it was fine.', why: 'quoted speech' },
  ],
});
