import { defineRule } from '../check/rule.js';

/** The rule `repeat-call`. */
export const rule = defineRule({
  id: 'repeat-call',
  severity: 'error',
  description: 'The candidate already called (spoke or left a voicemail) and was not asked to call back.',
  rationale:
    'Call once: an answered call or a voicemail counts as the follow-up, and a second call turns interest into pressure. Only a request to call back on a date allows another.',
  channels: ['phone', 'voicemail'],
  needs: 'context',
  scope: 'message',
  examples: {
    bad: {
      channel: 'phone',
      text: 'Hi Jordan, this is Ana Silva calling again about the Data Analyst role. Thank you; I am still very interested.',
      context: { previousCalls: [{ at: '2026-03-30T09:10:00+01:00', outcome: 'voicemail' }] },
    },
    good: {
      channel: 'phone',
      text: 'Hi Jordan, this is Ana Silva calling about the Data Analyst role. Thank you; I am still very interested.',
      context: { previousCalls: [{ at: '2026-03-30T09:10:00+01:00', outcome: 'no-answer' }] },
    },
  },
  check({ context, callWindow }) {
    const counted = (context?.previousCalls ?? []).filter((call) => call.outcome !== 'no-answer');
    if (counted.length === 0) return [];
    // A call-back request allows one more call, unless that call was already made; only the
    // call window knows the interviewer's calendar well enough to tell.
    if (context?.instruction?.type === 'call-on' && callWindow()?.status !== 'already-called') return [];
    return [
      {
        message: 'You already called and spoke to them or left a voicemail; a second call is a mistake.',
        suggestion: 'Do not call again unless they ask you to; if you need to add something, send a short email.',
      },
    ];
  },
});
