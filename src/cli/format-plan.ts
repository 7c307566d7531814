import type { FollowUpPlan } from '../index.js';
import { describeDate, readLocal } from './calendar-days.js';
import { formatChannel } from './format-channel.js';
import { formatCheck } from './format-check.js';
import { formatScript } from './format-script.js';
import { formatWindow, type WindowView } from './format-window.js';

// A title over a rule of "=", so the parts stand apart without colour too.
function heading(title: string, view: WindowView): string {
  return `${view.paint.bold(title)}\n${view.paint.dim('='.repeat(title.length))}`;
}

/**
 * A whole plan as text: when to call, which channel, the script, the fallback script and the
 * checks of both, each under a heading.
 *
 * @example
 * ```ts
 * formatPlan(planFollowUp({ interviewAt: '2026-03-20', now: '2026-03-23T12:00:00Z', candidate: { name: 'Ana Silva' }, role: 'Data Analyst' }),
 *   { timeZone: 'UTC', today: '2026-03-23', paint: paint(false) }).split('\n')[0];
 * //=> 'When'
 * ```
 */
export function formatPlan(plan: FollowUpPlan, view: WindowView): string {
  const parts = [heading('When', view), formatWindow(plan.window, view), heading('How', view), formatChannel(plan.channel, view.paint)];
  if (plan.script !== null) parts.push(heading('What to say', view), formatScript(plan.script, view.paint));
  if (plan.fallbackScript !== null) {
    parts.push(heading(`If that fails: ${plan.fallbackScript.kind}`, view), formatScript(plan.fallbackScript, view.paint));
  }
  const local = readLocal(plan.plannedAt);
  const when = `${describeDate(local.date)} ${local.time}`;
  if (plan.check !== null) {
    parts.push(heading(`Check of the script, for ${when}`, view), formatCheck(plan.check, 'script', view.paint));
  }
  if (plan.fallbackCheck !== null) {
    parts.push(heading('Check of the fallback', view), formatCheck(plan.fallbackCheck, 'fallback', view.paint));
  }
  return parts.join('\n');
}
