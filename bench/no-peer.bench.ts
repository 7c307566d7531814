import { bench, describe } from 'vitest';
import { planFollowUp, recommendChannel, renderScript } from '../src/index.js';
import { CHANNEL_INPUT, PLAN_INPUT, SCRIPT_INPUTS } from './fixtures/plans.js';
import { TASK, soloGroup } from './groups.js';

// The functions no peer library does: reported as time per call.

const FAST = { time: 1_000, warmupTime: 300 };

// Every function runs before any is timed: planFollowUp calls the others, and should not be the
// one that pays for compiling them.
for (let round = 0; round < 50; round++) {
  for (const script of SCRIPT_INPUTS) renderScript(script.input);
  recommendChannel(CHANNEL_INPUT);
  planFollowUp(PLAN_INPUT);
}

for (const script of SCRIPT_INPUTS) {
  describe(soloGroup(script.id), () => {
    bench(TASK.renderScript, () => {
      renderScript(script.input);
    }, FAST);
  });
}

describe(soloGroup('recommendChannel'), () => {
  bench(TASK.recommendChannel, () => {
    recommendChannel(CHANNEL_INPUT);
  }, FAST);
});

describe(soloGroup('planFollowUp'), () => {
  bench(TASK.planFollowUp, () => {
    planFollowUp(PLAN_INPUT);
  }, FAST);
});
