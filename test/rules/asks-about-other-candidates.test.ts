import { ruleTable } from './rule-table.js';

ruleTable('asks-about-other-candidates', {
  fires: [
    { text: 'Are you seeing many other applicants?', excerpt: 'many other applicants' },
    { text: 'How do I rank against the rest of the field?', excerpt: 'How do I rank' },
    { text: 'Could you tell me who else you interviewed?', excerpt: 'who else' },
    { text: 'I wondered how my application compares with the others.', excerpt: 'my application compares with' },
    { text: 'Am I your preferred candidate?', excerpt: 'Am I your preferred' },
    { text: 'Is the competition strong', excerpt: 'the competition', channel: 'linkedin' },
    { text: 'Have you finished the other interviews?', excerpt: 'other interviews' },
    { text: 'how many candidates are left?', excerpt: 'how many candidates' },
  ],
  passes: [
    { text: 'I know you are seeing other candidates, so I will be brief.', why: 'a statement, not a question' },
    { text: "I won't ask how I compare with the other applicants.", why: 'negated' },
    { text: 'Is there anyone else I should send my references to?', why: '"anyone else" about something other than hiring' },
    { text: 'How many people are on the data team?', why: 'a question about the team' },
    { text: 'Could you tell me what the next steps are?', why: 'a next-steps question' },
    { text: 'Your candidate portal was easy to use.', why: '"candidate" in a compliment' },
    { text: 'How does your team compare vendors before buying?', why: 'comparison about the work' },
  ],
});
