import { ruleTable } from './rule-table.js';

const text = 'Hi Jordan, Ana Silva here. Thank you for the Data Analyst interview; I am still very interested.';

ruleTable('linkedin-without-prior-contact', {
  fires: [{ text, excerpt: null, channel: 'linkedin', context: { priorPlatformContact: false } }],
  passes: [
    { text, why: 'earlier work messages on LinkedIn', channel: 'linkedin', context: { priorPlatformContact: true } },
    { text, why: 'unknown: skipped', channel: 'linkedin' },
    { text, why: 'not a LinkedIn message', channel: 'email', context: { priorPlatformContact: false } },
  ],
});
