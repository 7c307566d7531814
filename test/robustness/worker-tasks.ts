import { measureRegexGrowth, timeHostileTexts } from './hostile-text.js';
import { hitsKnownBug } from './known-bugs.js';
import type { Tracker } from './properties.js';

// Jobs other than fuzz properties that the worker runs, because they could hang: each reports
// its progress through `track` and returns plain data for the test to judge.

const skip = (ruleId: string, text: string) => hitsKnownBug('hostile-text', { ruleId, text });

/** Every worker task, by name. */
export const WORKER_TASKS: Record<string, (track: Tracker) => unknown> = {
  'time hostile texts': (track) => timeHostileTexts(track, skip),
  'measure regex growth': (track) => measureRegexGrowth(track, skip),
};
