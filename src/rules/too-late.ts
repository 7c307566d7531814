import { ALL_CHANNELS, defineRule } from '../check/rule.js';
import { instantMsOf } from '../internal/calendar-date.js';

/** The rule `too-late`. */
export const rule = defineRule({
  id: 'too-late',
  severity: 'warning',
  description: 'The follow-up is planned after the follow-up window has closed.',
  rationale:
    'Waiting too long is a mistake too: by then the decision may be made, and the silence reads as a lack of interest.',
  channels: ALL_CHANNELS,
  needs: 'context',
  scope: 'message',
  examples: {
    bad: {
      channel: 'phone',
      text: 'Hi Jordan, this is Ana Silva calling about the Data Analyst role. Thank you for the interview; I am still very interested.',
      context: { interviewAt: '2026-03-20', plannedAt: '2026-04-15T09:30:00+01:00', timeZone: 'Europe/London' },
    },
    good: {
      channel: 'phone',
      text: 'Hi Jordan, this is Ana Silva calling about the Data Analyst role. Thank you for the interview; I am still very interested.',
      context: { interviewAt: '2026-03-20', plannedAt: '2026-03-30T08:30:00Z', timeZone: 'Europe/London' },
    },
  },
  check({ callWindow, context }) {
    const window = callWindow();
    if (window?.closesAt == null || context?.plannedAt === undefined) return [];
    if (instantMsOf(context.plannedAt) <= instantMsOf(window.closesAt)) return [];
    return [
      {
        message: `This is planned after the follow-up window closed at ${window.closesAt}.`,
        suggestion: 'Follow up as soon as you can, in writing if a call would now seem out of the blue, and keep it short.',
      },
    ];
  },
});
