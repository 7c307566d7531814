import { ALL_CHANNELS, defineRule } from '../check/rule.js';
import { instantMsOf } from '../internal/calendar-date.js';

/** The rule `too-early`. */
export const rule = defineRule({
  id: 'too-early',
  severity: 'warning',
  description: 'The follow-up is planned before the follow-up window opens.',
  rationale:
    'Following up right after the interview looks over-eager: the employer needs time to finish the other interviews and decide who fits.',
  channels: ALL_CHANNELS,
  needs: 'context',
  scope: 'message',
  examples: {
    bad: {
      channel: 'phone',
      text: 'Hi Jordan, this is Ana Silva calling about the Data Analyst role. Thank you for the interview; I am still very interested.',
      context: { interviewAt: '2026-03-20', plannedAt: '2026-03-23T09:30:00Z', timeZone: 'Europe/London' },
    },
    good: {
      channel: 'phone',
      text: 'Hi Jordan, this is Ana Silva calling about the Data Analyst role. Thank you for the interview; I am still very interested.',
      context: { interviewAt: '2026-03-20', plannedAt: '2026-03-30T08:30:00Z', timeZone: 'Europe/London' },
    },
  },
  check({ callWindow, context }) {
    const window = callWindow();
    if (window?.opensAt == null || context?.plannedAt === undefined) return [];
    if (instantMsOf(context.plannedAt) >= instantMsOf(window.opensAt)) return [];
    return [
      {
        message: `This is planned before the follow-up window opens at ${window.opensAt}.`,
        suggestion: `Wait until ${window.nextSlot?.start ?? window.opensAt}, the start of the window.`,
      },
    ];
  },
});
