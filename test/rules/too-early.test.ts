import { ruleTable } from './rule-table.js';

// Interview on Friday 20 March 2026 in London: the employer window opens on Friday 27 March at
// 09:00 (GMT) and closes on Friday 3 April at 17:00 (BST); through an agency it opens on Monday 23 March.
const text = 'Hi Jordan, this is Ana Silva calling about the Data Analyst role. Thank you; I am still very interested.';
const london = { interviewAt: '2026-03-20', timeZone: 'Europe/London' } as const;

ruleTable('too-early', {
  fires: [
    { text, excerpt: null, channel: 'phone', context: { ...london, plannedAt: '2026-03-23T09:30:00Z' } },
    { text, excerpt: null, channel: 'phone', context: { ...london, plannedAt: '2026-03-27T08:59:00Z' } },
    { text, excerpt: null, channel: 'email', context: { ...london, plannedAt: '2026-03-21T10:00:00Z' } },
    {
      text,
      excerpt: null,
      channel: 'phone',
      context: { ...london, plannedAt: '2026-03-30T09:30:00+01:00', instruction: { type: 'not-before', date: '2026-04-01' } },
    },
  ],
  passes: [
    { text, why: 'the window has opened', channel: 'phone', context: { ...london, plannedAt: '2026-03-27T09:00:00Z' } },
    { text, why: 'an agency window opens sooner', channel: 'phone', context: { ...london, via: 'agency', plannedAt: '2026-03-23T09:30:00Z' } },
    { text, why: 'no interview date: skipped', channel: 'phone', context: { plannedAt: '2026-03-21T10:00:00Z', timeZone: 'Europe/London' } },
    { text, why: 'no planned time: skipped', channel: 'phone', context: london },
  ],
});
