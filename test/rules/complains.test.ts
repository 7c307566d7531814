import { ruleTable } from './rule-table.js';

ruleTable('complains', {
  fires: [
    { text: 'The interview was badly organised.', excerpt: 'badly organised' },
    { text: 'I found your recruiter condescending.', excerpt: 'condescending' },
    { text: 'It was unprofessional to cancel twice.', excerpt: 'unprofessional' },
    { text: 'No one ever replied to my emails.', excerpt: 'No one ever replied' },
    { text: 'I was kept waiting in reception, and the interviewer turned up 30 minutes late.', excerpt: 'turned up 30 minutes late' },
    { text: 'I felt quite let down by the lack of communication.', excerpt: 'I felt quite let down' },
    { text: 'The hiring process has been a complete mess.', excerpt: 'a complete mess' },
    { text: 'The instructions for the task were confusing.', excerpt: 'instructions for the task were confusing' },
    { text: 'The interview wasn’t very well organised.', excerpt: 'n’t very well organised' },
    { text: 'I did not appreciate the comments about my accent.', excerpt: 'did not appreciate' },
  ],
  passes: [
    { text: 'The interview was anything but disorganised; it was very well run.', why: 'praise with a negated word' },
    { text: 'My answer about budgets was a mess, so here is a better one.', why: 'self-criticism' },
    { text: 'I enjoyed hearing how you fixed the chaotic release process.', why: 'talk about the work' },
    { text: 'If now is a bad time, I can call back later.', why: 'polite phone manners' },
    { text: 'I was late because of the train, and I am grateful you waited.', why: 'the candidate’s own lateness' },
    { text: 'I would hate to waste your time, so I will keep this short.', why: 'considerate, not a complaint' },
    { text: 'The hard questions made me think.', why: 'a compliment on the interview' },
    { text: 'I understand the process takes time.', why: 'patient statement' },
    { text: 'Please don’t worry, it was no trouble to reschedule.', why: 'reassurance' },
  ],
});
