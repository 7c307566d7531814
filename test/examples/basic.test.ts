import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm run example` is the README's first step; it must run on a fresh clone and print a plan a
// candidate can read. The sample is a Friday 20 March 2026 interview with a London team, seen
// on Thursday 26 March.
const root = join(import.meta.dirname, '..', '..');

describe('npm run example', () => {
  const result = spawnSync('npm', ['run', '--silent', 'example'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  const lines = result.stdout.split('\n');

  it('runs without errors', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('says it is too early and when the window is, in London time', () => {
    expect(lines[0]).toBe('When: too-early');
    // Seven days after the interview is Friday 27 March; fourteen is Friday 3 April, after the clocks went forward.
    expect(lines[1]).toBe('  call between 2026-03-27 09:00 and 2026-04-03 17:00 (Europe/London)');
    expect(lines[2]).toBe('  next slot: 2026-03-27 09:00 to 10:00');
  });

  it('recommends calling the direct line, with a voicemail to fall back on', () => {
    expect(lines).toContain('How: phone, then voicemail');
  });

  it('prints the phone script with the interview facts and the voicemail', () => {
    const start = lines.findIndex((line) => line.startsWith('What to say (phone, '));
    expect(start).toBeGreaterThan(0);
    const script = lines.slice(start).join('\n');
    for (const fact of ['Ana Silva', 'Data Analyst', 'Jordan']) expect(script).toContain(fact);
    expect(lines).toContain('If that fails (voicemail):');
  });

  it('ends with the check of the script', () => {
    expect(lines.some((line) => line === 'Check: no errors.' || line === 'Check: fix these first.')).toBe(true);
  });
});
