import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMessage, nextCallWindow } from '../../src/index.js';

// Spawns the built binary, as a user's shell would. The binary is copied first: the package
// smoke test rebuilds dist/ while other test files run, and a copy cannot vanish mid-test.

const root = join(import.meta.dirname, '..', '..');
const built = join(root, 'dist', 'cli.js');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
let bin = '';
mkdirSync(join(root, '.tmp'), { recursive: true });
const scratch = mkdtempSync(join(root, '.tmp', 'cli-bin-'));

interface Spawned {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function spawnCli(args: readonly string[], options: { stdin?: string; env?: Record<string, string> } = {}): Spawned {
  const result = spawnSync(process.execPath, [bin, ...args], {
    input: options.stdin ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
    timeout: 20_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Runs the binary on a pseudo-terminal (util-linux `script`), where colour is allowed.
function spawnOnTerminal(args: readonly string[], env: Record<string, string>): string {
  const command = [process.execPath, bin, ...args].map((word) => `'${word.replaceAll("'", "'\\''")}'`).join(' ');
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 20_000 });
  return result.stdout;
}

async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

beforeAll(async () => {
  mkdirSync(join(scratch, 'dist'));
  copyFileSync(join(root, 'package.json'), join(scratch, 'package.json'));
  bin = join(scratch, 'dist', 'cli.js');
  for (let attempt = 0; attempt < 100; attempt++) {
    if (existsSync(built)) {
      copyFileSync(built, bin);
      if (spawnCli(['--version']).code === 0) return;
    }
    await sleep(1000);
  }
  throw new Error('dist/cli.js is missing or broken: run `npm run build` first');
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('the interview-followup binary', () => {
  it("prints the package's version", () => {
    expect(spawnCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('prints help and exits 0', () => {
    const { code, stdout } = spawnCli(['--help']);
    expect(code).toBe(0);
    expect(stdout.startsWith('Usage: interview-followup <command> [options]\n')).toBe(true);
  });

  it('reports bad usage as one line on stderr, without a stack trace, and exits 2', () => {
    const { code, stdout, stderr } = spawnCli(['windw']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('interview-followup: unknown command "windw": use one of window, script, check, plan, rules\n');
  });

  it('reports bad input as one line naming the field and the flag, and exits 2', () => {
    const { code, stdout, stderr } = spawnCli(['window', '--interview-at', '2026-03-20', '--time-zone', 'Mars/Olympus']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^interview-followup: timeZone must be an IANA time zone[^\n]*\(--time-zone\)\n$/);
  });

  it('prints the JSON result of nextCallWindow with --format json', () => {
    const args = ['window', '--interview-at', '2026-03-20', '--time-zone', 'Europe/London', '--now', '2026-03-26T18:00:00Z', '--format', 'json'];
    const { code, stdout } = spawnCli(args);
    expect(code).toBe(0);
    const expected = nextCallWindow({ interviewAt: '2026-03-20', timeZone: 'Europe/London', now: '2026-03-26T18:00:00Z' });
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('checks a message read from standard input and exits by whether it found an error', () => {
    const text = 'Hi Jordan,\nHave you decided whether I got the job? Please answer ASAP!!!\nAna';
    const expected = checkMessage({ text });
    const { code, stdout, stderr } = spawnCli(['check', '-'], { stdin: text });
    expect(stderr).toBe('');
    expect(code).toBe(expected.ok ? 0 : 1);
    const rows = stdout.split('\n').filter((line) => line.startsWith('<stdin>'));
    expect(rows.map((row) => row.split(/ {2,}/))).toEqual(
      expected.diagnostics.map((d) => [d.line === undefined ? '<stdin>' : `<stdin>:${String(d.line)}:${String(d.column)}`, d.severity, d.message, d.ruleId]),
    );
  });

  it('checks a message file and names the file in each line', () => {
    const file = join(scratch, 'follow-up.txt');
    writeFileSync(file, 'Why is it taking so long to decide?\n');
    const expected = checkMessage({ text: 'Why is it taking so long to decide?\n' });
    const { code, stdout } = spawnCli(['check', file]);
    expect(code).toBe(expected.ok ? 0 : 1);
    for (const d of expected.diagnostics) expect(stdout).toContain(d.ruleId);
    expect(stdout.split('\n').filter((line) => line.startsWith(file))).toHaveLength(expected.diagnostics.length);
  });

  it('writes no colour to a pipe', () => {
    const { stdout } = spawnCli(['window', '--interview-at', '2026-03-20', '--now', '2026-03-26T18:00:00Z']);
    expect(stdout).toContain('Status');
    expect(stdout).not.toContain('\u001b[');
  });

  it('colours its output on a terminal', () => {
    const out = spawnOnTerminal(['window', '--interview-at', '2026-03-20', '--now', '2026-03-26T18:00:00Z'], { NO_COLOR: '' });
    expect(out).toContain('Status');
    expect(out).toContain('\u001b[1m');
  });

  it('writes no colour to a terminal when NO_COLOR is set', () => {
    const out = spawnOnTerminal(['window', '--interview-at', '2026-03-20', '--now', '2026-03-26T18:00:00Z'], { NO_COLOR: '1' });
    expect(out).toContain('Status');
    expect(out).not.toContain('\u001b[');
  });

  it('stops quietly when the reader closes the pipe early', () => {
    const command = `'${process.execPath}' '${bin}' window --interview-at 2026-03-20 --now 2026-03-26T18:00:00Z | head -n 1`;
    const result = spawnSync('sh', ['-c', command], { encoding: 'utf8' });
    expect(result.stdout).toMatch(/^Status +\S+\n$/);
    expect(result.stderr).toBe('');
  });
});
