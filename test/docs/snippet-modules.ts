// Turns the chains of TypeScript blocks (see fenced-blocks.ts) into modules on disk: one to
// type-check, exactly as the page shows it, and, for chains with a runnable block, one to run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { format } from 'node:util';
import ts from 'typescript';
import { ROOT, normaliseOutput } from './fenced-blocks.js';
import type { Snippet, SnippetChain } from './fenced-blocks.js';

/** What the blocks import, and the source file each import means while testing. */
export const PACKAGE_ENTRIES: Readonly<Record<string, string>> = {
  'interview-followup': join(ROOT, 'src', 'index.ts'),
  'interview-followup/holidays': join(ROOT, 'src', 'holidays.ts'),
};

/** A chain's blocks joined into one module, and the 0-based line where each block starts. */
function joinChain(chain: SnippetChain): { text: string; starts: number[] } {
  const starts: number[] = [];
  let line = 0;
  for (const snippet of chain.snippets) {
    starts.push(line);
    line += snippet.block.body.split('\n').length;
  }
  return { text: chain.snippets.map((snippet) => snippet.block.body).join('\n'), starts };
}

/** Compiler options: the repository's tsconfig, with the package's name mapped to its sources. */
function compilerOptions(): ts.CompilerOptions {
  const configPath = join(ROOT, 'tsconfig.json');
  const read = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, ROOT, undefined, configPath);
  const paths: Record<string, string[]> = {};
  for (const [specifier, file] of Object.entries(PACKAGE_ENTRIES)) paths[specifier] = [file];
  return { ...parsed.options, paths, noEmit: true };
}

/**
 * Type-checks every chain in one program and returns the errors of each block, as
 * `page:line:column message` with the page's own line numbers. A block without errors maps to
 * an empty list.
 */
export function typeCheckChains(chains: readonly SnippetChain[], directory: string): Map<Snippet, string[]> {
  mkdirSync(directory, { recursive: true });
  const files = new Map<string, { chain: SnippetChain; starts: number[] }>();
  for (const chain of chains) {
    const file = join(directory, `${chain.id}.ts`);
    const { text, starts } = joinChain(chain);
    writeFileSync(file, text);
    files.set(file, { chain, starts });
  }

  const program = ts.createProgram([...files.keys()], compilerOptions());
  const errors = new Map<Snippet, string[]>();
  for (const chain of chains) for (const snippet of chain.snippets) errors.set(snippet, []);

  for (const diagnostic of program.getOptionsDiagnostics()) {
    for (const list of errors.values()) list.push(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  }
  for (const [file, { chain, starts }] of files) {
    const source = program.getSourceFile(file);
    if (source === undefined) throw new Error(`the program lost ${file}`);
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    for (const diagnostic of diagnostics) {
      const position = source.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      // The block that holds the line: the last one starting at or before it.
      let index = 0;
      while (index + 1 < starts.length && (starts[index + 1] ?? Infinity) <= position.line) index++;
      const snippet = chain.snippets[index];
      if (snippet === undefined) continue;
      const pageLine = snippet.block.fenceLine + 1 + position.line - (starts[index] ?? 0);
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
      errors.get(snippet)?.push(`${snippet.block.page}:${String(pageLine)}:${String(position.character + 1)} ${message}`);
    }
  }
  return errors;
}

function isHoisted(statement: ts.Statement): boolean {
  if (ts.isImportDeclaration(statement)) return true;
  return ts.canHaveModifiers(statement) && (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.DeclareKeyword);
}

/** A relative import path from a folder to a TypeScript file, as the `.js` the runtime resolves. */
export function importPath(from: string, file: string): string {
  const path = relative(from, file).replaceAll('\\', '/').replace(/\.ts$/, '.js');
  return path.startsWith('.') ? path : `./${path}`;
}

/**
 * Writes a chain as a module whose default export runs its blocks in order. Imports (and
 * `declare` statements) move to the top, with the package's name pointing at its sources; the
 * rest runs inside `run(mark)`, which calls `mark(i)` before the i-th block so that the caller
 * can tell which block printed what. Returns the module's path.
 */
export function writeRunnableModule(chain: SnippetChain, directory: string): string {
  mkdirSync(directory, { recursive: true });
  const hoisted: string[] = [];
  const bodies: string[] = [];
  chain.snippets.forEach((snippet, index) => {
    const source = ts.createSourceFile(`${chain.id}-${String(index)}.ts`, snippet.block.body, ts.ScriptTarget.ES2022, true);
    let body = snippet.block.body;
    // Cut from the end so that the earlier offsets stay valid; keep the line breaks.
    for (const statement of [...source.statements].reverse()) {
      if (!isHoisted(statement)) continue;
      let text = statement.getText(source);
      if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
        const target = PACKAGE_ENTRIES[statement.moduleSpecifier.text];
        if (target !== undefined) {
          text = text.replace(statement.moduleSpecifier.getText(source), JSON.stringify(importPath(directory, target)));
        }
      }
      hoisted.unshift(text);
      const start = statement.getStart(source);
      const end = statement.getEnd();
      body = body.slice(0, start) + body.slice(start, end).replace(/[^\n]/g, ' ') + body.slice(end);
    }
    bodies.push(`mark(${String(index)});\n${body}`);
  });
  const file = join(directory, `${chain.id}.ts`);
  const module = [
    ...hoisted,
    'export default async function run(mark: (block: number) => void): Promise<void> {',
    ...bodies,
    '}',
    '',
  ].join('\n');
  writeFileSync(file, module);
  return file;
}

interface RunnableModule {
  default: (mark: (block: number) => void) => Promise<void>;
}

/**
 * Runs a module from {@link writeRunnableModule} and returns what each block of its chain
 * printed with `console.log` or `console.info`, normalised as the page's output blocks are.
 */
export async function printedByBlock(chain: SnippetChain, file: string): Promise<string[]> {
  const module = (await import(file)) as RunnableModule;
  const printed: string[][] = chain.snippets.map(() => []);
  let current = 0;
  const record = (...args: unknown[]): void => {
    printed[current]?.push(format(...args));
  };
  const { log, info } = console;
  console.log = record;
  console.info = record;
  try {
    await module.default((block) => {
      current = block;
    });
  } finally {
    console.log = log;
    console.info = info;
  }
  return printed.map((lines) => normaliseOutput(lines.join('\n')));
}
