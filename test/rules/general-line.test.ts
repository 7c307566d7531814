import { ruleTable } from './rule-table.js';

const text = 'Hi, this is Ana Silva calling about the Data Analyst role. Thank you; I am still very interested.';

ruleTable('general-line', {
  fires: [
    { text, excerpt: null, channel: 'phone', context: { recipient: 'general-line' } },
    { text, excerpt: null, channel: 'voicemail', context: { recipient: 'general-line' } },
  ],
  passes: [
    { text, why: 'a direct line', channel: 'phone', context: { recipient: 'direct' } },
    { text, why: 'recipient unknown: skipped', channel: 'phone' },
    { text, why: 'an email has no phone line', channel: 'email', context: { recipient: 'general-line' } },
  ],
});
