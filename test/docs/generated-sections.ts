// The README's generated sections: the table of rules, from the exported `rules`, and the size
// line, from the Size table of docs/benchmarks.md. Each sits between two HTML comments,
// `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`; refresh-pages.ts rewrites them and
// readme-generated.test.ts fails when the README and its sources disagree.
import type { RuleMeta } from '../../src/index.js';

function markers(name: string): { open: string; close: string } {
  return { open: `<!-- generated:${name} -->`, close: `<!-- /generated:${name} -->` };
}

function bounds(markdown: string, name: string): { from: number; to: number } {
  const { open, close } = markers(name);
  const start = markdown.indexOf(open);
  const end = markdown.indexOf(close);
  if (start === -1 || end < start) throw new Error(`the page has no ${open} ... ${close} section`);
  return { from: start + open.length, to: end };
}

/** The text of a generated section, without the line breaks around it. */
export function generatedSection(markdown: string, name: string): string {
  const { from, to } = bounds(markdown, name);
  return markdown.slice(from, to).trim();
}

/** The page with a generated section's text replaced. */
export function withGeneratedSection(markdown: string, name: string, text: string): string {
  const { from, to } = bounds(markdown, name);
  return `${markdown.slice(0, from)}\n${text}\n${markdown.slice(to)}`;
}

const ALL_CHANNELS = 5;

/** The rules table: one row per rule, text rules first, each in the registry's order. */
export function renderRulesTable(rules: readonly RuleMeta[]): string {
  const ordered = [...rules.filter((rule) => rule.needs === 'text'), ...rules.filter((rule) => rule.needs === 'context')];
  const rows = ordered.map((rule) => {
    const channels = rule.channels.length === ALL_CHANNELS ? 'all' : rule.channels.join(', ');
    return `| [\`${rule.id}\`](docs/rules.md#${rule.id}) | ${rule.needs} | ${rule.severity} | ${channels} | ${rule.description} |`;
  });
  return ['| rule | reads | default | channels | what it reports |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** The gzipped size, in KB, of each import measured from `src` in the Size table of docs/benchmarks.md. */
export function measuredSizes(benchmarks: string): Map<string, number> {
  const sizes = new Map<string, number>();
  const section = benchmarks.slice(benchmarks.indexOf('## Size'));
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    // | source | import | minified | gzip | budget | verdict |
    if (cells[1] !== 'src' || cells[4]?.endsWith(' KB') !== true) continue;
    sizes.set(cells[2] ?? '', Number(cells[4].slice(0, -' KB'.length)));
  }
  return sizes;
}

/** The README's size line, with each figure rounded to a whole KB. */
export function renderSizeLine(benchmarks: string): string {
  const sizes = measuredSizes(benchmarks);
  const kb = (id: string): string => {
    const size = sizes.get(id);
    if (size === undefined) throw new Error(`docs/benchmarks.md has no src size for ${id}`);
    return `${String(Math.round(size))} KB`;
  };
  return [
    `- Size, minified and gzipped with its dependencies, as a browser bundle gets it: about`,
    `  ${kb('everything')} for everything, ${kb('nextCallWindow')} for \`nextCallWindow\` alone and ${kb('checkMessage')} for`,
    `  \`checkMessage\` alone (esbuild, tree shaken; \`npm run size\` measures it, and`,
    `  [Benchmarks](docs/benchmarks.md#size) lists every entry).`,
  ].join('\n');
}
