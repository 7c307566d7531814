import { ruleTable } from './rule-table.js';

ruleTable('pushy', {
  fires: [
    { text: 'Please get back to me by tomorrow.', excerpt: 'by tomorrow' },
    { text: 'I need a decision ASAP.', excerpt: 'I need a decision' },
    { text: 'Let me know today whether you want me.', excerpt: 'today' },
    { text: 'I will keep calling every day until I hear from you.', excerpt: 'I will keep calling every day' },
    { text: 'Time is running out for me.', excerpt: 'Time is running out' },
    { text: 'Thank you!!! I really want this!!!', excerpt: '!!!' },
    { text: 'I AM STILL WAITING FOR AN ANSWER.', excerpt: 'AM STILL WAITING FOR AN ANSWER' },
    { text: 'Otherwise I will accept the other offer.', excerpt: 'Otherwise I will accept' },
    { text: 'Please respond no later than Friday.', excerpt: 'no later than Friday' },
  ],
  passes: [
    { text: 'No need to reply by any date; I just wanted to say thanks.', why: 'negated deadline' },
    { text: 'I could start immediately after my notice period.', why: 'the candidate’s own availability' },
    { text: 'Thank you for replying so promptly last week.', why: 'thanks for a past reply' },
    { text: 'I led the AWS migration for the EMEA region.', why: 'acronyms are not shouting' },
    { text: 'I hope to hear from you soon.', why: 'a hope, not a demand' },
    { text: "I can't wait to hear more about the project!", why: 'enthusiasm' },
    { text: 'If anything is urgent, my mobile is the best way to reach me.', why: 'hypothetical urgency' },
    { text: 'Thanks!', why: 'one exclamation mark' },
  ],
});
