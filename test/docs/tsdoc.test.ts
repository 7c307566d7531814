// Every export of the package's entry points is documented for `npm run docs` and for editors:
// a summary, an `@example`, and for functions a `@param` line for each parameter. Each example
// type-checks against the package and runs, and each of its `//=>` results is what the code
// really gives (see public-exports.ts for how a `//=>` line is read).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROOT } from './fenced-blocks.js';
import type { Snippet, SnippetChain } from './fenced-blocks.js';
import { ENTRY_POINTS, autoImports, readPublicExports, sourceImport, writeExampleModule } from './public-exports.js';
import type { ExampleChecks } from './public-exports.js';
import { typeCheckChains } from './snippet-modules.js';

const workDirectory = join(ROOT, '.tmp', 'tsdoc-examples', String(process.pid));
const CLOCKS = ['2001-02-03T04:05:06Z', '2037-11-12T13:14:15Z'];

const exports = readPublicExports();

interface Example {
  readonly id: string;
  readonly label: string;
  readonly code: string;
  readonly snippet: Snippet;
  readonly chain: SnippetChain;
}

const examples: Example[] = exports.flatMap((exported) =>
  exported.examples.map((code, index) => {
    const id = `${exported.entry.replace(/\W/g, '-')}-${exported.name}-${String(index + 1)}`;
    const label = `${exported.entry} ${exported.name} @example${exported.examples.length > 1 ? ` ${String(index + 1)}` : ''}`;
    // The imports go last, so that the type checker's line numbers are the example's own.
    const body = `${code}\n${autoImports(code, exports, (specifier) => specifier)}`;
    const snippet: Snippet = {
      block: { page: label, language: 'ts', flags: [], fenceLine: 0, lineCount: body.split('\n').length, indent: 0, body },
      runnable: true,
      continued: false,
      output: undefined,
    };
    return { id, label, code, snippet, chain: { id, page: label, snippets: [snippet] } };
  }),
);

let typeErrors = new Map<Snippet, string[]>();

beforeAll(() => {
  typeErrors = typeCheckChains(
    examples.map((example) => example.chain),
    join(workDirectory, 'typecheck'),
  );
});

afterAll(() => {
  rmSync(workDirectory, { recursive: true, force: true });
});

async function runExample(example: Example): Promise<void> {
  const directory = join(workDirectory, 'run');
  const file = writeExampleModule(example.code, autoImports(example.code, exports, sourceImport(directory)), join(directory, `${example.id}.ts`));
  const module = (await import(file)) as { default: (checks: ExampleChecks) => Promise<void> };
  let printed: string[] = [];
  const checks: ExampleChecks = {
    value(line, actual, expected) {
      expect(actual, `the value before the //=> on line ${String(line)}`).toEqual(expected);
    },
    printed(line, expected) {
      const spaced = (text: string) => text.split(/\s+/).join(' ').trim();
      expect(spaced(printed.join('\n')), `what was printed before the //=> on line ${String(line)}`).toBe(spaced(expected));
      printed = [];
    },
  };
  const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    printed.push(format(...args));
  });
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    for (const clock of CLOCKS) {
      vi.setSystemTime(new Date(clock));
      printed = [];
      await module.default(checks);
    }
  } finally {
    vi.useRealTimers();
    log.mockRestore();
  }
}

describe('TSDoc of the public exports', () => {
  it('finds the exports of both entry points', () => {
    const names = exports.map((exported) => exported.name);
    for (const name of ['nextCallWindow', 'renderScript', 'checkMessage', 'recommendChannel', 'planFollowUp', 'publicHolidays']) {
      expect(names).toContain(name);
    }
  });

  describe.each(ENTRY_POINTS.map((entry) => entry.source))('%s', (entry) => {
    it.each(exports.filter((exported) => exported.entry === entry).map((exported) => [exported.name, exported] as const))(
      '%s has a summary, an @example and its @param lines',
      (_name, exported) => {
        expect(exported.summary, 'summary').not.toBe('');
        expect(exported.tags, '@example').toContain('example');
        expect(exported.examples.length, 'a ```ts block in the @example').toBeGreaterThan(0);
        expect(exported.undocumentedParameters, 'parameters without @param').toEqual([]);
      },
    );
  });
});

describe('the @example code of the public exports', () => {
  for (const example of examples) {
    it(`${example.label} type-checks against the package`, () => {
      expect(typeErrors.get(example.snippet)).toEqual([]);
    });

    it(`${example.label} runs, and its //=> results are real`, async () => {
      await runExample(example);
    });
  }
});
