// `npm run bench`: runs the vitest benchmarks (bench/*.bench.ts), measures the cold start and the
// bundle sizes, checks each figure against the targets of issue #8 and writes docs/benchmarks.md.
// `--results <file>` rebuilds the page from an earlier vitest JSON report instead of running the
// benchmarks again. A missed target does not fail the run: the page says so, and the size budgets
// are enforced by `npm run size` in `npm run check`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { ADVERSARIAL_INPUTS, FOLLOW_UP_EMAIL, ONE_MB_TEXT, TEN_KB_TEXT } from '../bench/fixtures/texts.js';
import { WINDOW_SCENARIOS } from '../bench/fixtures/call-windows.js';
import { SCRIPT_INPUTS } from '../bench/fixtures/plans.js';
import {
  PEER_ADVERSARIAL_LENGTHS,
  SLOW_PEER_RUNS,
  SOLO_ADVERSARIAL_LENGTHS,
  TASK,
  adversarialGroup,
  soloGroup,
  textGroup,
  windowGroup,
} from '../bench/groups.js';
import { measureColdStart, type ColdStartMeasurement } from './measure-cold-start.js';
import { formatKilobytes, measureBundleSizes, type SizeMeasurement } from './measure-size.js';

const ROOT = join(import.meta.dirname, '..');
const DOC_PATH = join(ROOT, 'docs', 'benchmarks.md');

/** One task of vitest's benchmark JSON report; times in milliseconds. */
interface BenchResult {
  readonly name: string;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  readonly sampleCount: number;
  readonly rme: number;
}

interface BenchReport {
  readonly files: readonly {
    readonly groups: readonly { readonly fullName: string; readonly benchmarks: readonly BenchResult[] }[];
  }[];
}

/** Results by group name (the `describe` title, without the file) and task name. */
type Results = ReadonlyMap<string, ReadonlyMap<string, BenchResult>>;

function readResults(path: string): Results {
  const report = JSON.parse(readFileSync(path, 'utf8')) as BenchReport;
  const groups = new Map<string, Map<string, BenchResult>>();
  for (const file of report.files) {
    for (const group of file.groups) {
      const title = group.fullName.split(' > ').slice(1).join(' > ');
      groups.set(title, new Map(group.benchmarks.map((result) => [result.name, result])));
    }
  }
  return groups;
}

function result(results: Results, group: string, task: string): BenchResult | undefined {
  return results.get(group)?.get(task);
}

// Formatting. Times come in milliseconds; each table says which unit it shows.
const ms = (value: number | undefined): string => (value === undefined ? 'n/a' : value < 10 ? value.toFixed(3) : value.toFixed(1));
const us = (value: number | undefined): string => (value === undefined ? 'n/a' : (value * 1000).toFixed(1));
const ratio = (slow: number | undefined, fast: number | undefined): number | undefined =>
  slow === undefined || fast === undefined || fast === 0 ? undefined : slow / fast;
const times = (value: number | undefined): string => (value === undefined ? 'n/a' : `${value >= 100 ? value.toFixed(0) : value.toFixed(1)}×`);
const verdict = (met: boolean | undefined): string => (met === undefined ? 'not measured' : met ? 'met' : '**missed**');
const megabytesPerSecond = (length: number, medianMs: number | undefined): number | undefined =>
  medianMs === undefined ? undefined : length / 1e6 / (medianMs / 1000);

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join(
    '\n',
  );
}

function samples(entry: BenchResult | undefined): string {
  return entry === undefined ? 'n/a' : String(entry.sampleCount);
}

/** A target and whether it was met, for the summary at the top. */
interface TargetLine {
  readonly target: string;
  readonly measured: string;
  readonly met: boolean | undefined;
}

function packageVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

// dist/ is rebuilt by `npm run build`, not by this script, so it may lag behind src/.
function distBuiltAt(): string {
  const built = join(ROOT, 'dist', 'index.js');
  return existsSync(built) ? statSync(built).mtime.toISOString() : 'not built (src/ only)';
}

function machineSection(resultsFile: string, loadBefore: readonly number[], loadAfter: readonly number[]): string {
  const cores = cpus();
  const load = (values: readonly number[]) => values.map((value) => value.toFixed(2)).join(' / ');
  return [
    '## Machine',
    '',
    table(
      ['what', 'value'],
      [
        ['date', new Date().toISOString()],
        ['CPU', `${cores[0]?.model ?? 'unknown'} × ${String(cores.length)} logical cores`],
        ['memory', `${(totalmem() / 2 ** 30).toFixed(1)} GiB`],
        ['OS', `${osType()} ${release()}`],
        ['Node', `${process.version} (V8 ${process.versions.v8})`],
        ['load average (1 / 5 / 15 min) when the run began', load(loadBefore)],
        ['load average after the run', load(loadAfter)],
        ['vitest results written at', statSync(resultsFile).mtime.toISOString()],
        ['dist/ measured as built at', distBuiltAt()],
        [
          'peers',
          `write-good ${packageVersion('write-good')}, alex ${packageVersion('alex')}, luxon ${packageVersion('luxon')}`,
        ],
      ],
    ),
    '',
    `A load average above the number of cores (${String(cores.length)}) means other processes competed for the CPU`,
    'during the run, so absolute times carry noise and run slower than on an idle machine. Every ratio',
    'compares runs made one after another in the same worker process, which keeps them comparable;',
    'every figure is the median of its runs.',
  ].join('\n');
}

function checkSection(results: Results, targets: TargetLine[]): string {
  const texts = [
    { id: 'email-120', label: 'follow-up email, 121 words', length: FOLLOW_UP_EMAIL.length },
    { id: 'text-10kb', label: '10 KB of messages', length: TEN_KB_TEXT.length },
    { id: 'text-1mb', label: '1 MB of messages', length: ONE_MB_TEXT.length },
  ];
  const rows = texts.map((text) => {
    const group = textGroup(text.id);
    const ours = result(results, group, TASK.checkMessage);
    const writeGood = result(results, group, TASK.writeGood);
    const alex = result(results, group, TASK.alex);
    return [
      text.label,
      String(text.length),
      ms(ours?.median),
      ms(writeGood?.median),
      ms(alex?.median),
      times(ratio(writeGood?.median, ours?.median)),
      times(ratio(alex?.median, ours?.median)),
      (megabytesPerSecond(text.length, ours?.median) ?? 0).toFixed(2),
      `${samples(ours)} / ${samples(writeGood)} / ${samples(alex)}`,
    ];
  });

  const email = textGroup('email-120');
  const emailOurs = result(results, email, TASK.checkMessage)?.median;
  const emailRatio = ratio(result(results, email, TASK.writeGood)?.median, emailOurs);
  targets.push({
    target: 'checkMessage on a 120-word message ≤ 0.04 ms',
    measured: `${ms(emailOurs)} ms`,
    met: emailOurs === undefined ? undefined : emailOurs <= 0.04,
  });
  targets.push({
    target: 'checkMessage ≥ 50× faster than write-good per message',
    measured: times(emailRatio),
    met: emailRatio === undefined ? undefined : emailRatio >= 50,
  });
  const big = textGroup('text-1mb');
  const bigOurs = result(results, big, TASK.checkMessage)?.median;
  const throughput = megabytesPerSecond(ONE_MB_TEXT.length, bigOurs);
  const bigRatio = ratio(result(results, big, TASK.writeGood)?.median, bigOurs);
  targets.push({
    target: 'checkMessage ≥ 20 MB/s on 1 MB',
    measured: `${(throughput ?? 0).toFixed(2)} MB/s`,
    met: throughput === undefined ? undefined : throughput >= 20,
  });
  targets.push({
    target: 'checkMessage ≥ 50× faster than write-good on 1 MB',
    measured: times(bigRatio),
    met: bigRatio === undefined ? undefined : bigRatio >= 50,
  });

  return [
    '## checkMessage and the peer linters',
    '',
    'Median milliseconds per call on the same string. "×" columns: how many times faster',
    'checkMessage is than the peer. Samples: timed runs of checkMessage / write-good / alex. To keep',
    `\`npm run bench\` near five minutes, a peer run of a second or more gets only ${String(SLOW_PEER_RUNS)} timed runs (no`,
    'warm-up run; the same code was warmed on the shorter texts), so its median is their mean.',
    '',
    table(
      ['text', 'UTF-16 units', 'checkMessage ms', 'write-good ms', 'alex ms', 'vs write-good', 'vs alex', 'checkMessage MB/s', 'samples'],
      rows,
    ),
  ].join('\n');
}

function adversarialSection(results: Results, targets: TargetLine[]): string {
  const [short, long] = PEER_ADVERSARIAL_LENGTHS;
  const [soloShort, soloLong] = SOLO_ADVERSARIAL_LENGTHS;
  const growth = (group: (length: number) => string, task: string, from: number, to: number, pick: 'median' | 'min') =>
    ratio(result(results, group(to), task)?.[pick], result(results, group(from), task)?.[pick]);
  const rows: string[][] = [];
  let worstGrowth: { id: string; value: number } | undefined;
  let measuredAll = true;
  for (const input of ADVERSARIAL_INPUTS) {
    const at = (length: number) => adversarialGroup(input.id, length);
    for (const task of [TASK.checkMessage, TASK.writeGood, TASK.alex]) {
      const ours = task === TASK.checkMessage;
      const medianGrowth = growth(at, task, short, long, 'median');
      const soloGrowth = ours ? growth(at, task, soloShort, soloLong, 'median') : undefined;
      if (ours) {
        for (const value of [medianGrowth, soloGrowth]) {
          if (value === undefined) measuredAll = false;
          else if (worstGrowth === undefined || value > worstGrowth.value) worstGrowth = { id: input.id, value };
        }
      }
      rows.push([
        ours ? `${input.id}: ${input.description}` : '',
        task,
        ms(result(results, at(short), task)?.median),
        ms(result(results, at(long), task)?.median),
        `${times(medianGrowth)} (${times(growth(at, task, short, long, 'min'))})`,
        ours ? ms(result(results, at(soloShort), task)?.median) : '-',
        ours ? ms(result(results, at(soloLong), task)?.median) : '-',
        ours ? `${times(soloGrowth)} (${times(growth(at, task, soloShort, soloLong, 'min'))})` : '-',
        ours
          ? ''
          : times(ratio(result(results, at(long), task)?.median, result(results, at(long), TASK.checkMessage)?.median)),
      ]);
    }
  }
  targets.push({
    target: 'linear growth: 8× the adversarial input costs ≤ 10× the time',
    measured: worstGrowth === undefined ? 'n/a' : `worst ${times(worstGrowth.value)} (${worstGrowth.id})`,
    met: !measuredAll || worstGrowth === undefined ? undefined : worstGrowth.value <= 10,
  });
  const n = (value: number) => value.toLocaleString('en-US');
  return [
    '## Adversarial inputs: growth with length',
    '',
    `Median milliseconds at ${n(short)} and ${n(long)} UTF-16 units (checkMessage also at ${n(soloShort)} and`,
    `${n(soloLong)}), and the growth for 8× the text: linear code grows about 8×, and the target allows 10×.`,
    'In brackets, the growth of the fastest runs: the two lengths are timed seconds apart, so a burst',
    'of load from other processes can inflate one median; when the medians and the fastest runs',
    `disagree, the fastest runs say more about the code. At ${n(long)} units the peers get`,
    `${String(SLOW_PEER_RUNS)} timed runs each. Last column: how many times faster checkMessage is at ${n(long)} units.`,
    '',
    table(
      [
        'input',
        'linter',
        `${n(short)} ms`,
        `${n(long)} ms`,
        'growth (fastest)',
        `${n(soloShort)} ms`,
        `${n(soloLong)} ms`,
        'growth (fastest)',
        'checkMessage faster by',
      ],
      rows,
    ),
  ].join('\n');
}

function windowSection(results: Results, targets: TargetLine[]): string {
  const ratios: number[] = [];
  const rows = WINDOW_SCENARIOS.map((scenario) => {
    const group = windowGroup(scenario.id);
    const ours = result(results, group, TASK.nextCallWindow);
    const luxon = result(results, group, TASK.luxon);
    const faster = ratio(luxon?.median, ours?.median);
    if (faster !== undefined) ratios.push(faster);
    return [`${scenario.id}: ${scenario.description}`, us(ours?.median), us(luxon?.median), times(faster), `${samples(ours)} / ${samples(luxon)}`];
  });
  const worst = ratios.length === 0 ? undefined : Math.min(...ratios);
  const geometricMean = ratios.length === 0 ? undefined : Math.exp(ratios.reduce((sum, value) => sum + Math.log(value), 0) / ratios.length);
  targets.push({
    target: 'nextCallWindow ≥ 2× faster than the Luxon version',
    measured: `worst ${times(worst)}, geometric mean ${times(geometricMean)}`,
    met: worst === undefined ? undefined : worst >= 2,
  });
  return [
    '## nextCallWindow and the same computation with Luxon',
    '',
    'Median microseconds per call. The Luxon version (bench/luxon-call-window.ts) computes the window,',
    'the slots, the next slot and the status, but writes no `reasons`; test/bench checks that it gives',
    'the same slots as nextCallWindow on every scenario. "×": how many times faster nextCallWindow is.',
    '',
    table(['scenario', 'nextCallWindow µs', 'Luxon µs', '×', 'samples'], rows),
  ].join('\n');
}

function soloSection(results: Results): string {
  const rows = [
    ...SCRIPT_INPUTS.map((script) => [script.id, us(result(results, soloGroup(script.id), TASK.renderScript)?.median)]),
    ['recommendChannel', us(result(results, soloGroup('recommendChannel'), TASK.recommendChannel)?.median)],
    [
      'planFollowUp (window, channel, phone script, voicemail script, two checks)',
      us(result(results, soloGroup('planFollowUp'), TASK.planFollowUp)?.median),
    ],
  ];
  return ['## Functions without a peer', '', 'Median microseconds per call.', '', table(['call', 'µs'], rows)].join('\n');
}

/**
 * What the comparison rows say: the floor any ESM import pays on this machine, and what zod/mini
 * costs when Node loads it from its own package (93 modules in zod 4.6, 64 of them locales), which
 * is why the Node build carries the parts of zod it uses inside its one file (tsup.config.ts).
 */
function coldStartNote(
  main: ColdStartMeasurement | undefined,
  oneExport: ColdStartMeasurement | undefined,
  zod: ColdStartMeasurement | undefined,
): string[] {
  if (main === undefined || oneExport === undefined || zod === undefined) return [];
  return [
    '',
    `A module with one \`export const\` adds ${oneExport.importCostMs.toFixed(1)} ms: the ESM loader's own start, ` +
      `which every package pays, so the package's own share of its ${main.importCostMs.toFixed(1)} ms is about ` +
      `${Math.max(0, main.importCostMs - oneExport.importCostMs).toFixed(1)} ms. \`zod/mini\` imported from its ` +
      `own package adds ${zod.importCostMs.toFixed(1)} ms by itself (its entry loads 93 files, 64 of them locales); ` +
      "the package's Node build (the `node` export condition, and `require`) therefore bundles the parts of zod it " +
      'uses into its one file. Bundlers get the per-module build and share the app\'s zod.',
  ];
}

function coldStartSection(measurements: readonly ColdStartMeasurement[], targets: TargetLine[]): string {
  const rows = measurements.map((m) => [
    `${m.id}: ${m.description}`,
    m.withImportMs.toFixed(1),
    m.emptyMs.toFixed(1),
    `**${m.importCostMs.toFixed(1)}**`,
    m.inProcessMs.toFixed(1),
    `${m.withImportCpuMs.toFixed(1)} − ${m.emptyCpuMs.toFixed(1)} = **${m.importCpuMs.toFixed(1)}**`,
    String(m.runs),
  ]);
  const main = measurements.find((m) => m.id === 'dist-esm') ?? measurements.find((m) => m.id === 'src-esm');
  targets.push({
    target: 'cold start (import in a fresh Node process, minus an empty one) ≤ 30 ms',
    measured:
      main === undefined ? 'n/a' : `${main.importCostMs.toFixed(1)} ms wall, ${main.importCpuMs.toFixed(1)} ms CPU (${main.id})`,
    met: main === undefined ? undefined : main.importCostMs <= 30,
  });
  return [
    '## Cold start',
    '',
    'Median wall-clock milliseconds of a fresh `node` process that imports the package, of one that',
    'imports nothing, and their difference; then the `import()` itself timed inside the process, and',
    'the CPU time the two kinds of process used (user + system), which load from other processes',
    'disturbs less than wall time. The two kinds of process alternate. The target is judged on the',
    'wall-time difference for dist/ through `import` (or src/ when dist/ is missing).',
    '',
    table(['target', 'with import', 'empty', 'import adds', 'import() inside', 'CPU ms: with − empty = adds', 'runs'], rows),
    ...coldStartNote(
      main,
      measurements.find((m) => m.id === 'one-export'),
      measurements.find((m) => m.id === 'zod-mini'),
    ),
  ].join('\n');
}

/** How much of nextCallWindow's weight is zod and its input schema, which no code change of ours removes. */
function zodFloorNote(measurements: readonly SizeMeasurement[]): string[] {
  const floor = measurements.find((m) => m.source === 'src' && m.id === 'callWindowInputSchema');
  const window = measurements.find((m) => m.source === 'src' && m.id === 'nextCallWindow');
  if (floor === undefined || window === undefined) return [];
  return [
    '',
    `\`callWindowInputSchema\` alone, that is zod and the schema nextCallWindow validates with, weighs ` +
      `${formatKilobytes(floor.gzipBytes)} of nextCallWindow's ${formatKilobytes(window.gzipBytes)}: the floor under ` +
      'nextCallWindow while its input is validated with zod, as the spec asks.',
  ];
}

function sizeSection(measurements: readonly SizeMeasurement[], targets: TargetLine[]): string {
  const rows = measurements.map((m) => [
    m.source,
    m.id,
    formatKilobytes(m.minifiedBytes),
    formatKilobytes(m.gzipBytes),
    m.budgetBytes === null ? '-' : formatKilobytes(m.budgetBytes),
    m.budgetBytes === null ? 'reported' : verdict(m.withinBudget),
    formatKilobytes(m.ceilingBytes),
  ]);
  for (const m of measurements.filter((entry) => entry.budgetBytes !== null)) {
    targets.push({
      target: `size: ${m.id} from ${m.source} ≤ ${formatKilobytes(m.budgetBytes ?? 0)} gzipped`,
      measured: formatKilobytes(m.gzipBytes),
      met: m.withinBudget,
    });
  }
  return [
    '## Size',
    '',
    'What a browser app adds by importing from the package: esbuild bundle (ESM, minified, tree',
    'shaken, dependencies included), then gzip level 9. `src` bundles src/index.ts; `dist` bundles the',
    "file the package's `import` export points to, as built at the time of the run. `npm run size`",
    'prints the same table. The budgets are the targets of issue #8; the ceilings are the sizes',
    'measured when they were last set plus about 2%. `npm run check` fails when an entry is over its',
    'ceiling, so no change adds weight unnoticed while the budgets are still missed.',
    '',
    table(['source', 'import', 'minified', 'gzip', 'budget', 'verdict', 'ceiling'], rows),
    ...zodFloorNote(measurements),
  ].join('\n');
}

const RESULTS_PATH = join(ROOT, '.tmp', 'bench', 'results.json');

function runBenchmarks(): string {
  // One file at a time: two bench files side by side on two cores would time each other.
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'bench', '--run', '--no-file-parallelism', '--outputJson', RESULTS_PATH],
    { cwd: ROOT, stdio: 'inherit' },
  );
  return RESULTS_PATH;
}

const fromFlag = process.argv.indexOf('--results');
const loadBefore = loadavg();
const resultsPath = fromFlag >= 0 ? process.argv[fromFlag + 1] : runBenchmarks();
if (resultsPath === undefined) {
  console.error('usage: tsx scripts/bench-report.ts [--results <vitest benchmark JSON>]');
  process.exit(2);
}
const results = readResults(resultsPath);
const targets: TargetLine[] = [];
const sections = [
  checkSection(results, targets),
  adversarialSection(results, targets),
  windowSection(results, targets),
  soloSection(results),
  coldStartSection(await measureColdStart(), targets),
  sizeSection(await measureBundleSizes(), targets),
];
const document = [
  '# Benchmarks',
  '',
  'Generated by `npm run bench` (vitest bench, bench/*.bench.ts, then scripts/bench-report.ts); do',
  'not edit by hand. The targets come from issue #8.',
  '',
  '## Targets',
  '',
  table(
    ['target', 'measured', 'verdict'],
    targets.map((line) => [line.target, line.measured, verdict(line.met)]),
  ),
  '',
  ...sections.flatMap((section) => [section, '']),
  machineSection(resultsPath, loadBefore, loadavg()),
  '',
].join('\n');
writeFileSync(DOC_PATH, document);
console.log(`wrote docs/benchmarks.md: ${String(targets.filter((line) => line.met === true).length)} of ${String(targets.length)} targets met`);
