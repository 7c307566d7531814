import { describe, expect, it } from 'vitest';
import { rules } from '../../src/index.js';
import { readPage } from './fenced-blocks.js';
import { generatedSection, measuredSizes, renderRulesTable, renderSizeLine } from './generated-sections.js';

const readme = readPage('README.md');
const REFRESH = 'run `npm run docs:refresh`';

describe('the rules table of README.md', () => {
  it(`is the table the exported rules render (${REFRESH} after changing a rule)`, () => {
    expect(generatedSection(readme, 'rules-table')).toBe(renderRulesTable(rules));
  });

  it.each(rules.map((rule) => [rule.id]))('has a row for %s that links to its section in docs/rules.md', (id) => {
    expect(generatedSection(readme, 'rules-table')).toContain(`| [\`${id}\`](docs/rules.md#${id}) |`);
  });
});

describe('the size line of README.md', () => {
  const benchmarks = readPage('docs/benchmarks.md');

  it('finds the sizes measured from src in docs/benchmarks.md', () => {
    const sizes = measuredSizes(benchmarks);
    for (const id of ['everything', 'nextCallWindow', 'checkMessage']) expect(sizes.get(id)).toBeGreaterThan(0);
  });

  it(`gives the sizes docs/benchmarks.md measured, to the KB (${REFRESH} after \`npm run bench\`)`, () => {
    expect(generatedSection(readme, 'size')).toBe(renderSizeLine(benchmarks));
  });
});
