import ts from 'typescript';

/** Something in the code that turns a string into code, or loads a module whose name is computed. */
export interface CodeFinding {
  readonly line: number;
  readonly what: string;
}

const TIMERS = new Set(['setTimeout', 'setInterval', 'setImmediate']);

function isLiteralText(node: ts.Node | undefined): boolean {
  return node !== undefined && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node));
}

/** The name a call or `new` goes to: `eval`, `Function`, `require`, or `globalThis.eval` as `eval`. */
function calleeName(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  if (ts.isElementAccessExpression(expression) && isLiteralText(expression.argumentExpression)) {
    return (expression.argumentExpression as ts.StringLiteral).text;
  }
  return undefined;
}

/**
 * Finds, in TypeScript source, every way to run a string as code or to load a module by a
 * computed name: `eval(...)` (also as `globalThis.eval`), `new Function(...)` and `Function(...)`,
 * a string passed to `setTimeout`/`setInterval`/`setImmediate`, and `require(...)` or
 * `import(...)` with anything but a string literal. Comments and strings never count: it reads the
 * syntax tree, not the text.
 *
 * @example
 * ```ts
 * scanCode('const f = new Function("return 1");\nrequire(name);', 'x.ts');
 * //=> [ { line: 1, what: 'new Function' }, { line: 2, what: 'require with a computed name' } ]
 * ```
 */
export function scanCode(source: string, fileName: string): CodeFinding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const findings: CodeFinding[] = [];
  const report = (node: ts.Node, what: string) => {
    findings.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, what });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const isNew = ts.isNewExpression(node);
      const first = node.arguments?.[0];
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        if (!isLiteralText(first)) report(node, 'import() with a computed name');
      } else {
        const name = calleeName(node.expression);
        if (name === 'eval') report(node, 'eval');
        else if (name === 'Function') report(node, isNew ? 'new Function' : 'Function()');
        else if (name === 'require' && !isLiteralText(first)) report(node, 'require with a computed name');
        else if (
          name !== undefined &&
          TIMERS.has(name) &&
          first !== undefined &&
          (isLiteralText(first) || ts.isTemplateExpression(first))
        ) {
          report(node, `${name} with a string`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings;
}

/** The module names a file imports or re-exports, statically or with a literal `import()`/`require()`. */
export function importedModules(source: string, fileName: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const names: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      names.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node)) {
      const first = node.arguments[0];
      const loads = node.expression.kind === ts.SyntaxKind.ImportKeyword || calleeName(node.expression) === 'require';
      if (loads && first && isLiteralText(first)) names.push((first as ts.StringLiteral).text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
}
