import { parentPort } from 'node:worker_threads';
import * as zodClassic from 'zod';
import * as api from '../../src/index.js';

// Runs in a worker of its own (see known-bugs.ts), because it changes global state as a careless
// host app might: it scribbles on the library's exported constants, and it loads zod classic,
// which sets zod's global English locale. Posts what reached the library's results.

/** What the probes found. */
export interface ProbeFindings {
  /** The exported constants whose change reached the results of later calls. */
  readonly leaks: readonly string[];
  /** The message for a bad `via` once the host app has built a zod classic schema. */
  readonly messageWithZodClassic: string;
}

const windowOf = () => JSON.stringify(api.nextCallWindow({ interviewAt: '2026-03-20', now: '2026-03-23T12:00:00Z' }));
const scriptOf = () =>
  JSON.stringify(api.renderScript({ kind: 'email', candidate: { name: 'Ana Silva' }, role: 'Data Analyst', interviewedOn: '2026-03-20' }));
const checkOf = () => JSON.stringify(api.checkMessage({ text: 'Why is this taking so long?' }));

const leaks: string[] = [];
function scribble(name: string, result: () => string, change: () => void): void {
  const before = result();
  try {
    change();
  } catch {
    return; // frozen: the change did not happen
  }
  if (result() !== before) leaks.push(name);
}

scribble('DEFAULT_WORK_DAYS', windowOf, () => (api.DEFAULT_WORK_DAYS as number[]).push(6, 7));
scribble('DEFAULT_POLICY', windowOf, () => Object.assign(api.DEFAULT_POLICY, { earliestDays: 0, latestDays: 1 }));
scribble('DEFAULT_WORKING_HOURS', windowOf, () => Object.assign(api.DEFAULT_WORKING_HOURS, { start: '06:00' }));
scribble('SCRIPT_WORD_BUDGETS', scriptOf, () => Object.assign(api.SCRIPT_WORD_BUDGETS, { email: 5 }));
scribble('rules[].channels', checkOf, () => {
  for (const rule of api.rules) (rule.channels as string[]).splice(0);
});
scribble('CHANNELS', scriptOf, () => (api.CHANNELS as unknown as string[]).splice(0));
scribble('rules', () => JSON.stringify(api.rules), () => (api.rules as unknown as unknown[]).splice(0));
scribble('rules[].examples', () => JSON.stringify(api.rules), () => {
  for (const rule of api.rules) Object.assign(rule.examples.bad, { text: '' });
});
scribble('jsonSchemas', () => JSON.stringify(api.jsonSchemas.callWindowInput), () =>
  Object.defineProperty(api.jsonSchemas, 'callWindowInput', { value: {} }),
);
scribble('CALL_WINDOW_REASON_CODES', () => JSON.stringify(api.CALL_WINDOW_REASON_CODES), () =>
  Object.assign(api.CALL_WINDOW_REASON_CODES, { 'now-in-slot': 'changed' }),
);

zodClassic.string().parse('any schema built with zod classic sets the locale');
let messageWithZodClassic = '(no error)';
try {
  api.nextCallWindow({ interviewAt: '2026-03-20', via: 'friend' as 'agency' });
} catch (error) {
  messageWithZodClassic = error instanceof Error ? error.message : String(error);
}

const findings: ProbeFindings = { leaks, messageWithZodClassic };
parentPort?.postMessage(findings);
