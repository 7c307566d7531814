import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { callWindowSchema, checkResultSchema } from './output-schemas.js';
import { SINGLE_INPUT_FUNCTIONS } from './public-surface.js';

// A few runs of the built binary with what a shell can throw at it: huge arguments and input,
// bytes that are not UTF-8, binary garbage as JSON. The in-process fuzz (fuzz-text.test.ts)
// covers the command line itself; this checks the real process end to end. The binary is
// copied first, as test/cli/bin.test.ts does, because the package smoke test rebuilds dist/.

const root = join(import.meta.dirname, '..', '..');
const built = join(root, 'dist', 'cli.js');
mkdirSync(join(root, '.tmp'), { recursive: true });
const scratch = mkdtempSync(join(root, '.tmp', 'robustness-cli-'));
const bin = join(scratch, 'dist', 'cli.js');

interface Spawned {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function spawnCli(args: readonly string[], stdin: string | Buffer = ''): Spawned {
  const result = spawnSync(process.execPath, [bin, ...args], {
    input: stdin,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The contract for bad input: exit 2, nothing on stdout, one line on stderr, no stack trace. */
function expectOneLineError(run: Spawned): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^interview-followup: [^\n]+\n$/);
  expect(run.stderr).not.toContain('unexpected error');
}

beforeAll(async () => {
  mkdirSync(join(scratch, 'dist'));
  copyFileSync(join(root, 'package.json'), join(scratch, 'package.json'));
  for (let attempt = 0; attempt < 60; attempt++) {
    if (existsSync(built)) {
      copyFileSync(built, bin);
      if (spawnCli(['--version']).code === 0) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error('dist/cli.js is missing or broken: run `npm run build` first');
}, 90_000);

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('the interview-followup binary', () => {
  it('checks a 400 KB hostile message from standard input and prints JSON that matches CheckResult', () => {
    const message = 'Why!!! has nobody called me back?? 😀 \uD800 [Your Name] +1 (555) 0100 '.repeat(6_000).slice(0, 400_000);
    const run = spawnCli(['check', '--channel', 'voicemail', '--format', 'json'], message);
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
    const result = z.parse(checkResultSchema, JSON.parse(run.stdout));
    expect(run.code).toBe(result.ok ? 0 : 1);
  });

  it('reads bytes that are not UTF-8 as replacement characters, not as a crash', () => {
    const bytes = Buffer.from([0x48, 0x69, 0xff, 0xfe, 0xc3, 0x28, 0x0a, 0xe2, 0x82]);
    const run = spawnCli(['check', '--format', 'json'], bytes);
    expect(run.stderr).toBe('');
    const result = z.parse(checkResultSchema, JSON.parse(run.stdout));
    expect(result.stats.words).toBeGreaterThan(0);
  });

  it('rejects binary garbage given as --input JSON in one line', () => {
    // Garbage without control characters; those are escaped, as test/cli/usage.test.ts shows in process.
    expectOneLineError(spawnCli(['window', '--input', '-'], Buffer.from([0xff, 0xfe, 0x7b, 0x22, 0xc3, 0x28])));
  });

  it('rejects JSON that is not an object in one line', () => {
    expectOneLineError(spawnCli(['plan', '--input', '-'], '[1, 2, 3]'));
  });

  it('rejects a 100 000-character time zone in one line that does not repeat it', () => {
    const run = spawnCli(['window', '--interview-at', '2026-03-20', '--time-zone', 'Z'.repeat(100_000)]);
    expectOneLineError(run);
    expect(run.stderr.length).toBeLessThan(400);
  });

  it('rejects a lone surrogate (which the OS passes as U+FFFD) as a date in one line', () => {
    expectOneLineError(spawnCli(['window', '--interview-at', '\uD800']));
  });

  it('answers a valid window as JSON that matches CallWindow and nextCallWindow', () => {
    const input = { interviewAt: '0001-01-01', timeZone: 'America/St_Johns', now: '0001-01-02T00:00:00Z' };
    const run = spawnCli([
      'window',
      '--interview-at',
      input.interviewAt,
      '--time-zone',
      input.timeZone,
      '--now',
      input.now,
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    const window = z.parse(callWindowSchema, JSON.parse(run.stdout));
    expect(window).toEqual(SINGLE_INPUT_FUNCTIONS.nextCallWindow.call(input));
  });

  it('prints the package version for --version, and reports an unknown flag beside it in one line', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(spawnCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expectOneLineError(spawnCli(['--version', '--no-such-flag']));
  });
});
