import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// Builds and packs the package as npm would publish it, installs the tarball's contents into a
// scratch node_modules, and loads it from child Node processes with `import` and `require`.
const root = join(import.meta.dirname, '..', '..');
const scratch = join(root, '.tmp', 'smoke');
const installed = join(scratch, 'node_modules', 'interview-followup');

function node(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: scratch, encoding: 'utf8' });
}

beforeAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(installed, { recursive: true });
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', scratch], { cwd: root, encoding: 'utf8' }).trim();
  execFileSync('tar', ['-xzf', join(scratch, packed.split('\n').at(-1)!), '-C', installed, '--strip-components=1']);
});

describe('the published package', () => {
  it('ships only dist, README, CHANGELOG, LICENSE and package.json', () => {
    expect(readdirSync(installed).sort()).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'dist', 'package.json']);
  });

  it('loads with import and reports bad input as InvalidInputError', () => {
    const out = node([
      '--input-type=module',
      '-e',
      `import { nextCallWindow, isInvalidInputError } from 'interview-followup';
       try { nextCallWindow({ interviewAt: '2026-02-30' }); } catch (e) { console.log(isInvalidInputError(e), e.issues[0].path.join('.')); }`,
    ]);
    expect(out.trim()).toBe('true interviewAt');
  });

  it('loads with require and exposes the same API', () => {
    const out = node([
      '-e',
      `const api = require('interview-followup');
       console.log(typeof api.nextCallWindow, typeof api.checkMessage, api.callWindowInputSchema.safeParse({ interviewAt: '2026-03-20' }).success);`,
    ]);
    expect(out.trim()).toBe('function function true');
  });

  it('runs the CLI from its bin entry', () => {
    const out = node([join(installed, 'dist', 'cli.js'), '--version']);
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
