import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderScript } from '../../src/index.js';
import { documentedExamples, formatMeasures, formatScript } from './docs-examples.js';

const markdown = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'scripts.md'), 'utf8');
const examples = documentedExamples(markdown);

describe('docs/scripts.md', () => {
  it('shows one example of each kind in each locale', () => {
    const shown = new Set(examples.map((example) => `${example.input.kind} ${example.input.locale ?? 'en-US'}`));
    for (const kind of ['phone', 'voicemail', 'email', 'handwritten-note', 'linkedin']) {
      for (const locale of ['en-US', 'en-GB']) expect(shown).toContain(`${kind} ${locale}`);
    }
  });

  it.each(examples.map((example) => [example.options.body.replaceAll('\n', ' '), example] as const))(
    'shows what renderScript really returns for %s',
    (_label, example) => {
      const script = renderScript(example.input);
      expect(example.output?.body).toBe(formatScript(script));
      expect(example.measures?.body).toBe(formatMeasures(script));
    },
  );
});
