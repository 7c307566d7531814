// The docs tests are only as honest as the tools they read the pages with: these are their specs.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ROOT, fencedBlocks, normaliseOutput, pageSnippets, shellExamples } from './fenced-blocks.js';
import { autoImports, readPublicExports, sourceImport, writeExampleModule } from './public-exports.js';
import type { ExampleChecks } from './public-exports.js';
import { shellCommands, shellLines } from './shell-commands.js';

const fence = '```';

describe('fencedBlocks', () => {
  it('reads the language, the flags and the body of a block', () => {
    const [block] = fencedBlocks('page.md', `# Title\n\n${fence}ts runnable continued\nconst a = 1;\n${fence}\n`);
    expect(block).toEqual({ page: 'page.md', language: 'ts', flags: ['runnable', 'continued'], fenceLine: 3, lineCount: 1, indent: 0, body: 'const a = 1;' });
  });

  it('keeps a shorter fence inside a longer one as content', () => {
    const blocks = fencedBlocks('page.md', `${fence}\`markdown\n${fence}ts\nx;\n${fence}\n${fence}\`\n`);
    expect(blocks.map((block) => [block.language, block.body])).toEqual([['markdown', `${fence}ts\nx;\n${fence}`]]);
  });

  it('reads tilde fences', () => {
    expect(fencedBlocks('page.md', '~~~ts\nlet b;\n~~~').map((block) => block.body)).toEqual(['let b;']);
  });

  it('removes the indentation of a block inside a list item', () => {
    const [block] = fencedBlocks('page.md', `1. Step:\n   ${fence}ts\n   if (x) {\n     y();\n   }\n   ${fence}\n`);
    expect(block?.body).toBe('if (x) {\n  y();\n}');
    expect(block?.indent).toBe(3);
  });

  it('reads an empty block', () => {
    expect(fencedBlocks('page.md', `${fence}text\n${fence}\n`).map((block) => [block.body, block.lineCount])).toEqual([['', 0]]);
  });
});

describe('pageSnippets', () => {
  const page = [
    `${fence}ts runnable`, 'const a = 1;', 'console.log(a);', fence,
    'It prints:',
    `${fence}text`, '1', fence,
    `${fence}ts continued`, 'console.log(a + 1);', fence,
    `${fence}ts`, 'export {};', fence,
  ].join('\n');

  it('pairs a runnable block with the text block after it, even past prose', () => {
    const [first] = pageSnippets('p.md', page).chains;
    expect(first?.snippets[0]?.output?.body).toBe('1');
  });

  it('appends a continued block to the chain before it, and starts a new chain otherwise', () => {
    const { chains, problems } = pageSnippets('p.md', page);
    expect(chains.map((chain) => [chain.id, chain.snippets.length])).toEqual([['p-1', 2], ['p-2', 1]]);
    expect(problems).toEqual([]);
  });

  it.each([
    ['an unknown flag', `${fence}ts runable\nx;\n${fence}`, 'p.md:1: unknown flag "runable" (use runnable and/or continued)'],
    ['a runnable block without output', `${fence}ts runnable\nx;\n${fence}\n${fence}json\n{}\n${fence}`, 'p.md:1: a runnable block must be followed by a `text` block showing what it prints'],
    ['a continued block with nothing before it', `${fence}ts continued\nx;\n${fence}`, 'p.md:1: "continued", but no ts block comes before it'],
  ])('reports %s', (_what, markdown, problem) => {
    expect(pageSnippets('p.md', markdown).problems).toEqual([problem]);
  });
});

describe('shellExamples', () => {
  it('takes only runnable shell blocks, each with the text block after it', () => {
    const markdown = `${fence}sh\nnpm ci\n${fence}\n${fence}sh runnable\ninterview-followup rules\n${fence}\n${fence}text\nout\n${fence}`;
    const { examples, problems } = shellExamples('p.md', markdown);
    expect(examples.map((example) => [example.block.body, example.output?.body])).toEqual([['interview-followup rules', 'out']]);
    expect(problems).toEqual([]);
  });
});

describe('shellLines', () => {
  it.each([
    ['plain words', 'a b  c', [['a', 'b', 'c']]],
    ['single quotes keep everything', `a 'b "c" \\d'`, [['a', 'b "c" \\d']]],
    ['double quotes allow \\" and \\\\', 'a "b \\"c\\" \\\\"', [['a', 'b "c" \\']]],
    ['quotes joined to a word', `--name="Ana Silva"x`, [['--name=Ana Silvax']]],
    ['a backslash joins lines', 'a \\\n  b\nc', [['a', 'b'], ['c']]],
    ['a comment ends the line', 'a # note\nb#c', [['a'], ['b#c']]],
    ['blank lines', '\n\na\n\n', [['a']]],
  ])('splits %s', (_what, script, expected) => {
    expect(shellLines(script)).toEqual(expected);
  });

  it('rejects an unclosed quote', () => {
    expect(() => shellLines(`a 'b`)).toThrow('unclosed single quote');
  });
});

describe('shellCommands', () => {
  it('reads npx, the program and an echoed standard input', () => {
    expect(shellCommands(`echo 'Hi there' | npx interview-followup check --channel email`)).toEqual([
      { argv: ['check', '--channel', 'email'], stdin: 'Hi there\n' },
    ]);
  });

  it('refuses any other program', () => {
    expect(() => shellCommands('rm -rf /')).toThrow('not a command of interview-followup: rm -rf /');
  });
});

describe('normaliseOutput', () => {
  it('drops trailing spaces and trailing blank lines, and nothing else', () => {
    expect(normaliseOutput('  a  \n\nb\t\n\n\n')).toBe('  a\n\nb');
  });
});

describe('writeExampleModule', () => {
  const directory = join(ROOT, '.tmp', 'docs-tooling', String(process.pid));
  const exports = readPublicExports();
  afterAll(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  async function checksOf(code: string, name: string): Promise<string[]> {
    const file = writeExampleModule(code, autoImports(code, exports, sourceImport(directory)), join(directory, `${name}.ts`));
    const module = (await import(file)) as { default: (checks: ExampleChecks) => Promise<void> };
    const seen: string[] = [];
    const checks: ExampleChecks = {
      value: (line, actual, expected) => seen.push(`value ${String(line)}: ${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`),
      printed: (line, expected) => seen.push(`printed ${String(line)}: ${expected}`),
    };
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await module.default(checks);
    } finally {
      log.mockRestore();
    }
    return seen;
  }

  it('compares the value of the expression before a //=> line, even when the value is wrong', async () => {
    const code = "describeIssue({ path: ['a', 0], message: 'is bad' });\n//=> 'a[0] is worse'";
    expect(await checksOf(code, 'value')).toEqual(['value 2: "a[0] is bad" vs "a[0] is worse"']);
  });

  it('compares printed output after a statement that is not an expression, or a console call', async () => {
    const code = "try {\n  nextCallWindow({ interviewAt: 'soon' });\n} catch (error) {\n  console.log((error as Error).name);\n}\n//=> InvalidInputError";
    expect(await checksOf(code, 'printed')).toEqual(['printed 6: InvalidInputError']);
  });

  it('refuses a //=> after an expression that shows no JavaScript value', () => {
    expect(() => writeExampleModule('1 + 1;\n//=> two, of course', '', join(directory, 'bad.ts'))).toThrow('line 2: "two, of course" is not a JavaScript value');
  });

  it('imports every export the example does not declare itself', () => {
    const imports = autoImports('const rules = 1;', exports, (specifier) => specifier);
    expect(imports).toContain("from \"interview-followup\"");
    expect(imports).toContain('nextCallWindow');
    expect(imports).not.toMatch(/\brules\b/);
    expect(imports).toMatch(/import type \{[^}]*\bCallWindow\b/);
  });

  it('imports nothing for an example with imports of its own', () => {
    expect(autoImports("import { rules } from 'interview-followup';", exports, (specifier) => specifier)).toBe('');
  });
});
