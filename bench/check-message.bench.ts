import { bench, describe } from 'vitest';
import { checkMessage } from '../src/index.js';
import { ADVERSARIAL_INPUTS, FOLLOW_UP_EMAIL, ONE_MB_TEXT, TEN_KB_TEXT } from './fixtures/texts.js';
import {
  PEER_ADVERSARIAL_LENGTHS,
  SLOW_PEER_RUNS,
  SOLO_ADVERSARIAL_LENGTHS,
  TASK,
  adversarialGroup,
  textGroup,
} from './groups.js';
import { alexFindings, writeGoodFindings } from './peer-linters.js';

// checkMessage and the peer linters read the same strings in the same worker, one after another,
// so each ratio in docs/benchmarks.md compares runs on the same machine state.

// Peer runs that take a second or more (write-good and alex on 1 MB, and on the 40,000-unit
// adversarial texts, where both go quadratic): two timed runs and no warm-up run, since the same
// code has just been warmed on the shorter texts. This keeps `npm run bench` near five minutes.
const SLOW = { time: 0, iterations: SLOW_PEER_RUNS, warmupTime: 0, warmupIterations: 0 };
// Runs of a few milliseconds to a few hundred: enough runs for a steady median.
const MEDIUM = { time: 1_000, iterations: 15, warmupTime: 200, warmupIterations: 3 };
// Sub-millisecond runs: vitest's default count is fine, with a longer time for a tighter median.
const FAST = { time: 1_000, warmupTime: 300 };

function checkOnly(text: string): number {
  return checkMessage({ text }).diagnostics.length;
}

describe(textGroup('email-120'), () => {
  bench(TASK.checkMessage, () => void checkOnly(FOLLOW_UP_EMAIL), FAST);
  bench(TASK.writeGood, () => void writeGoodFindings(FOLLOW_UP_EMAIL), FAST);
  bench(TASK.alex, () => void alexFindings(FOLLOW_UP_EMAIL), FAST);
});

describe(textGroup('text-10kb'), () => {
  bench(TASK.checkMessage, () => void checkOnly(TEN_KB_TEXT), FAST);
  bench(TASK.writeGood, () => void writeGoodFindings(TEN_KB_TEXT), MEDIUM);
  bench(TASK.alex, () => void alexFindings(TEN_KB_TEXT), MEDIUM);
});

describe(textGroup('text-1mb'), () => {
  bench(TASK.checkMessage, () => void checkOnly(ONE_MB_TEXT), MEDIUM);
  bench(TASK.writeGood, () => void writeGoodFindings(ONE_MB_TEXT), SLOW);
  bench(TASK.alex, () => void alexFindings(ONE_MB_TEXT), SLOW);
});

for (const adversarial of ADVERSARIAL_INPUTS) {
  for (const length of PEER_ADVERSARIAL_LENGTHS) {
    const text = adversarial.build(length);
    const peerRuns = length > 10_000 ? SLOW : MEDIUM;
    describe(adversarialGroup(adversarial.id, length), () => {
      bench(TASK.checkMessage, () => void checkOnly(text), FAST);
      bench(TASK.writeGood, () => void writeGoodFindings(text), peerRuns);
      bench(TASK.alex, () => void alexFindings(text), peerRuns);
    });
  }
  for (const length of SOLO_ADVERSARIAL_LENGTHS) {
    const text = adversarial.build(length);
    describe(adversarialGroup(adversarial.id, length), () => {
      bench(TASK.checkMessage, () => void checkOnly(text), MEDIUM);
    });
  }
}
