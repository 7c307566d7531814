// Keeps the docs true: every ```ts block of README.md and docs/*.md type-checks against the
// package, and every runnable block prints exactly what the page shows beside it. The
// conventions are in fenced-blocks.ts and docs/CONTRIBUTING-docs.md.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROOT, documentationPages, normaliseOutput, pageSnippets, readPage, shellExamples } from './fenced-blocks.js';
import type { Snippet } from './fenced-blocks.js';
import { runShellCommands, shellCommands } from './shell-commands.js';
import { printedByBlock, typeCheckChains, writeRunnableModule } from './snippet-modules.js';

// One folder per process, so that two test runs at once do not delete each other's files.
const workDirectory = join(ROOT, '.tmp', 'docs-blocks', String(process.pid));

// Two clocks far apart: a runnable block that read the clock would print different things.
const CLOCKS = ['2001-02-03T04:05:06Z', '2037-11-12T13:14:15Z'];

const pages = documentationPages().map((page) => {
  const markdown = readPage(page);
  const snippets = pageSnippets(page, markdown);
  const shell = shellExamples(page, markdown);
  return { page, chains: snippets.chains, shellBlocks: shell.examples, problems: [...snippets.problems, ...shell.problems] };
});
const allChains = pages.flatMap((page) => page.chains);

let typeErrors = new Map<Snippet, string[]>();

beforeAll(() => {
  typeErrors = typeCheckChains(allChains, join(workDirectory, 'typecheck'));
});

afterAll(() => {
  rmSync(workDirectory, { recursive: true, force: true });
});

describe('README.md and docs/*.md', () => {
  it('include the README and the guides', () => {
    const names = pages.map(({ page }) => page);
    expect(names).toContain('README.md');
    expect(names).toContain('docs/getting-started.md');
    expect(names).toContain('docs/integrations.md');
  });
});

/** Runs `body` once with the clock at each of CLOCKS. */
async function atEachClock(body: (clock: string) => Promise<void>): Promise<void> {
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    for (const clock of CLOCKS) {
      vi.setSystemTime(new Date(clock));
      await body(clock);
    }
  } finally {
    vi.useRealTimers();
  }
}

for (const { page, chains, shellBlocks, problems } of pages) {
  describe(page, () => {
    it('follows the code block conventions', () => {
      expect(problems).toEqual([]);
    });

    for (const chain of chains) {
      chain.snippets.forEach((snippet, index) => {
        it(`block at line ${String(snippet.block.fenceLine)} type-checks against the package`, () => {
          expect(typeErrors.get(snippet)).toEqual([]);
        });

        const output = snippet.output;
        if (!snippet.runnable || output === undefined) return;
        it(`block at line ${String(snippet.block.fenceLine)} prints what line ${String(output.fenceLine)} shows`, async () => {
          const file = writeRunnableModule(chain, join(workDirectory, 'run'));
          await atEachClock(async (clock) => {
            const printed = await printedByBlock(chain, file);
            expect(printed[index], `printed with the clock at ${clock}`).toBe(normaliseOutput(output.body));
          });
        });
      });
    }

    for (const { block, output } of shellBlocks) {
      if (output === undefined) continue;
      it(`command block at line ${String(block.fenceLine)} prints what line ${String(output.fenceLine)} shows`, async () => {
        const commands = shellCommands(block.body);
        await atEachClock(async (clock) => {
          const printed = normaliseOutput(await runShellCommands(commands));
          expect(printed, `printed with the clock at ${clock}`).toBe(normaliseOutput(output.body));
        });
      });
    }
  });
}
