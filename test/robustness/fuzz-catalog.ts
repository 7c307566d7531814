import { runsFor } from './fuzz-runs.js';

/** One fuzz property as the tests list it; properties.ts holds the property itself under the same name. */
export interface FuzzEntry {
  readonly name: string;
  readonly runs: number;
  /** The least share of runs that must return a result, so that a property over valid inputs is not vacuous. */
  readonly minResultShare?: number;
  /** Which test file runs it; the two files run side by side, each with its own worker. */
  readonly file: 'calendar' | 'text';
}

// Kept apart from properties.ts so that the test files list the properties without loading
// everything the properties need; that loading happens once, in the worker.

/** Every fuzz property, with its share of FUZZ_RUNS. */
export const FUZZ_CATALOG: readonly FuzzEntry[] = [
  { name: 'nextCallWindow: valid inputs', runs: runsFor(1), minResultShare: 0.6, file: 'calendar' },
  { name: 'nextCallWindow: broken inputs', runs: runsFor(1), file: 'calendar' },
  { name: 'planFollowUp: valid inputs', runs: runsFor(0.5), minResultShare: 0.6, file: 'calendar' },
  { name: 'planFollowUp: broken inputs', runs: runsFor(0.5), file: 'calendar' },
  { name: 'toICalendar: valid inputs', runs: runsFor(0.5), minResultShare: 0.9, file: 'calendar' },
  { name: 'toICalendar: broken inputs', runs: runsFor(0.5), file: 'calendar' },
  { name: 'publicHolidays: valid inputs', runs: runsFor(0.1), minResultShare: 0.6, file: 'calendar' },
  { name: 'publicHolidays: broken inputs', runs: runsFor(0.25), file: 'calendar' },
  { name: 'renderScript: valid inputs', runs: runsFor(1), minResultShare: 0.9, file: 'text' },
  { name: 'renderScript: broken inputs', runs: runsFor(1), file: 'text' },
  { name: 'checkMessage: valid inputs', runs: runsFor(1), minResultShare: 0.6, file: 'text' },
  { name: 'checkMessage: broken inputs', runs: runsFor(1), file: 'text' },
  { name: 'recommendChannel: valid inputs', runs: runsFor(1), minResultShare: 0.99, file: 'text' },
  { name: 'recommendChannel: broken inputs', runs: runsFor(1), file: 'text' },
  { name: 'any value as the whole input', runs: runsFor(0.5), file: 'text' },
  { name: 'jsonSchemas accept what zod accepts', runs: runsFor(0.5), file: 'text' },
  { name: 'CLI: any command line', runs: runsFor(0.4), file: 'text' },
];
