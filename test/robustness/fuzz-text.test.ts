import { afterAll, describe, expect, it } from 'vitest';
import { FUZZ_CATALOG } from './fuzz-catalog.js';
import { FuzzWorker } from './fuzz-host.js';
import { FUZZ_SEED } from './fuzz-runs.js';

// Fuzzing renderScript, checkMessage, recommendChannel, the JSON Schemas and the CLI with valid inputs, broken
// inputs (wrong types, missing and extra fields, huge, empty and broken strings, NaN, invalid
// Dates, years 1 and 9999, every zone) and arbitrary values. Each outcome must be a result that
// passes its output schema (./output-schemas.ts) and the input checks of ./public-surface.ts, or
// an InvalidInputError with an issue that points into the input (pathExists in ./outcome.ts);
// never another exception, never a hang. The properties run in a worker (./fuzz-host.ts).

const fuzzer = new FuzzWorker();
afterAll(() => fuzzer.close());

describe('every outcome is a valid result or an InvalidInputError pointing into the input', () => {
  const entries = FUZZ_CATALOG.filter((entry) => entry.file === 'text');
  it.each(entries.map((entry) => [entry.name, entry] as const))('%s', { timeout: 900_000 }, async (name, entry) => {
    const answer = await fuzzer.check(name, entry.runs, FUZZ_SEED);
    expect(answer.failed, answer.report).toBe(false);
    expect(answer.tally.results + answer.tally.invalid).toBe(answer.runs);
    if (entry.minResultShare !== undefined) {
      // Over valid inputs most calls must succeed, or the property would prove little.
      expect(answer.tally.results / answer.runs).toBeGreaterThanOrEqual(entry.minResultShare);
    }
  });
});
