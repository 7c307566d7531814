// Measures what the package adds to a browser app: each entry below is bundled the way an app's
// bundler would treat `import { x } from 'interview-followup'` (esbuild, ESM, minified, tree
// shaken, dependencies included), then gzipped. Used by `npm run size` and `npm run bench`.
import { mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '..');
const OUT_DIR = join(ROOT, '.tmp', 'size');

/** What an app imports from the package, the size it should reach, and the size it must not exceed. */
export interface SizeBudget {
  readonly id: string;
  /** The named imports, or `'*'` for everything the package exports. */
  readonly imports: readonly string[] | '*';
  /** The target of issue #8 in bytes (minified and gzipped), or `null` to report without one. */
  readonly budgetBytes: number | null;
  /**
   * The most the entry may weigh today, in bytes (minified and gzipped): the size it had when the
   * ceiling was last set, plus a little room. `npm run size` (and so `npm run check`) fails above
   * it, so a change that adds weight is a decision, not an accident. Lower it when an entry gets
   * lighter; it never rises above `budgetBytes` once the target is met.
   */
  readonly ceilingBytes: number;
}

const KB = 1024;

/**
 * The targets from issue #8, and the other entry points reported alongside them. The ceilings
 * were set from the sizes measured on 2026-11-26 (see docs/benchmarks.md), rounded up by about 2%.
 */
export const SIZE_BUDGETS: readonly SizeBudget[] = [
  { id: 'everything', imports: '*', budgetBytes: 25 * KB, ceilingBytes: 54 * KB },
  { id: 'checkMessage', imports: ['checkMessage'], budgetBytes: 15 * KB, ceilingBytes: 40.4 * KB },
  { id: 'nextCallWindow', imports: ['nextCallWindow'], budgetBytes: 12 * KB, ceilingBytes: 15.3 * KB },
  { id: 'renderScript', imports: ['renderScript'], budgetBytes: null, ceilingBytes: 15.6 * KB },
  { id: 'recommendChannel', imports: ['recommendChannel'], budgetBytes: null, ceilingBytes: 12.1 * KB },
  { id: 'planFollowUp', imports: ['planFollowUp'], budgetBytes: null, ceilingBytes: 50 * KB },
  // zod and the one schema nextCallWindow validates with, nothing else: the floor under
  // nextCallWindow while its input is validated with zod.
  { id: 'callWindowInputSchema', imports: ['callWindowInputSchema'], budgetBytes: null, ceilingBytes: 9.3 * KB },
];

/** Where the package's code is read from: the TypeScript sources, or the built `dist/`. */
export interface SizeSource {
  readonly id: 'src' | 'dist';
  /** The module an app's import resolves to. */
  readonly entry: string;
}

/**
 * The sources to measure: `src/index.ts` always, and the file the package's `"."` export maps
 * to for `import` when it has been built.
 */
export function sizeSources(): SizeSource[] {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    exports: { '.': { import: { default: string } } };
  };
  const sources: SizeSource[] = [{ id: 'src', entry: join(ROOT, 'src', 'index.ts') }];
  const built = join(ROOT, manifest.exports['.'].import.default);
  if (existsSync(built)) sources.push({ id: 'dist', entry: built });
  return sources;
}

/** The measured weight of one entry from one source. */
export interface SizeMeasurement {
  readonly source: SizeSource['id'];
  readonly id: string;
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
  readonly budgetBytes: number | null;
  /** True when there is no target or the entry meets it. */
  readonly withinBudget: boolean;
  readonly ceilingBytes: number;
  /** True when the entry is at or under its ceiling; `npm run size` fails otherwise. */
  readonly withinCeiling: boolean;
}

function entryCode(budget: SizeBudget, entry: string): string {
  const from = JSON.stringify(entry);
  return budget.imports === '*' ? `export * from ${from};\n` : `export { ${budget.imports.join(', ')} } from ${from};\n`;
}

/**
 * Bundles and weighs every budgeted entry from every source. The bundles and their esbuild
 * metafiles are left in `.tmp/size/` for a closer look (e.g. at https://esbuild.github.io/analyze/).
 */
export async function measureBundleSizes(): Promise<SizeMeasurement[]> {
  mkdirSync(OUT_DIR, { recursive: true });
  const measurements: SizeMeasurement[] = [];
  for (const source of sizeSources()) {
    for (const budget of SIZE_BUDGETS) {
      const name = `${source.id}-${budget.id}`;
      const entryFile = join(OUT_DIR, `${name}.entry.ts`);
      writeFileSync(entryFile, entryCode(budget, source.entry));
      const result = await build({
        entryPoints: [entryFile],
        bundle: true,
        minify: true,
        treeShaking: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        outfile: join(OUT_DIR, `${name}.js`),
        metafile: true,
        write: false,
        logLevel: 'silent',
      });
      const output = result.outputFiles.find((file) => file.path.endsWith('.js'));
      if (output === undefined) throw new Error(`esbuild wrote no JavaScript for ${relative(ROOT, entryFile)}`);
      writeFileSync(output.path, output.contents);
      writeFileSync(join(OUT_DIR, `${name}.meta.json`), JSON.stringify(result.metafile));
      const gzipBytes = gzipSync(output.contents, { level: 9 }).length;
      measurements.push({
        source: source.id,
        id: budget.id,
        minifiedBytes: output.contents.length,
        gzipBytes,
        budgetBytes: budget.budgetBytes,
        withinBudget: budget.budgetBytes === null || gzipBytes <= budget.budgetBytes,
        ceilingBytes: budget.ceilingBytes,
        withinCeiling: gzipBytes <= budget.ceilingBytes,
      });
    }
  }
  return measurements;
}

/** Bytes as kibibytes with one decimal: `12.3 KB`. */
export function formatKilobytes(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}
