import { describe, expect, it } from 'vitest';
import { nextCallWindow, renderScript } from '../../src/index.js';
import { runCli } from './in-process.js';

const LONDON = ['--interview-at', '2026-03-20', '--time-zone', 'Europe/London'];

describe('window', () => {
  it('prints the status, the window, the next slot and the slot times', async () => {
    const { code, stdout, stderr } = await runCli(['window', ...LONDON, '--now', '2026-03-23T12:00:00Z']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    // Seven to fourteen days after Friday 20 March; clocks go forward on 29 March in London.
    expect(stdout.split('\n').slice(0, 4)).toEqual([
      'Status     too-early',
      'Window     Fri 27 Mar 2026 09:00 to Fri 3 Apr 2026 17:00 (Europe/London)',
      'Next slot  Fri 27 Mar 2026 09:00-10:00, start of the working day',
      'Slots      09:00-10:00 and 16:00-17:00 on 6 working days',
    ]);
  });

  it('draws two weeks from the first slot, with the slot days, the next slot and today marked', async () => {
    const { stdout } = await runCli(['window', ...LONDON, '--now', '2026-03-23T12:00:00Z']);
    const lines = stdout.split('\n');
    const grid = lines.indexOf(' Mon   Tue   Wed   Thu   Fri   Sat   Sun');
    expect(lines[grid - 1]).toBe('23 Mar 2026 - 5 Apr 2026');
    expect(lines[grid + 1]).toBe('(23)   24    25    26   [27]*  28    29');
    expect(lines[grid + 2]).toBe('[30]  [31]  [ 1]  [ 2]  [ 3]    4     5');
  });

  it('marks "today" in the interviewer\'s zone, not the host\'s', async () => {
    // 23:30 UTC on Sunday 29 March is already Monday 30 March in Tokyo.
    const { stdout } = await runCli(['window', '--interview-at', '2026-03-20', '--time-zone', 'Asia/Tokyo', '--now', '2026-03-29T23:30:00Z']);
    expect(stdout).toMatch(/^\[30\]\*/m);
    expect(stdout).not.toMatch(/\(29\)/);
  });

  it('reads --now in every spelling the library accepts, such as a comma before the fraction', async () => {
    const { code, stdout, stderr } = await runCli(['window', ...LONDON, '--now', '2026-03-23 12:00:00,5z', '--format', 'text']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\(23\) {3}24/m);
  });

  it('draws the calendar of a year below 100 in that year', async () => {
    const { stdout } = await runCli(['window', '--interview-at', '0050-03-02', '--now', '0050-03-05 10:00Z']);
    expect(stdout.split('\n').slice(0, 2)).toEqual(['Status     too-early', 'Window     Wed 9 Mar 50 09:00 to Wed 16 Mar 50 17:00 (UTC)']);
    expect(stdout).toContain('7 Mar 50 - 20 Mar 50');
  });

  it('lists the reasons with their codes', async () => {
    const input = { interviewAt: '2026-03-20', timeZone: 'Europe/London', now: '2026-03-23T12:00:00Z' };
    const { stdout } = await runCli(['window', ...LONDON, '--now', input.now]);
    const why = stdout.split('\n').slice(stdout.split('\n').indexOf('Why') + 1).filter((line) => line !== '');
    expect(why).toEqual(nextCallWindow(input).reasons.map((reason) => `  - ${reason.message} (${reason.code})`));
  });

  it('says when no call should be made and draws no calendar', async () => {
    const { code, stdout } = await runCli(['window', ...LONDON, '--no-calls', '--now', '2026-03-23T12:00:00Z']);
    expect(code).toBe(0);
    expect(stdout).toContain('Status     do-not-call\nWindow     none: no call should be made\nNext slot  none\n');
    expect(stdout).not.toContain(' Mon   Tue');
  });

  it('counts the slot days beyond the two weeks shown', async () => {
    const { stdout } = await runCli(['window', ...LONDON, '--latest-days', '30', '--now', '2026-03-23T12:00:00Z']);
    const window = nextCallWindow({ interviewAt: '2026-03-20', timeZone: 'Europe/London', now: '2026-03-23T12:00:00Z', policy: { latestDays: 30 } });
    const later = new Set(window.slots.map((slot) => slot.start.slice(0, 10)).filter((day) => day > '2026-04-05')).size;
    expect(stdout).toContain(`and ${String(later)} more days with slots after Sun 5 Apr 2026`);
  });

  it('prints the JSON result of nextCallWindow with every flag passed through', async () => {
    const argv = [
      'window', ...LONDON, '--now', '2026-03-30T12:00:00Z', '--via', 'agency', '--working-hours', '08:00-16:00',
      '--work-days', '1,2,3,4', '--holidays', '2026-03-26', '--previous-call', '2026-03-24T08:10:00Z,no-answer',
      '--agency-latest-days', '10', '--slot-minutes', '30', '--format', 'json',
    ];
    const { code, stdout } = await runCli(argv);
    expect(code).toBe(0);
    const expected = nextCallWindow({
      interviewAt: '2026-03-20',
      timeZone: 'Europe/London',
      now: '2026-03-30T12:00:00Z',
      via: 'agency',
      workingHours: { start: '08:00', end: '16:00' },
      workDays: [1, 2, 3, 4],
      holidays: ['2026-03-26'],
      previousCalls: [{ at: '2026-03-24T08:10:00Z', outcome: 'no-answer' }],
      policy: { agencyLatestDays: 10, slotMinutes: 30 },
    });
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('reads the input from --input JSON, with flags on top', async () => {
    const stdin = JSON.stringify({ interviewAt: '2026-03-20', timeZone: 'Europe/London', instruction: { type: 'not-before', date: '2026-03-31' } });
    const { code, stdout } = await runCli(['window', '--input', '-', '--now', '2026-03-23T12:00:00Z', '--format', 'json'], { stdin });
    expect(code).toBe(0);
    const expected = nextCallWindow({ interviewAt: '2026-03-20', timeZone: 'Europe/London', now: '2026-03-23T12:00:00Z', instruction: { type: 'not-before', date: '2026-03-31' } });
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('colours the status only when asked to', async () => {
    const argv = ['window', ...LONDON, '--now', '2026-03-23T12:00:00Z'];
    expect((await runCli(argv, { colour: true })).stdout).toContain('\u001b[33mtoo-early\u001b[39m');
    expect((await runCli(argv, { colour: false })).stdout).not.toContain('\u001b[');
    expect((await runCli([...argv, '--format', 'json'], { colour: true })).stdout).not.toContain('\u001b[');
  });
});

describe('script', () => {
  const facts = { candidate: { name: 'Ana Silva', phone: '+44 7700 900123' }, role: 'Data Analyst', interviewedOn: '2026-03-20', company: 'Northwind Analytics' };
  const flags = ['--name', 'Ana Silva', '--phone', '+44 7700 900123', '--role', 'Data Analyst', '--interview-at', '2026-03-20', '--company', 'Northwind Analytics'];

  it('prints a phone script with its length, its text and each branch indented under when it applies', async () => {
    const script = renderScript({ kind: 'phone', ...facts });
    const { code, stdout } = await runCli(['script', '--kind', 'phone', ...flags]);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(`Phone script (en-US) ${String(script.wordCount)} words, about ${String(Math.round(script.estimatedSeconds))} seconds to say`);
    expect(stdout).toContain(`\n\n${script.text}\n`);
    expect(script.branches?.length).toBeGreaterThan(0);
    for (const branch of script.branches ?? []) {
      expect(stdout).toContain(`\n  ${branch.when.replace(/[.!?]$/, '')}:\n    `);
      const indented = stdout.split('\n').filter((line) => line.startsWith('    ')).join(' ');
      expect(indented.replace(/\s+/g, ' ')).toContain(branch.text.replace(/\s+/g, ' ').split(' ').slice(0, 6).join(' '));
    }
  });

  it('prints the subject of an email', async () => {
    const script = renderScript({ kind: 'email', ...facts });
    const { stdout } = await runCli(['script', '--kind', 'email', ...flags]);
    expect(script.subject).toBeDefined();
    expect(stdout).toContain(`\nSubject: ${script.subject ?? ''}\n`);
  });

  it('lists the gaps left to fill', async () => {
    const script = renderScript({ kind: 'voicemail', candidate: { name: 'Ana Silva' }, role: 'Data Analyst', interviewedOn: '2026-03-20' });
    const { stdout } = await runCli(['script', '--kind', 'voicemail', '--name', 'Ana Silva', '--role', 'Data Analyst', '--interview-at', '2026-03-20']);
    expect(script.placeholders.length).toBeGreaterThan(0);
    expect(stdout).toContain(`Fill in before use: ${script.placeholders.join(', ')}\n`);
  });

  it('prints the JSON result of renderScript', async () => {
    const argv = ['script', '--kind', 'linkedin', ...flags, '--locale', 'en-GB', '--variant', '1', '--interviewer-name', 'Jordan Lee', '--topic', 'the data platform', '--format', 'json'];
    const { code, stdout } = await runCli(argv);
    expect(code).toBe(0);
    const expected = renderScript({ kind: 'linkedin', ...facts, locale: 'en-GB', variant: 1, interviewer: { name: 'Jordan Lee' }, topic: 'the data platform' });
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
  });
});
