import { afterAll, describe, expect, it } from 'vitest';
import { FuzzWorker } from './fuzz-host.js';
import { COVERING_CHANNELS, grows, HOSTILE_LENGTH, HOSTILE_PIECES, type HostileTiming, type RegexGrowth } from './hostile-text.js';

// Every rule runs in linear time on hostile text. Two checks, in a worker so that a hang fails the
// test instead of freezing the run:
// - the work handed to the regex engine per character does not grow with the length of the text
//   (counted, so it does not depend on the machine's load);
// - on 200 KB texts every check returns, each well under a second. The bound is generous and only
//   catches hangs; speed itself is measured by the benchmarks.
// The lint rules regexp/no-super-linear-backtracking and no-super-linear-move stay on (see
// supply-chain.test.ts), which covers backtracking inside a single search.

const PER_CHECK_MS = 1000;
const TOTAL_MS = 20_000;

const worker = new FuzzWorker();
afterAll(() => worker.close());

describe(`every rule is linear on ${String(HOSTILE_PIECES.length)} hostile texts`, () => {
  it('hands the regex engine the same work per character at 5 000 and at 20 000 characters', { timeout: 600_000 }, async () => {
    const growth = (await worker.run('measure regex growth')) as RegexGrowth[];
    expect(growth).toHaveLength(HOSTILE_PIECES.length);
    const growing = growth
      .filter((entry) => grows(entry.short, entry.long))
      .map(
        (entry) =>
          `${entry.text} (${entry.channel}): ${entry.short.toFixed(1)} -> ${entry.long.toFixed(1)} per character; ${entry.culprits.join(
            ', ',
          )}`,
      );
    expect(growing).toEqual([]);
  });

  it(
    `returns on every ${String(HOSTILE_LENGTH / 1000)} KB text, each check under ${String(PER_CHECK_MS)} ms`,
    { timeout: 600_000 },
    async () => {
      const timings = (await worker.run('time hostile texts')) as HostileTiming[];
      expect(timings).toHaveLength(HOSTILE_PIECES.length * COVERING_CHANNELS.length);
      const slow = timings
        .filter((timing) => timing.ms > PER_CHECK_MS)
        .map((timing) => `${timing.text} (${timing.channel}): ${timing.ms.toFixed(0)} ms`);
      expect(slow).toEqual([]);
      expect(timings.reduce((sum, timing) => sum + timing.ms, 0)).toBeLessThan(TOTAL_MS);
    },
  );
});
