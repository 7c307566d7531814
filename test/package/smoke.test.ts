import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// Builds the package into a scratch copy (never touching the shared dist/, which other tests
// read), packs it as npm would publish it, unpacks the tarball into a scratch node_modules, and
// loads it from child Node processes with `import` and `require`.
const root = join(import.meta.dirname, '..', '..');
const scratch = join(root, '.tmp', 'smoke');
const source = join(scratch, 'source');
const installed = join(scratch, 'node_modules', 'interview-followup');

function node(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: scratch, encoding: 'utf8' });
}

beforeAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(source, { recursive: true });
  mkdirSync(installed, { recursive: true });
  for (const file of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'tsup.config.ts', 'tsconfig.json']) {
    copyFileSync(join(root, file), join(source, file));
  }
  // Built in the scratch copy with the repository's own tsup config, so every output lands where
  // the config puts it (dependencies resolve from the repository's node_modules, further up).
  cpSync(join(root, 'src'), join(source, 'src'), { recursive: true });
  execFileSync(join(root, 'node_modules', '.bin', 'tsup'), [], { cwd: source, stdio: 'ignore' });
  const packed = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', scratch], { cwd: source, encoding: 'utf8' }).trim();
  execFileSync('tar', ['-xzf', join(scratch, packed.split('\n').at(-1)!), '-C', installed, '--strip-components=1']);
});

describe('the published package', () => {
  it('ships only dist, README, CHANGELOG, LICENSE and package.json', () => {
    expect(readdirSync(installed).sort()).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'dist', 'package.json']);
  });

  it('ships ESM, CommonJS, both kinds of type declarations and the CLI', () => {
    const files = readdirSync(join(installed, 'dist'));
    for (const file of ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'holidays.js', 'holidays.cjs', 'cli.js']) {
      expect(files).toContain(file);
    }
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

  it('loads with require and computes a call window', () => {
    const out = node([
      '-e',
      `const api = require('interview-followup');
       const w = api.nextCallWindow({ interviewAt: '2026-03-20', timeZone: 'Europe/London', now: '2026-03-23T12:00:00Z' });
       console.log(w.status, w.opensAt);`,
    ]);
    expect(out.trim()).toBe('too-early 2026-03-27T09:00:00+00:00');
  });

  it('starts Node without loading zod from its own package, through import and through require', () => {
    const esmFiles = readdirSync(join(installed, 'dist', 'node')).filter((file) => file.endsWith('.js'));
    for (const file of [...esmFiles.map((name) => join('node', name)), 'index.cjs', 'holidays.cjs', 'cli.js']) {
      expect(readFileSync(join(installed, 'dist', file), 'utf8'), file).not.toMatch(/(?:from |require\()"zod/);
    }
    const out = node([
      '-e',
      `require('interview-followup');
       console.log(Object.keys(require.cache).filter((file) => file.includes('node_modules/zod/')).length);`,
    ]);
    expect(out.trim()).toBe('0');
  });

  it("hands out schemas that the app's own zod composes, parses with and converts", () => {
    // The app's zod is the one in the repository's node_modules; the package's Node build carries
    // its own copy inside. zod 4 is built to let the two meet.
    const out = node([
      '--input-type=module',
      '-e',
      `import * as z from 'zod';
       import { callWindowInputSchema, jsonSchemas } from 'interview-followup';
       const request = z.object({ id: z.string(), window: callWindowInputSchema });
       const good = request.safeParse({ id: 'a1', window: { interviewAt: '2026-03-20', timeZone: 'Europe/London' } });
       const bad = request.safeParse({ id: 'a1', window: { interviewAt: '2026-02-30' } });
       const converted = z.toJSONSchema(callWindowInputSchema, { io: 'input', unrepresentable: 'any' });
       console.log(JSON.stringify({
         good: good.success,
         badPath: bad.error.issues[0].path.join('.'),
         isZodObject: callWindowInputSchema instanceof z.core.$ZodObject,
         sameProperties: JSON.stringify(Object.keys(converted.properties).sort()) === JSON.stringify(Object.keys(jsonSchemas.callWindowInput.properties).sort()),
       }));`,
    ]);
    expect(JSON.parse(out)).toEqual({ good: true, badPath: 'window.interviewAt', isZodObject: true, sameProperties: true });
  });

  it('runs the CLI from its bin entry', () => {
    const out = node([join(installed, 'dist', 'cli.js'), '--version']);
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
