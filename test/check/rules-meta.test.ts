import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMessage, rules } from '../../src/index.js';
import { renderRulesDoc } from '../../scripts/generate-rules-doc.js';

const root = new URL('../../', import.meta.url);

describe('the rule registry', () => {
  for (const rule of rules) {
    describe(rule.id, () => {
      it('lives in src/rules/<id>.ts and has a table test in test/rules/<id>.test.ts', () => {
        expect(existsSync(new URL(`src/rules/${rule.id}.ts`, root))).toBe(true);
        expect(existsSync(new URL(`test/rules/${rule.id}.test.ts`, root))).toBe(true);
      });

      it('has a description, a rationale and at least one channel', () => {
        expect(rule.description).toMatch(/^[A-Z].+\.$/);
        expect(rule.rationale).toMatch(/^[A-Z].+\.$/);
        expect(rule.channels.length).toBeGreaterThan(0);
      });

      it('reports its bad example and not its good one', () => {
        const run = (example: (typeof rule.examples)['bad']) =>
          checkMessage({
            text: example.text,
            ...(example.channel === undefined ? {} : { channel: example.channel }),
            ...(example.context === undefined ? {} : { context: example.context }),
          }).diagnostics.filter((diagnostic) => diagnostic.ruleId === rule.id);
        const bad = run(rule.examples.bad);
        expect(bad.length).toBeGreaterThan(0);
        expect(bad.every((diagnostic) => (diagnostic.start === undefined) === (rule.scope === 'message'))).toBe(true);
        expect(run(rule.examples.good)).toEqual([]);
      });
    });
  }
});

describe('docs/rules.md', () => {
  it('is up to date with the rule metadata (run `npm run docs:rules`)', () => {
    expect(readFileSync(new URL('docs/rules.md', root), 'utf8')).toBe(renderRulesDoc());
  });

  it('has one section per rule', () => {
    const doc = renderRulesDoc();
    for (const rule of rules) expect(doc).toContain(`\n## ${rule.id}\n`);
  });
});
