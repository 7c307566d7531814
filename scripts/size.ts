// `npm run size`: prints what each entry point weighs in a browser bundle and exits with 1 when
// one exceeds its budget, so `npm run check` fails on a size regression.
import { formatKilobytes, measureBundleSizes } from './measure-size.js';

const measurements = await measureBundleSizes();
const rows = measurements.map((m) => ({
  source: m.source,
  import: m.id,
  minified: formatKilobytes(m.minifiedBytes),
  gzip: formatKilobytes(m.gzipBytes),
  budget: m.budgetBytes === null ? '-' : formatKilobytes(m.budgetBytes),
  verdict: m.budgetBytes === null ? 'reported' : m.withinBudget ? 'ok' : 'OVER BUDGET',
}));
console.table(rows);

const over = measurements.filter((m) => !m.withinBudget);
if (over.length > 0) {
  for (const m of over) {
    console.error(
      `size: ${m.id} from ${m.source} weighs ${formatKilobytes(m.gzipBytes)} gzipped, over its budget of ${formatKilobytes(m.budgetBytes ?? 0)}`,
    );
  }
  process.exitCode = 1;
}
