import { ruleTable } from './rule-table.js';

const text = 'Hi Jordan, this is Ana Silva calling about the Data Analyst role. Thank you; I am still very interested.';
const london = { interviewAt: '2026-03-20', timeZone: 'Europe/London' } as const;

ruleTable('too-late', {
  fires: [
    { text, excerpt: null, channel: 'phone', context: { ...london, plannedAt: '2026-04-03T17:30:00+01:00' } },
    { text, excerpt: null, channel: 'email', context: { ...london, plannedAt: '2026-04-15T09:30:00+01:00' } },
    { text, excerpt: null, channel: 'phone', context: { ...london, via: 'agency', plannedAt: '2026-03-30T09:30:00+01:00' } },
  ],
  passes: [
    { text, why: 'the last slot of the window', channel: 'phone', context: { ...london, plannedAt: '2026-04-03T16:30:00+01:00' } },
    { text, why: 'inside the window', channel: 'phone', context: { ...london, plannedAt: '2026-03-30T09:30:00+01:00' } },
    {
      text,
      why: 'the employer asked for a later call-back date',
      channel: 'phone',
      context: { ...london, plannedAt: '2026-04-20T09:30:00+01:00', instruction: { type: 'call-on', date: '2026-04-20' } },
    },
    { text, why: 'no planned time: skipped', channel: 'phone', context: london },
  ],
});
