// Reads the TSDoc of every export of the package's entry points with the TypeScript compiler,
// following re-exports to the declaration that carries the comment, and turns each `@example`
// into a module that can be type-checked and run: the `//=>` lines become checks.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { ROOT, fencedBlocks } from './fenced-blocks.js';
import { PACKAGE_ENTRIES, importPath } from './snippet-modules.js';

/** The entry points, as users import them, and their source files. */
export const ENTRY_POINTS = [
  { specifier: 'interview-followup', source: 'src/index.ts' },
  { specifier: 'interview-followup/holidays', source: 'src/holidays.ts' },
] as const;

/** What the TSDoc of one export says. */
export interface ExportDocs {
  readonly entry: string;
  readonly name: string;
  /** The summary (the comment before its tags), trimmed; empty when there is none. */
  readonly summary: string;
  /** The names of its block tags, e.g. `['param', 'throws', 'example']`. */
  readonly tags: readonly string[];
  /** Parameters of exported functions that no `@param` tag describes. */
  readonly undocumentedParameters: readonly string[];
  /** The code of each ```ts block in its `@example` tags. */
  readonly examples: readonly string[];
  /** Whether the name is a value (a function, a constant, a class) rather than only a type. */
  readonly isValue: boolean;
}

/** Every export of the entry points, in declaration order. */
export function readPublicExports(): ExportDocs[] {
  const program = ts.createProgram(
    ENTRY_POINTS.map((entry) => join(ROOT, entry.source)),
    {
      strict: true,
      module: ts.ModuleKind.Preserve,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      noEmit: true,
      skipLibCheck: true,
    },
  );
  const checker = program.getTypeChecker();
  return ENTRY_POINTS.flatMap(({ source: entry }) => {
    const source = program.getSourceFile(join(ROOT, entry));
    const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (moduleSymbol === undefined) throw new Error(`cannot read the exports of ${entry}`);
    return checker.getExportsOfModule(moduleSymbol).map((exported) => {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const tags = symbol.getJsDocTags(checker);
      const undocumentedParameters = (symbol.declarations ?? [])
        .filter((declaration) => ts.isFunctionDeclaration(declaration))
        .flatMap((declaration) => declaration.parameters)
        .filter((parameter) => ts.getJSDocParameterTags(parameter).every((tag) => ts.getTextOfJSDocComment(tag.comment) === undefined))
        .map((parameter) => parameter.name.getText());
      const examples = tags
        .filter((tag) => tag.name === 'example')
        .flatMap((tag) => fencedBlocks(entry, ts.displayPartsToString(tag.text)))
        .filter((block) => block.language === 'ts' || block.language === 'typescript')
        .map((block) => block.body);
      return {
        entry,
        name: exported.getName(),
        summary: ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim(),
        tags: tags.map((tag) => tag.name),
        undocumentedParameters,
        examples: [...new Set(examples)],
        isValue: (symbol.flags & ts.SymbolFlags.Value) !== 0,
      };
    });
  });
}

function topLevelNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) names.add(declaration.name.text);
      }
    } else if (
      (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) &&
      statement.name !== undefined
    ) {
      names.add(statement.name.text);
    }
  }
  return names;
}

/**
 * The import lines an example gets when it has none of its own: every export of every entry
 * point, except the names the example declares itself. `resolve` maps a package specifier to
 * what the module should import.
 */
export function autoImports(code: string, exports: readonly ExportDocs[], resolve: (specifier: string) => string): string {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true);
  if (source.statements.some((statement) => ts.isImportDeclaration(statement))) return '';
  const declared = topLevelNames(source);
  return ENTRY_POINTS.map(({ specifier, source: entry }) => {
    const mine = exports.filter((exported) => exported.entry === entry && !declared.has(exported.name));
    const values = mine.filter((exported) => exported.isValue).map((exported) => exported.name);
    const types = mine.filter((exported) => !exported.isValue).map((exported) => exported.name);
    const from = JSON.stringify(resolve(specifier));
    return [values.length > 0 ? `import { ${values.join(', ')} } from ${from};` : '', types.length > 0 ? `import type { ${types.join(', ')} } from ${from};` : '']
      .filter((line) => line !== '')
      .join('\n');
  }).join('\n');
}

function isConsoleCall(expression: ts.Expression): boolean {
  return (
    ts.isCallExpression(expression) &&
    ts.isPropertyAccessExpression(expression.expression) &&
    ts.isIdentifier(expression.expression.expression) &&
    expression.expression.expression.text === 'console'
  );
}

/** Whether `text` parses as one JavaScript expression. */
function isExpression(text: string): boolean {
  const result = ts.transpileModule(`void (${text}\n);`, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } });
  return (result.diagnostics ?? []).length === 0;
}

/** What the run module calls for each `//=>` line. */
export interface ExampleChecks {
  /** The value of the expression before the `//=>` line must deeply equal the value it shows. */
  value(line: number, actual: unknown, expected: unknown): void;
  /** What was printed since the last check must be the text it shows (spacing aside). */
  printed(line: number, expected: string): void;
}

/**
 * Writes an example as a module whose default export runs it with `checks`. A `//=>` line after
 * an expression statement (not a console call) checks the expression's value against the value
 * it shows; any other `//=>` line checks what was printed. Returns the module's path, or throws
 * when a `//=>` line shows something that is not a value after an expression.
 */
export function writeExampleModule(code: string, imports: string, file: string): string {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true);
  const lines = code.split('\n');
  const edits: { start: number; end: number; text: string }[] = [];
  let offset = 0;
  lines.forEach((line, index) => {
    const lineStart = offset;
    offset += line.length + 1;
    const trimmed = line.trim();
    if (!trimmed.startsWith('//=>')) return;
    const expected = trimmed.slice('//=>'.length).trim();
    const before = source.statements.filter((statement) => statement.getEnd() <= lineStart).at(-1);
    if (before !== undefined && ts.isExpressionStatement(before) && !isConsoleCall(before.expression)) {
      if (!isExpression(expected)) throw new Error(`line ${String(index + 1)}: "${expected}" is not a JavaScript value`);
      const actual = before.expression.getText(source);
      edits.push({ start: before.getStart(source), end: before.getEnd(), text: `checks.value(${String(index + 1)}, (${actual}), (${expected}));` });
    } else {
      edits.push({ start: lineStart, end: lineStart + line.length, text: `checks.printed(${String(index + 1)}, ${JSON.stringify(expected)});` });
    }
  });
  let body = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) body = body.slice(0, edit.start) + edit.text + body.slice(edit.end);

  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    [
      imports,
      'export default async function run(checks: {',
      '  value(line: number, actual: unknown, expected: unknown): void;',
      '  printed(line: number, expected: string): void;',
      '}): Promise<void> {',
      body,
      '}',
      '',
    ].join('\n'),
  );
  return file;
}

/** The source file a package specifier means while testing, as an import path from `from`. */
export function sourceImport(from: string): (specifier: string) => string {
  return (specifier) => {
    const file = PACKAGE_ENTRIES[specifier];
    if (file === undefined) throw new Error(`unknown entry point ${specifier}`);
    return importPath(from, file);
  };
}
