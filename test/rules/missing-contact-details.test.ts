import { ruleTable } from './rule-table.js';

ruleTable('missing-contact-details', {
  fires: [
    { text: 'Hi Jordan, this is Ana Silva about the Data Analyst role. Thank you.', excerpt: null, channel: 'voicemail' },
    { text: 'Dear Jordan, thank you. Best regards, Ana Silva', excerpt: null, channel: 'email' },
    { text: 'Dear Jordan, the interview was on 2026-03-20. Ana Silva', excerpt: null, channel: 'email' },
    { text: 'Dear Jordan, I worked there 2019 - 2024. Ana Silva', excerpt: null, channel: 'email' },
  ],
  passes: [
    { text: 'Call me on 555-014-2000.', why: 'dashes', channel: 'voicemail' },
    { text: 'Call me on (555) 014-2000.', why: 'brackets', channel: 'voicemail' },
    { text: 'My mobile is +44 7700 900123.', why: 'international', channel: 'voicemail' },
    { text: 'Reach me on 555.014.2000.', why: 'dots', channel: 'voicemail' },
    { text: 'My number is five five five, zero one four, two zero zero zero.', why: 'spoken digits', channel: 'voicemail' },
    { text: 'Email me at ana.silva@example.com.', why: 'an email address', channel: 'email' },
    { text: 'My email is ana at example dot com.', why: 'a spoken email address', channel: 'voicemail' },
    { text: 'You can reach me at [your phone number].', why: 'a placeholder', channel: 'voicemail' },
    { text: 'Thanks, Ana', why: 'not checked on LinkedIn', channel: 'linkedin' },
    { text: 'Thanks, Ana', why: 'not checked on a call', channel: 'phone' },
  ],
});
