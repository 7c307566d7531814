// Reads the fenced code blocks of the Markdown pages and applies the docs' conventions to them.
//
// The conventions (docs/CONTRIBUTING-docs.md tells writers the same):
//
//   ```ts                 type-checked against the package, as a module of its own
//   ```ts runnable        type-checked, then run; what it prints with console.log must equal the
//   ```text               next fenced block, which must be a `text` block (prose may sit between)
//   ```ts continued       appended to the page's previous ts block, so it can use that block's
//                         names; combine as `ts runnable continued`
//   ```sh runnable        command lines of the CLI (`interview-followup ...` or `npx ...`), run in
//   ```text               this process; their standard output and error must equal the next
//                         `text` block. `echo '...' | interview-followup ...` feeds standard input.
//
// Imports name the package as users do: 'interview-followup' and 'interview-followup/holidays'.
// A runnable block must print the same thing whatever the clock says: pass `now`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

/** The pages whose blocks are checked: the README and every Markdown file directly in docs/. */
export function documentationPages(): string[] {
  const guides = readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`);
  return ['README.md', ...guides];
}

/** One fenced code block of a page. */
export interface FencedBlock {
  /** The page, relative to the repository root, e.g. `docs/timing.md`. */
  readonly page: string;
  /** The first word of the info string, e.g. `ts`; empty when there is none. */
  readonly language: string;
  /** The other words of the info string, e.g. `['runnable']`. */
  readonly flags: readonly string[];
  /** 1-based line of the opening fence in the page. */
  readonly fenceLine: number;
  /** How many lines lie between the fences. */
  readonly lineCount: number;
  /** The spaces before the opening fence (a block inside a list item is indented). */
  readonly indent: number;
  /** The content, without the fences and without the fence's indentation. */
  readonly body: string;
}

function leadingSpaces(line: string): number {
  let count = 0;
  while (line[count] === ' ') count++;
  return count;
}

function runOf(text: string, char: string): number {
  let count = 0;
  while (text[count] === char) count++;
  return count;
}

/** Every fenced block of a page, in order (CommonMark fences of three or more ` or ~). */
export function fencedBlocks(page: string, markdown: string): FencedBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: FencedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const indent = leadingSpaces(line);
    const rest = line.slice(indent);
    const fenceChar = rest[0];
    if (fenceChar !== '`' && fenceChar !== '~') continue;
    const fenceLength = runOf(rest, fenceChar);
    if (fenceLength < 3) continue;
    const info = rest.slice(fenceLength).trim();
    if (fenceChar === '`' && info.includes('`')) continue;

    let close = i + 1;
    for (; close < lines.length; close++) {
      const candidate = (lines[close] ?? '').trimStart();
      if (runOf(candidate, fenceChar) >= fenceLength && candidate.slice(runOf(candidate, fenceChar)).trim() === '') break;
    }
    const content = lines.slice(i + 1, close).map((text) => text.slice(Math.min(indent, leadingSpaces(text))));
    const [language = '', ...flags] = info.split(/\s+/).filter((word) => word !== '');
    blocks.push({ page, language, flags, fenceLine: i + 1, lineCount: content.length, indent, body: content.join('\n') });
    i = close;
  }
  return blocks;
}

const TYPESCRIPT = new Set(['ts', 'typescript']);
const FLAGS = new Set(['runnable', 'continued']);

/** A TypeScript block, read with the conventions. */
export interface Snippet {
  readonly block: FencedBlock;
  readonly runnable: boolean;
  readonly continued: boolean;
  /** For a runnable block: the `text` block that shows what it prints. */
  readonly output: FencedBlock | undefined;
}

/** A module the test builds: a block and the `continued` blocks after it. */
export interface SnippetChain {
  /** A file-name-safe id, e.g. `docs-timing-2` (the page and its n-th chain). */
  readonly id: string;
  readonly page: string;
  readonly snippets: readonly Snippet[];
}

/** What a page's blocks mean under the conventions, and where a page breaks them. */
export interface PageSnippets {
  readonly chains: readonly SnippetChain[];
  /** Each broken convention as `page:line: what is wrong`; empty when the page follows them. */
  readonly problems: readonly string[];
}

/** Reads a page's TypeScript blocks into chains, and lists where it breaks the conventions. */
export function pageSnippets(page: string, markdown: string): PageSnippets {
  const blocks = fencedBlocks(page, markdown);
  const problems: string[] = [];
  const chains: { id: string; page: string; snippets: Snippet[] }[] = [];
  const stem = page.replace(/\.md$/, '').replaceAll('/', '-');

  blocks.forEach((block, index) => {
    if (!TYPESCRIPT.has(block.language)) return;
    const where = `${page}:${String(block.fenceLine)}`;
    for (const flag of block.flags) {
      if (!FLAGS.has(flag)) problems.push(`${where}: unknown flag "${flag}" (use runnable and/or continued)`);
    }
    const runnable = block.flags.includes('runnable');
    const continued = block.flags.includes('continued');
    const next = blocks[index + 1];
    const output = runnable && next?.language === 'text' ? next : undefined;
    if (runnable && output === undefined) {
      problems.push(`${where}: a runnable block must be followed by a \`text\` block showing what it prints`);
    }
    const snippet: Snippet = { block, runnable, continued, output };
    const previous = chains.at(-1);
    if (continued) {
      if (previous === undefined) problems.push(`${where}: "continued", but no ts block comes before it`);
      else {
        previous.snippets.push(snippet);
        return;
      }
    }
    chains.push({ id: `${stem}-${String(chains.length + 1)}`, page, snippets: [snippet] });
  });
  return { chains, problems };
}

const SHELL = new Set(['sh', 'shell', 'bash', 'console']);

/** A runnable shell block and the `text` block that shows what its commands print. */
export interface ShellExample {
  readonly block: FencedBlock;
  readonly output: FencedBlock | undefined;
}

/** The runnable shell blocks of a page, and where they break the conventions. */
export function shellExamples(page: string, markdown: string): { examples: ShellExample[]; problems: string[] } {
  const blocks = fencedBlocks(page, markdown);
  const examples: ShellExample[] = [];
  const problems: string[] = [];
  blocks.forEach((block, index) => {
    if (!SHELL.has(block.language) || !block.flags.includes('runnable')) return;
    const next = blocks[index + 1];
    const output = next?.language === 'text' ? next : undefined;
    if (output === undefined) {
      problems.push(`${page}:${String(block.fenceLine)}: a runnable block must be followed by a \`text\` block showing what it prints`);
    }
    examples.push({ block, output });
  });
  return { examples, problems };
}

/** Reads a page of the repository. */
export function readPage(page: string): string {
  return readFileSync(join(ROOT, page), 'utf8');
}

/** A block's printed output as the page shows it: trailing spaces and blank lines dropped. */
export function normaliseOutput(text: string): string {
  const lines = text.split('\n').map((line) => line.trimEnd());
  while (lines.at(-1) === '') lines.pop();
  return lines.join('\n');
}
