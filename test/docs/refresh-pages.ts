// Refreshes the generated parts of the pages: the output block of every runnable block, from what
// the block really prints, and the README's generated sections (generated-sections.ts):
//   npm run docs:refresh [-- README.md docs/guide.md ...]   (default: every page)
// Read the changes before keeping them: the tests trust the pages.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, documentationPages, normaliseOutput, pageSnippets, readPage, shellExamples } from './fenced-blocks.js';
import type { FencedBlock } from './fenced-blocks.js';
import { rules } from '../../src/index.js';
import { renderRulesTable, renderSizeLine, withGeneratedSection } from './generated-sections.js';
import { runShellCommands, shellCommands } from './shell-commands.js';
import { printedByBlock, writeRunnableModule } from './snippet-modules.js';

const directory = join(ROOT, '.tmp', 'docs-blocks', `write-${String(process.pid)}`);
const requested = process.argv.slice(2);
const pages = requested.length > 0 ? requested : documentationPages();

try {
  for (const page of pages) {
    const markdown = readPage(page);
    const replacements: { block: FencedBlock; text: string }[] = [];
    for (const chain of pageSnippets(page, markdown).chains) {
      if (!chain.snippets.some((snippet) => snippet.runnable)) continue;
      const printed = await printedByBlock(chain, writeRunnableModule(chain, directory));
      chain.snippets.forEach((snippet, index) => {
        if (snippet.output !== undefined) replacements.push({ block: snippet.output, text: printed[index] ?? '' });
      });
    }
    for (const { block, output } of shellExamples(page, markdown).examples) {
      if (output !== undefined) replacements.push({ block: output, text: normaliseOutput(await runShellCommands(shellCommands(block.body))) });
    }
    const lines = markdown.split('\n');
    // From the bottom up, so that the line numbers of the blocks above stay right.
    for (const { block, text } of replacements.sort((a, b) => b.block.fenceLine - a.block.fenceLine)) {
      const indented = text.split('\n').map((line) => (line === '' ? '' : ' '.repeat(block.indent) + line));
      lines.splice(block.fenceLine, block.lineCount, ...indented);
    }
    let refreshed = lines.join('\n');
    if (page === 'README.md') {
      refreshed = withGeneratedSection(refreshed, 'rules-table', renderRulesTable(rules));
      refreshed = withGeneratedSection(refreshed, 'size', renderSizeLine(readPage('docs/benchmarks.md')));
    }
    if (refreshed === markdown) continue;
    writeFileSync(join(ROOT, page), refreshed);
    console.log(`${page}: refreshed (${String(replacements.length)} output blocks)`);
  }
} finally {
  rmSync(directory, { recursive: true, force: true });
}
