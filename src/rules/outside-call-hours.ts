import { plannedCallTime } from '../check/call-timing.js';
import { defineRule } from '../check/rule.js';

/** The rule `outside-call-hours`. */
export const rule = defineRule({
  id: 'outside-call-hours',
  severity: 'warning',
  description: "A planned call is not at the start or the end of the interviewer's working day, or not on a working day.",
  rationale:
    'At the start or the end of the working day the interviewer is least likely to be busy, and on a day off the call intrudes.',
  channels: ['phone', 'voicemail'],
  needs: 'context',
  scope: 'message',
  examples: {
    bad: {
      channel: 'phone',
      text: 'Hi Jordan, this is Ana Silva calling about the Data Analyst role. Thank you for the interview; I am still very interested.',
      context: { plannedAt: '2026-03-30T12:30:00+01:00', timeZone: 'Europe/London' },
    },
    good: {
      channel: 'phone',
      text: 'Hi Jordan, this is Ana Silva calling about the Data Analyst role. Thank you for the interview; I am still very interested.',
      context: { plannedAt: '2026-03-30T09:15:00+01:00', timeZone: 'Europe/London' },
    },
  },
  check({ context }) {
    const planned = plannedCallTime(context);
    if (planned === undefined) return [];
    if (planned.workingDay && planned.part !== null) return [];
    const why = planned.holiday
      ? `${planned.localDate} is a holiday for the interviewer`
      : planned.workingDay
        ? 'the planned time is in the middle of the working day'
        : `${planned.localDate} is not a working day for the interviewer`;
    return [
      {
        message: `This call is planned outside the best call hours: ${why}.`,
        suggestion: "Call in the first or the last hour of a working day, in the interviewer's time zone.",
      },
    ];
  },
});
