import { bench, describe } from 'vitest';
import { nextCallWindow } from '../src/index.js';
import { WINDOW_SCENARIOS } from './fixtures/call-windows.js';
import { TASK, windowGroup } from './groups.js';
import { luxonCallWindow } from './luxon-call-window.js';

// nextCallWindow against the same computation written with Luxon, scenario by scenario, in the
// same worker. test/bench/luxon-call-window.test.ts checks that both give the same slots.

const FAST = { time: 1_000, warmupTime: 300 };

// Both versions see every scenario before any is timed, so the first group does not pay for the
// compilation of code (and the zone data lookups) that later groups get for free.
for (let round = 0; round < 50; round++) {
  for (const scenario of WINDOW_SCENARIOS) {
    nextCallWindow(scenario.input);
    luxonCallWindow(scenario.input);
  }
}

for (const scenario of WINDOW_SCENARIOS) {
  describe(windowGroup(scenario.id), () => {
    bench(TASK.nextCallWindow, () => {
      nextCallWindow(scenario.input);
    }, FAST);
    bench(TASK.luxon, () => {
      luxonCallWindow(scenario.input);
    }, FAST);
  });
}
