import { ruleTable } from './rule-table.js';

const text = 'Hi Jordan, this is Ana Silva calling about the Data Analyst role. Thank you; I am still very interested.';
const london = { interviewAt: '2026-03-20', timeZone: 'Europe/London', plannedAt: '2026-04-01T09:30:00+01:00' } as const;

ruleTable('repeat-call', {
  fires: [
    { text, excerpt: null, channel: 'phone', context: { previousCalls: [{ at: '2026-03-30T09:10:00+01:00', outcome: 'spoke' }] } },
    { text, excerpt: null, channel: 'voicemail', context: { previousCalls: [{ at: '2026-03-30T09:10:00+01:00', outcome: 'voicemail' }] } },
    {
      text,
      excerpt: null,
      channel: 'phone',
      context: {
        ...london,
        plannedAt: '2026-04-02T09:30:00+01:00',
        instruction: { type: 'call-on', date: '2026-04-01' },
        previousCalls: [{ at: '2026-04-01T09:10:00+01:00', outcome: 'spoke' }],
      },
    },
    {
      text,
      excerpt: null,
      channel: 'phone',
      context: { instruction: { type: 'no-calls' }, previousCalls: [{ at: '2026-03-30T09:10:00+01:00', outcome: 'spoke' }] },
    },
  ],
  passes: [
    { text, why: 'nobody answered and no message was left', channel: 'phone', context: { previousCalls: [{ at: '2026-03-30T09:10:00+01:00', outcome: 'no-answer' }] } },
    {
      text,
      why: 'the employer asked for a call back',
      channel: 'phone',
      context: {
        ...london,
        instruction: { type: 'call-on', date: '2026-04-01' },
        previousCalls: [{ at: '2026-03-27T09:10:00Z', outcome: 'spoke' }],
      },
    },
    { text, why: 'no earlier calls', channel: 'phone', context: { previousCalls: [] } },
    { text, why: 'a written follow-up after a call', channel: 'email', context: { previousCalls: [{ at: '2026-03-30T09:10:00+01:00', outcome: 'spoke' }] } },
  ],
});
