import { ruleTable } from './rule-table.js';

ruleTable('missing-introduction', {
  fires: [
    { text: 'Hi Jordan, thanks for the interview. I am still interested in the role.', excerpt: null, channel: 'phone' },
    { text: 'Hi Jordan, this is Ana Silva. Thanks for the interview; I am still interested in the role.', excerpt: null, channel: 'phone' },
    { text: 'Dear Jordan,\n\nThank you for the Data Analyst interview. I remain interested.\n\nBest regards', excerpt: null },
    { text: 'Hi, I am calling about my interview last week. Thank you, I am still keen.', excerpt: null, channel: 'voicemail' },
    { text: "Hi Jordan, I'm following up on the position. Thanks, I'm still keen.", excerpt: null, channel: 'linkedin' },
  ],
  passes: [
    { text: 'Hi Jordan, this is Ana Silva. I interviewed for the Data Analyst role on March 20.', why: '"this is" and "the X role"', channel: 'phone' },
    { text: 'Hello, my name is ana silva and I applied for the data analyst job.', why: 'lower case', channel: 'voicemail' },
    { text: "Hi Jordan, I'm Ana, I interviewed for the Data Analyst role on March 20.", why: '"I\'m" and a first name', channel: 'phone' },
    { text: 'Dear Jordan,\n\nThank you for the interview for the role of Data Analyst.\n\nBest regards,\nAna Silva', why: 'a sign-off name and "the role of"' },
    { text: 'Dear Jordan,\n\nThanks for the [Job Title] interview.\n\nKind regards,\n[Your Name]', why: 'placeholders count as present' },
    { text: 'Dear Jordan,\nThank you for the Data Analyst interview.\nWarmly,\nAna', why: 'a handwritten sign-off', channel: 'handwritten-note' },
    { text: 'Hi Jordan, Ana Silva here, following up on the Data Analyst position.', why: '"<name> here"', channel: 'linkedin' },
    { text: 'Dear Jordan,\n\nThanks again for the Data Analyst interview.\n\nAna Silva | +1 415 555 0199', why: 'a signature line without a closing' },
    { text: 'Hi Jordan, it’s Ana Silva calling about the Data Analyst vacancy.', why: 'curly apostrophe', channel: 'voicemail' },
    { text: 'Hello, my name is Ana Silva. We met about the Site Reliability Engineer (SRE) position.', why: 'an abbreviation in brackets inside the title', channel: 'voicemail' },
    { text: 'Hi,\n\nThank you for the Data Analyst interview.\n\nThanks,\nJordan van der Berg', why: 'a surname with lower-case particles', channel: 'linkedin' },
  ],
});
