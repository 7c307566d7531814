import { ruleTable } from './rule-table.js';

// Monday 30 March 2026 is a working day in London (BST, UTC+1); Saturday 28 March is not.
const text = 'Hi Jordan, this is Ana Silva calling about the Data Analyst role. Thank you; I am still very interested.';

ruleTable('outside-call-hours', {
  fires: [
    { text, excerpt: null, channel: 'phone', context: { plannedAt: '2026-03-30T12:30:00+01:00', timeZone: 'Europe/London' } },
    { text, excerpt: null, channel: 'phone', context: { plannedAt: '2026-03-28T09:30:00Z', timeZone: 'Europe/London' } },
    { text, excerpt: null, channel: 'voicemail', context: { plannedAt: '2026-03-30T08:15:00Z', timeZone: 'America/New_York' } },
    {
      text,
      excerpt: null,
      channel: 'phone',
      context: { plannedAt: '2026-04-03T09:30:00+01:00', timeZone: 'Europe/London', holidays: ['2026-04-03'] },
    },
    {
      text,
      excerpt: null,
      channel: 'phone',
      context: { plannedAt: '2026-03-30T09:30:00+01:00', timeZone: 'Europe/London', workingHours: { start: '08:00', end: '16:00' } },
    },
  ],
  passes: [
    { text, why: 'the first hour of the day', channel: 'phone', context: { plannedAt: '2026-03-30T09:15:00+01:00', timeZone: 'Europe/London' } },
    { text, why: 'the last hour of the day', channel: 'phone', context: { plannedAt: '2026-03-30T16:30:00+01:00', timeZone: 'Europe/London' } },
    { text, why: 'the same instant is 09:15 in London', channel: 'phone', context: { plannedAt: '2026-03-30T08:15:00Z', timeZone: 'Europe/London' } },
    {
      text,
      why: 'Sunday in a Sunday-Thursday week',
      channel: 'phone',
      context: { plannedAt: '2026-03-29T09:30:00+03:00', timeZone: 'Asia/Riyadh', workDays: [7, 1, 2, 3, 4] },
    },
    { text, why: 'an email is not a call', channel: 'email', context: { plannedAt: '2026-03-30T12:30:00+01:00', timeZone: 'Europe/London' } },
    { text, why: 'no planned time: skipped', channel: 'phone', context: { timeZone: 'Europe/London' } },
  ],
});
