import { renderScript } from '../../src/index.js';
import type { RenderScriptInput, Script } from '../../src/index.js';

// docs/scripts.md holds fenced blocks tagged after the language: one `script-facts` block, and
// for each example a `script-options` block followed by its `script-output` and
// `script-measures` blocks. The docs test renders every example again and compares; the
// writer (write-docs-examples.ts) fills the output blocks in from the same rendering.

export interface FencedBlock {
  readonly tag: string;
  readonly language: string;
  /** Index of the opening fence line. */
  readonly open: number;
  /** Index of the closing fence line. */
  readonly close: number;
  readonly body: string;
}

/** Every fenced block whose info string is `<language> script-<something>`, in page order. */
export function scriptBlocks(markdown: string): FencedBlock[] {
  const lines = markdown.split('\n');
  const blocks: FencedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const [language, tag] = (lines[i] ?? '').startsWith('```') ? (lines[i] ?? '').slice(3).split(' ') : [];
    if (language === undefined || tag?.startsWith('script-') !== true) continue;
    const close = lines.indexOf('```', i + 1);
    if (close === -1) throw new Error(`unclosed block at line ${String(i + 1)}`);
    blocks.push({ tag, language, open: i, close, body: lines.slice(i + 1, close).join('\n') });
    i = close;
  }
  return blocks;
}

/** How an example's script is shown: the subject, the text, and each branch after a tag. */
export function formatScript(script: Script): string {
  const parts: string[] = [];
  if (script.subject !== undefined) parts.push(`Subject: ${script.subject}`);
  parts.push(script.text);
  for (const branch of script.branches ?? []) parts.push(`[${branch.id}] ${branch.when}\n${branch.text}`);
  return parts.join('\n\n');
}

/** The measures shown under an example, as pretty JSON. */
export function formatMeasures(script: Script): string {
  const { wordCount, estimatedSeconds, wordBudget, placeholders } = script;
  return JSON.stringify({ wordCount, estimatedSeconds, wordBudget, placeholders }, null, 2);
}

export interface DocumentedExample {
  readonly options: FencedBlock;
  readonly output: FencedBlock | undefined;
  readonly measures: FencedBlock | undefined;
  readonly input: RenderScriptInput;
}

/** The examples of the page, each with its input (the facts merged with its options). */
export function documentedExamples(markdown: string): DocumentedExample[] {
  const blocks = scriptBlocks(markdown);
  const factsBlock = blocks.find((block) => block.tag === 'script-facts');
  if (factsBlock === undefined) throw new Error('docs/scripts.md has no script-facts block');
  const facts = JSON.parse(factsBlock.body) as Partial<RenderScriptInput>;
  const examples: DocumentedExample[] = [];
  blocks.forEach((block, index) => {
    if (block.tag !== 'script-options') return;
    const next = blocks.slice(index + 1, index + 3);
    examples.push({
      options: block,
      output: next.find((b) => b.tag === 'script-output'),
      measures: next.find((b) => b.tag === 'script-measures'),
      input: { ...facts, ...(JSON.parse(block.body) as Partial<RenderScriptInput>) } as RenderScriptInput,
    });
  });
  return examples;
}

/** The page with every example's output and measures blocks rewritten from renderScript. */
export function rewriteExamples(markdown: string): string {
  const lines = markdown.split('\n');
  // Rewrite from the bottom up so earlier line numbers stay valid.
  for (const example of documentedExamples(markdown).reverse()) {
    const script = renderScript(example.input);
    for (const [block, body] of [
      [example.measures, formatMeasures(script)],
      [example.output, formatScript(script)],
    ] as const) {
      if (block === undefined) throw new Error(`example at line ${String(example.options.open + 1)} lacks a block`);
      lines.splice(block.open + 1, block.close - block.open - 1, ...body.split('\n'));
    }
  }
  return lines.join('\n');
}
