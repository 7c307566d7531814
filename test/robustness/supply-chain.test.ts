import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importedModules, scanCode } from './code-scan.js';

// What the package runs on its users' machines: only its own code and zod (issue #10 allows zod,
// date-fns and @date-fns/tz; the time zone work is our own Intl resolver and the month names are
// our own, so zod is the one left); no code built from strings, no module loaded by a computed name; the lint rules
// that keep regexes linear and forbid eval stay on; CI audits the runtime dependencies.

const root = join(import.meta.dirname, '..', '..');
const RUNTIME_DEPENDENCIES = ['zod'];

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const SOURCES = sourceFiles(join(root, 'src')).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));

describe('the scanner for code built from strings', () => {
  const rows: readonly (readonly [string, string, readonly string[]])[] = [
    ['eval', 'eval("1 + 1");', ['eval']],
    ['eval through globalThis', 'globalThis.eval(code);', ['eval']],
    ['eval by a bracketed name', 'globalThis["eval"](code);', ['eval']],
    ['new Function', 'const add = new Function("a", "b", "return a + b");', ['new Function']],
    ['Function called without new', 'Function("return this")();', ['Function()']],
    ['require with a variable', 'const lib = require(name);', ['require with a computed name']],
    ['require with a template', 'require(`./locales/${locale}`);', ['require with a computed name']],
    ['import() with a variable', 'await import(path);', ['import() with a computed name']],
    ['a string to setTimeout', 'setTimeout("tick()", 10);', ['setTimeout with a string']],
    ['require and import() of literal names', "require('zod'); await import('./a.js');", []],
    ['the words in comments and strings', "// eval(x) and new Function\nconst s = 'require(name)';", []],
    ['a method that happens to be called evaluate', 'model.evaluate(x); timer.setTimeout(fn, 10);', []],
  ];
  it.each(rows)('finds %s', (_what, code, expected) => {
    expect(scanCode(code, 'fixture.ts').map((finding) => finding.what)).toEqual(expected);
  });
});

describe('the source', () => {
  it.each(SOURCES.map((file) => [file.path, file.text] as const))(
    '%s builds no code from strings and loads no module by a computed name',
    (path, text) => {
      expect(scanCode(text, path)).toEqual([]);
    },
  );

  it('imports nothing at run time but zod (the CLI may use node:, holidays.ts date-holidays)', () => {
    const outside = SOURCES.flatMap((file) =>
      importedModules(file.text, file.path)
        .filter((name) => !name.startsWith('.'))
        .filter((name) => !RUNTIME_DEPENDENCIES.some((dependency) => name === dependency || name.startsWith(`${dependency}/`)))
        .filter((name) => !(file.path.startsWith(join('src', 'cli')) && name.startsWith('node:')))
        .filter((name) => !(file.path === join('src', 'holidays.ts') && name === 'date-holidays'))
        .map((name) => `${file.path}: ${name}`),
    );
    expect(outside).toEqual([]);
  });
});

describe('the lint rules that guard this stay on', () => {
  const GUARDS = ['no-eval', 'no-implied-eval', 'no-new-func', 'regexp/no-super-linear-backtracking', 'regexp/no-super-linear-move'];
  let rules: Record<string, unknown> = {};
  let ignored = true;

  beforeAll(async () => {
    const eslint = new ESLint({ cwd: root });
    const sample = join('src', 'rules', 'complains.ts');
    rules = ((await eslint.calculateConfigForFile(sample)) as { rules: Record<string, unknown> }).rules;
    ignored = await eslint.isPathIgnored(sample);
  }, 60_000);

  it('lints src/', () => {
    expect(ignored).toBe(false);
  });

  it.each(GUARDS)('%s is an error', (rule) => {
    const setting = rules[rule];
    expect(Array.isArray(setting) ? setting[0] : setting).toBe(2);
  });
});

describe('the published package', () => {
  let scratch = '';
  let packed: Record<string, unknown> = {};

  beforeAll(() => {
    mkdirSync(join(root, '.tmp'), { recursive: true });
    scratch = mkdtempSync(join(root, '.tmp', 'robustness-pack-'));
    // Another test may be rebuilding dist/ right now; packing reads it, so try a few times.
    let tarball = '';
    for (let attempt = 0; attempt < 3 && tarball === ''; attempt++) {
      try {
        const report = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], {
          cwd: root,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        });
        tarball = (JSON.parse(report) as { filename: string }[])[0]?.filename ?? '';
      } catch {
        tarball = '';
      }
    }
    execFileSync('tar', ['-xzf', join(scratch, tarball), '-C', scratch, 'package/package.json']);
    packed = JSON.parse(readFileSync(join(scratch, 'package', 'package.json'), 'utf8')) as Record<string, unknown>;
  }, 120_000);

  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('depends on zod only', () => {
    expect(Object.keys(packed.dependencies as object).sort()).toEqual(RUNTIME_DEPENDENCIES);
  });

  it('bundles nothing and has no optional dependencies', () => {
    for (const field of ['bundleDependencies', 'bundledDependencies', 'optionalDependencies']) expect(packed).not.toHaveProperty(field);
  });

  it('asks only for date-holidays as an optional peer, for the holidays entry point', () => {
    expect(Object.keys(packed.peerDependencies ?? {})).toEqual(['date-holidays']);
    expect(packed.peerDependenciesMeta).toEqual({ 'date-holidays': { optional: true } });
  });

  it('runs no script when installed', () => {
    const scripts = (packed.scripts ?? {}) as Record<string, unknown>;
    for (const hook of ['preinstall', 'install', 'postinstall']) expect(scripts).not.toHaveProperty(hook);
  });

  it('locks no other runtime package (every other entry of package-lock.json is dev only)', () => {
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
    };
    const runtime = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && entry.dev !== true && entry.devOptional !== true)
      .map(([path]) => path.replace(/^node_modules\//, ''));
    expect(runtime.sort()).toEqual(RUNTIME_DEPENDENCIES);
  });
});

describe('continuous integration', () => {
  it('audits the runtime dependencies for high and critical advisories', () => {
    expect(readFileSync(join(root, '.ci', 'run'), 'utf8')).toMatch(/^node scripts\/audit\.mjs$/m);
    const audit = readFileSync(join(root, 'scripts', 'audit.mjs'), 'utf8');
    expect(audit).toContain("'audit', '--omit=dev', '--audit-level=high'");
  });
});
