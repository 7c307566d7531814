import { ruleTable } from './rule-table.js';

ruleTable('asks-for-decision', {
  fires: [
    { text: 'Hi Sam, did I get the position?', excerpt: 'did I get the position' },
    { text: 'Have I been successful this time?', excerpt: 'Have I been successful' },
    { text: 'So, am I hired?', excerpt: 'am I hired' },
    { text: 'Has the panel reached a decision about me?', excerpt: 'Has the panel reached a decision' },
    { text: 'I’d like to find out whether I’ve got the job.', excerpt: 'whether I’ve got the job' },
    { text: 'Could you tell me if I was selected?', excerpt: 'if I was selected' },
    { text: 'Are you going to offer me the role?', excerpt: 'offer me the role' },
    { text: 'Will I be getting an offer', excerpt: 'Will I be getting', channel: 'linkedin' },
    { text: 'What was the final decision?', excerpt: 'What was the final decision' },
    { text: 'DID I GET THE JOB?', excerpt: 'DID I GET THE JOB' },
  ],
  passes: [
    { text: 'When do you expect to reach a decision?', why: 'a timeline question' },
    { text: 'What are the next steps, and roughly when might they happen?', why: 'a next-steps question' },
    { text: 'Is the vacancy still open?', why: 'asking whether the role is open' },
    { text: "I'm not asking if I got the job; I only wanted to thank you.", why: 'negated' },
    { text: 'If I get the job, I would love to help with the migration.', why: 'hypothetical statement' },
    { text: 'I got the job description you sent, thank you.', why: 'got something else' },
    { text: 'Has the team made progress on the new dashboard?', why: 'a question about the work' },
    { text: 'Once you have reached a decision, I would be glad to hear from you.', why: 'a statement about later' },
    { text: 'Could you offer me some feedback on the case study?', why: 'asking for feedback' },
    { text: 'She said "did I get the job?" was the worst question to ask.', why: 'quoted speech' },
  ],
});
