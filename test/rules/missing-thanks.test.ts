import { ruleTable } from './rule-table.js';

ruleTable('missing-thanks', {
  fires: [
    { text: 'Hi Jordan, this is Ana Silva about the Data Analyst role. I am still keen.', excerpt: null, channel: 'phone' },
    { text: "Dear Jordan, I'd appreciate an update on the Data Analyst role. Ana Silva", excerpt: null },
    { text: "Dear Jordan, I didn't appreciate the wait. Ana Silva", excerpt: null },
    { text: 'Dear Jordan, thanks to my new course I now know SQL well. Ana Silva', excerpt: null },
  ],
  passes: [
    { text: 'Thank you for your time.', why: '"thank you"' },
    { text: 'Many thanks, Ana', why: '"many thanks"' },
    { text: 'I’m grateful for the interview.', why: '"grateful"' },
    { text: 'I really appreciated the tour of the office.', why: '"appreciated"' },
    { text: 'Cheers,\nAna', why: 'a British sign-off' },
    { text: 'It was kind of you to make time for me.', why: '"kind of you"' },
    { text: 'THANK YOU for meeting me.', why: 'capitals' },
    { text: 'Thanks to you, I understand the role much better.', why: '"thanks to you"' },
  ],
});
