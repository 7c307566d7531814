// Measures the cold start: how much longer a fresh Node process takes when it imports the package
// than when it imports nothing. Runs alternate between the two so that load from other processes
// falls on both alike; the figure is the difference of the medians. The CPU time the processes
// used is reported beside the wall time: on a busy machine it is the steadier of the two.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '..');

/** A module to import in a fresh process. */
export interface ColdStartTarget {
  readonly id: string;
  readonly description: string;
  /** The module's path, or a bare specifier resolved from the package's folder. */
  readonly path: string;
  /** `require` for CommonJS, otherwise `import()`. */
  readonly loader: 'import' | 'require';
}

/** The cold start of one target: medians in milliseconds over `runs` processes each. */
export interface ColdStartMeasurement {
  readonly id: string;
  readonly description: string;
  readonly runs: number;
  /** Median wall time of a process that imports the target. */
  readonly withImportMs: number;
  /** Median wall time of a process that imports nothing. */
  readonly emptyMs: number;
  /** `withImportMs - emptyMs`: what the import adds. */
  readonly importCostMs: number;
  /** Median time of the `import()` itself, measured inside the process. */
  readonly inProcessMs: number;
  /** Median CPU time (user and system) of a whole process that imports the target. */
  readonly withImportCpuMs: number;
  /** Median CPU time of a whole process that imports nothing. */
  readonly emptyCpuMs: number;
  /** `withImportCpuMs - emptyCpuMs`. */
  readonly importCpuMs: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * The targets: the built package through its `import` and `require` entries when `dist/` exists,
 * and always the current sources bundled the way tsup bundles the Node build (zod included), so
 * the figure follows the code even when `dist/` is stale. Two more for comparison: a one-line
 * module, the floor any `import()` pays, and `zod/mini` imported from its own package.
 */
export async function coldStartTargets(): Promise<ColdStartTarget[]> {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    name: string;
    exports: { '.': { import: { node: string }; require: { default: string } } };
  };
  const targets: ColdStartTarget[] = [];
  // Through the package's own name, so Node picks the file its export conditions give it (the
  // `node` condition for import, `require` for require), as an app's import would.
  const esm = join(ROOT, manifest.exports['.'].import.node);
  const cjs = join(ROOT, manifest.exports['.'].require.default);
  if (existsSync(esm)) {
    targets.push({ id: 'dist-esm', description: 'the package through `import`', path: manifest.name, loader: 'import' });
  }
  if (existsSync(cjs)) {
    targets.push({ id: 'dist-cjs', description: 'the package through `require`', path: manifest.name, loader: 'require' });
  }

  // Placed next to package.json so that bare specifiers resolve from node_modules as they would.
  const outDir = join(ROOT, '.tmp', 'cold-start');
  mkdirSync(outDir, { recursive: true });
  const bundled = join(outDir, 'index.mjs');
  // Bundled the way tsup bundles the Node build: one file, zod inside (tsup.config.ts).
  await build({
    entryPoints: [join(ROOT, 'src', 'index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    outfile: bundled,
    logLevel: 'silent',
  });
  targets.push({ id: 'src-esm', description: 'src/ bundled like dist/, through `import`', path: bundled, loader: 'import' });
  // For comparison: what any ESM import costs (the loader's own start), and zod from its package.
  const oneExport = join(outDir, 'one-export.mjs');
  writeFileSync(oneExport, 'export const answer = 42;\n');
  targets.push({ id: 'one-export', description: 'for comparison: a module with one `export const`', path: oneExport, loader: 'import' });
  targets.push({ id: 'zod-mini', description: 'for comparison: `zod/mini` from its own package', path: 'zod/mini', loader: 'import' });
  return targets;
}

// The child prints how long the import took inside it and the CPU time it has used in all, so
// every figure comes from the same runs.
function childScript(target: ColdStartTarget | null): string {
  const report = 'const cpu = process.cpuUsage(); console.log(performance.now() - t, (cpu.user + cpu.system) / 1000);';
  if (target === null) return `const t = performance.now(); ${report}`;
  const load =
    target.loader === 'require'
      ? `(await import('node:module')).createRequire(import.meta.url)(${JSON.stringify(target.path)})`
      : `await import(${JSON.stringify(isAbsolute(target.path) ? pathToFileURL(target.path).href : target.path)})`;
  return `const t = performance.now(); ${load}; ${report}`;
}

interface ChildRun {
  readonly wallMs: number;
  readonly inProcessMs: number;
  readonly cpuMs: number;
}

function runOnce(script: string): ChildRun {
  const start = performance.now();
  const output = execFileSync(process.execPath, ['--input-type=module', '--eval', script], { cwd: ROOT, encoding: 'utf8' });
  const wallMs = performance.now() - start;
  const [inProcessMs = Number.NaN, cpuMs = Number.NaN] = output.trim().split(' ').map(Number);
  return { wallMs, inProcessMs, cpuMs };
}

/** Measures each target over `runs` fresh processes, alternating with empty processes. */
export async function measureColdStart(runs = 11): Promise<ColdStartMeasurement[]> {
  const measurements: ColdStartMeasurement[] = [];
  const emptyScript = childScript(null);
  for (const target of await coldStartTargets()) {
    const script = childScript(target);
    runOnce(script); // the first run fills the file system cache
    const loaded: ChildRun[] = [];
    const empty: ChildRun[] = [];
    for (let i = 0; i < runs; i++) {
      loaded.push(runOnce(script));
      empty.push(runOnce(emptyScript));
    }
    const withImportMs = median(loaded.map((run) => run.wallMs));
    const emptyMs = median(empty.map((run) => run.wallMs));
    const withImportCpuMs = median(loaded.map((run) => run.cpuMs));
    const emptyCpuMs = median(empty.map((run) => run.cpuMs));
    measurements.push({
      id: target.id,
      description: target.description,
      runs,
      withImportMs,
      emptyMs,
      importCostMs: withImportMs - emptyMs,
      inProcessMs: median(loaded.map((run) => run.inProcessMs)),
      withImportCpuMs,
      emptyCpuMs,
      importCpuMs: withImportCpuMs - emptyCpuMs,
    });
  }
  return measurements;
}
