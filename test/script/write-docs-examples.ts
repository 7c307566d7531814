// Fills in the rendered examples of docs/scripts.md from renderScript:
//   npx tsx test/script/write-docs-examples.ts
// test/script/docs.test.ts fails when the page and the code disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rewriteExamples } from './docs-examples.js';

const page = join(import.meta.dirname, '..', '..', 'docs', 'scripts.md');
writeFileSync(page, rewriteExamples(readFileSync(page, 'utf8')));
