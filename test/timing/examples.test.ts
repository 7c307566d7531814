import { readdirSync, readFileSync } from 'node:fs';
import { runInThisContext } from 'node:vm';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

// Runs every `@example` in the timing sources: each `//=>` line states the value of the
// statement just above it, and the test checks that value.

const sourceDir = new URL('../../src/', import.meta.url);
const files = [
  ...readdirSync(new URL('timing/', sourceDir))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `timing/${name}`),
  'holidays.ts',
];

function examplesOf(source: string): string[] {
  const blocks: string[] = [];
  for (const comment of source.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const text = comment[1]!
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, ''))
      .join('\n');
    for (const block of text.matchAll(/```ts\n([\s\S]*?)```/g)) blocks.push(block[1]!);
  }
  return blocks;
}

/** Turns `expr; // note` followed by `//=> value` into a call that compares the two. */
function toChecks(example: string): string {
  const out: string[] = [];
  for (const line of example.split('\n')) {
    if (line.startsWith('//=>')) {
      let statement = out.pop() ?? '';
      while (statement.trim() === '' && out.length > 0) statement = out.pop()!;
      const expression = statement.replace(/;\s*(?:\/\/.*)?$/, '');
      out.push(`__check(${expression}, ${line.slice(4).trim()});`);
    } else out.push(line);
  }
  return transformSync(out.join('\n'), { loader: 'ts' }).code;
}

async function scope(): Promise<Record<string, unknown>> {
  const modules = await Promise.all([
    import('../../src/index.js'),
    ...files.map((file) => import(/* @vite-ignore */ new URL(file, sourceDir).href)),
  ]);
  const names: Record<string, unknown> = {};
  for (const module of modules as Record<string, unknown>[]) Object.assign(names, module);
  return names;
}

describe('the @example blocks of the timing sources', () => {
  for (const file of files) {
    const examples = examplesOf(readFileSync(new URL(file, sourceDir), 'utf8'));
    if (examples.length === 0) continue;
    it(`${file}: ${String(examples.length)} example(s) give the results they show`, async () => {
      const names = await scope();
      for (const example of examples) {
        const checked: unknown[] = [];
        const check = (actual: unknown, expected: unknown) => {
          checked.push(actual);
          expect(actual, example).toEqual(expected);
        };
        const run = runInThisContext(`(function (__check, ${Object.keys(names).join(', ')}) {\n${toChecks(example)}\n})`) as (
          ...args: unknown[]
        ) => void;
        run(check, ...Object.values(names));
        expect(checked.length, example).toBeGreaterThan(0);
      }
    });
  }
});
