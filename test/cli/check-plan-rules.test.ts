import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeDate, readLocal } from '../../src/cli/calendar-days.js';
import { checkMessage, planFollowUp, rules } from '../../src/index.js';
import { runCli } from './in-process.js';

const root = join(import.meta.dirname, '..', '..');
mkdirSync(join(root, '.tmp'), { recursive: true });
const scratch = mkdtempSync(join(root, '.tmp', 'cli-messages-'));

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function messageFile(name: string, text: string): string {
  const file = join(scratch, name);
  writeFileSync(file, text);
  return file;
}

const CLEAN =
  'Dear Jordan,\n\nThis is Ana Silva; I interviewed for the Data Analyst role on March 20. Thank you again for meeting me. ' +
  'I am still very interested in the role. What are the next steps? You can reach me at ana@example.com or +44 7700 900123.\n\nBest regards,\nAna Silva';
const DEMANDING = 'Hi Jordan,\nHave you decided whether I got the job? Please answer ASAP!!!\nAna';

describe('check', () => {
  it('prints one stylish line per finding and exits 1 when one is an error', async () => {
    const file = messageFile('demanding.txt', DEMANDING);
    const expected = checkMessage({ text: DEMANDING });
    expect(expected.ok).toBe(false);
    const { code, stdout } = await runCli(['check', file]);
    expect(code).toBe(1);
    const rows = stdout.split('\n').filter((line) => line.startsWith(file));
    expect(rows).toHaveLength(expected.diagnostics.length);
    expected.diagnostics.forEach((d, i) => {
      const where = d.line === undefined ? file : `${file}:${String(d.line)}:${String(d.column)}`;
      expect(rows[i]?.split(/ {2,}/)).toEqual([where, d.severity, d.message, d.ruleId]);
    });
  });

  it('ends with the counts by severity and the length of the message', async () => {
    const expected = checkMessage({ text: DEMANDING });
    const count = (severity: string): number => expected.diagnostics.filter((d) => d.severity === severity).length;
    const { stdout } = await runCli(['check'], { stdin: DEMANDING });
    const summary = stdout.trimEnd().split('\n').at(-1);
    expect(summary).toBe(
      `${String(expected.diagnostics.length)} problems (${String(count('error'))} errors, ${String(count('warning'))} warnings, ${String(count('info'))} info) in <stdin>: ` +
        `${String(expected.stats.words)} words, about ${String(Math.round(expected.stats.estimatedSeconds))} seconds to say`,
    );
  });

  it('exits 0 and says so for a message with no problems', async () => {
    const file = messageFile('clean.txt', CLEAN);
    const { code, stdout } = await runCli(['check', file]);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^No problems in ${file} \\(\\d+ words, about \\d+ seconds to say\\)\\n$`));
  });

  it('exits 0 when the findings are only warnings', async () => {
    const text = CLEAN.replace('What are the next steps?', 'Please reply by Friday.');
    expect(checkMessage({ text }).diagnostics.map((d) => d.severity)).toContain('warning');
    expect(checkMessage({ text }).ok).toBe(true);
    expect((await runCli(['check', '-'], { stdin: text })).code).toBe(0);
  });

  it('turns a rule off or up with --rule', async () => {
    const text = CLEAN.replace('What are the next steps?', 'Please reply by Friday.');
    const off = await runCli(['check', '--rule', 'pushy=off', '--format', 'json'], { stdin: text });
    expect(JSON.parse(off.stdout)).toEqual(checkMessage({ text, rules: { pushy: 'off' } }));
    const up = await runCli(['check', '--rule', 'pushy=error'], { stdin: text });
    expect(up.code).toBe(1);
    const rows = up.stdout.split('\n').map((line) => line.split(/ {2,}/));
    expect(rows.some(([where, severity, , ruleId]) => /^<stdin>:\d+:\d+$/.test(where ?? '') && severity === 'error' && ruleId === 'pushy')).toBe(true);
  });

  it('passes the channel and the context to checkMessage', async () => {
    const argv = [
      'check', '--format', 'json', '--channel', 'phone', '--interview-at', '2026-03-20', '--planned-at', '2026-03-24T12:00:00Z',
      '--time-zone', 'Europe/London', '--recipient', 'general-line', '--previous-call', '2026-03-23T09:05:00Z,spoke', '--intent', 'pursue',
    ];
    const { stdout } = await runCli(argv, { stdin: CLEAN });
    const expected = checkMessage({
      text: CLEAN,
      channel: 'phone',
      context: {
        interviewAt: '2026-03-20',
        plannedAt: '2026-03-24T12:00:00Z',
        timeZone: 'Europe/London',
        recipient: 'general-line',
        previousCalls: [{ at: '2026-03-23T09:05:00Z', outcome: 'spoke' }],
        intent: 'pursue',
      },
    });
    expect(JSON.parse(stdout)).toEqual(expected);
    expect(expected.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['outside-call-hours', 'repeat-call', 'general-line']));
  });

  it('reads the message from "text" in --input when no FILE is given', async () => {
    const input = messageFile('input.json', JSON.stringify({ text: DEMANDING, channel: 'linkedin' }));
    const { code, stdout } = await runCli(['check', '--input', input, '--format', 'json']);
    expect(JSON.parse(stdout)).toEqual(checkMessage({ text: DEMANDING, channel: 'linkedin' }));
    expect(code).toBe(1);
  });

  it('ignores a byte-order mark, so columns match the text as written', async () => {
    const withMark = await runCli(['check', messageFile('bom.txt', `\uFEFF${DEMANDING}`), '--format', 'json']);
    expect(JSON.parse(withMark.stdout)).toEqual(checkMessage({ text: DEMANDING }));
  });

  it('rejects a rule that does not exist as bad input', async () => {
    const { code, stdout, stderr } = await runCli(['check', '--rule', 'sounds-desperate=off'], { stdin: CLEAN });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^interview-followup: rules.*\(--rule\)\n$/);
  });
});

describe('plan', () => {
  const input = {
    interviewAt: '2026-03-20',
    timeZone: 'Europe/London',
    now: '2026-03-23T12:00:00Z',
    candidate: { name: 'Ana Silva', phone: '+44 7700 900123' },
    role: 'Data Analyst',
    contacts: { directPhone: true },
  };
  const flags = ['--interview-at', '2026-03-20', '--time-zone', 'Europe/London', '--now', '2026-03-23T12:00:00Z', '--name', 'Ana Silva', '--phone', '+44 7700 900123', '--role', 'Data Analyst', '--direct-phone', 'yes'];

  it('prints the window, the channel, both scripts and both checks under headings, and exits 0', async () => {
    const plan = planFollowUp(input);
    const { code, stdout } = await runCli(['plan', ...flags]);
    expect(code).toBe(0);
    const plannedAt = readLocal(plan.plannedAt);
    const headings = [
      'When',
      'How',
      'What to say',
      `If that fails: ${plan.fallbackScript?.kind ?? ''}`,
      `Check of the script, for ${describeDate(plannedAt.date)} ${plannedAt.time}`,
      'Check of the fallback',
    ];
    const lines = stdout.split('\n');
    const positions = headings.map((heading) => lines.indexOf(heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(stdout).toContain(plan.script?.text);
    expect(stdout).toContain('Status     too-early');
  });

  it('prints the JSON result of planFollowUp', async () => {
    const { stdout } = await runCli(['plan', ...flags, '--format', 'json']);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(planFollowUp(input))));
  });

  it('passes --planned-at through to the plan and its checks', async () => {
    const { stdout } = await runCli(['plan', ...flags, '--planned-at', '2026-03-30T12:30:00+01:00', '--format', 'json']);
    const expected = planFollowUp({ ...input, plannedAt: '2026-03-30T12:30:00+01:00' });
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(expected.check?.diagnostics.map((d) => d.ruleId)).toContain('outside-call-hours');
  });

  it('passes the channel facts through', async () => {
    const argv = ['plan', ...flags.slice(0, -2), '--comfortable-on-phone', 'no', '--contact-email', 'jordan@example.com', '--format', 'json'];
    const expected = planFollowUp({ ...input, comfortableOnPhone: false, contacts: { email: 'jordan@example.com' } });
    const { stdout } = await runCli(argv);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(expected.channel.primary).toBe('email');
  });
});

describe('rules', () => {
  it('prints the rule metadata as JSON', async () => {
    const { code, stdout } = await runCli(['rules', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(rules)));
  });

  it('lists every rule once with its default severity, text rules before context rules', async () => {
    const { stdout } = await runCli(['rules']);
    const lines = stdout.split('\n');
    const contextHeading = lines.findIndex((line) => line.startsWith('Context rules'));
    for (const rule of rules) {
      const row = lines.findIndex((line) => line.trimStart().startsWith(`${rule.id} `));
      expect(row).toBeGreaterThan(0);
      expect(lines[row]?.trim().split(/ {2,}/).slice(0, 2)).toEqual([rule.id, rule.severity]);
      expect(lines[row]).toContain(rule.description);
      expect(row > contextHeading).toBe(rule.needs === 'context');
    }
  });

  it('takes no input flags', async () => {
    const { code, stderr } = await runCli(['rules', '--input', 'x.json']);
    expect(code).toBe(2);
    expect(stderr).toBe('interview-followup: --input does not apply to the rules command (see interview-followup rules --help)\n');
  });
});
