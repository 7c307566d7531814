// The README's main job: plan the follow-up after an interview and print it for the candidate.
// Run it with `npm run example`. In your own code, import from 'interview-followup'.
import { planFollowUp, type CallSlot } from '../src/index.js';

const plan = planFollowUp({
  // A Friday afternoon interview with a London team.
  interviewAt: '2026-03-20T14:00:00+00:00',
  timeZone: 'Europe/London',
  // Fixed so that the example prints the same plan every day; leave it out to use the clock.
  now: '2026-03-26T18:00:00Z',
  candidate: { name: 'Ana Silva', phone: '+44 7700 900123', email: 'ana.silva@example.com' },
  role: 'Data Analyst',
  company: 'Northwind Analytics',
  interviewer: { name: 'Jordan Lee', title: 'Head of Data' },
  topic: 'how the team moved its reporting onto one shared data model',
  contacts: { directPhone: '+44 20 7946 0001', email: 'jordan.lee@example.com' },
});

// Slots come in the interviewer's own offset, so the wall-clock time is in the string itself.
const wallClock = (iso: string): string => iso.slice(0, 16).replace('T', ' ');
const describeSlot = (slot: CallSlot): string => `${wallClock(slot.start)} to ${slot.end.slice(11, 16)}`;

const { window, channel, script, fallbackScript, check } = plan;
const out: string[] = [];

out.push(`When: ${window.status}`);
if (window.opensAt !== null && window.closesAt !== null) {
  out.push(`  call between ${wallClock(window.opensAt)} and ${wallClock(window.closesAt)} (Europe/London)`);
}
if (window.nextSlot !== null) out.push(`  next slot: ${describeSlot(window.nextSlot)}`);
for (const reason of window.reasons) out.push(`  - ${reason.message}`);

out.push('', `How: ${channel.primary ?? 'no suitable channel'}${channel.fallback === null ? '' : `, then ${channel.fallback}`}`);
for (const reason of channel.ranked[0]?.reasons ?? []) out.push(`  - ${reason.message}`);

if (script !== null) {
  out.push('', `What to say (${script.kind}, ${String(script.wordCount)} words, about ${String(Math.round(script.estimatedSeconds))} s):`);
  out.push(script.text);
  for (const branch of script.branches ?? []) out.push('', `  ${branch.when}`, `    ${branch.text.replaceAll('\n', '\n    ')}`);
}
if (fallbackScript !== null) {
  out.push('', `If that fails (${fallbackScript.kind}):`, fallbackScript.text);
}
if (check !== null) {
  out.push('', check.ok ? 'Check: no errors.' : 'Check: fix these first.');
  for (const diagnostic of check.diagnostics) {
    out.push(`  ${diagnostic.severity} ${diagnostic.ruleId}: ${diagnostic.message}`);
  }
}

console.log(out.join('\n'));
