import fc from 'fast-check';
import { checkMessage, nextCallWindow, planFollowUp, recommendChannel, renderScript, toICalendar } from '../../src/index.js';
import { publicHolidays } from '../../src/holidays.js';
import { FUZZ_RUNS } from './fuzz-runs.js';
import { isContainer } from './mutate.js';
import {
  callWindowInput,
  checkMessageInput,
  iCalendarArgs,
  planFollowUpInput,
  publicHolidaysInput,
  recommendChannelInput,
  renderScriptInput,
} from './valid-inputs.js';

/** A public function, the arguments it takes, and whether a call with them may read the clock. */
export interface ValidCall {
  readonly name: string;
  readonly args: fc.Arbitrary<unknown[]>;
  readonly call: (args: readonly unknown[]) => unknown;
  /** True when these arguments leave out `now`, so the function reads the clock. */
  readonly readsClock: (args: readonly unknown[]) => boolean;
  /** The share of a property's runs this function gets: the slow ones (date-holidays, the whole plan) fewer. */
  readonly share: number;
}

function lacks(value: unknown, key: string): boolean {
  return !isContainer(value) || !Object.hasOwn(value, key);
}

// Short holiday ranges only: the properties here call each function several times per input.
const shortHolidays = publicHolidaysInput.filter((input) => Date.parse(input.to) - Date.parse(input.from) <= 60 * 86_400_000);

/** Every public function that takes input, over valid arguments. */
export const VALID_CALLS: readonly ValidCall[] = [
  {
    name: 'nextCallWindow',
    args: callWindowInput.map((input) => [input]),
    call: ([input]) => nextCallWindow(input as never),
    readsClock: ([input]) => lacks(input, 'now'),
    share: 1,
  },
  {
    name: 'renderScript',
    args: renderScriptInput.map((input) => [input]),
    call: ([input]) => renderScript(input as never),
    readsClock: () => false,
    share: 1,
  },
  {
    name: 'checkMessage',
    args: checkMessageInput.map((input) => [input]),
    call: ([input]) => checkMessage(input as never),
    readsClock: () => false,
    share: 1,
  },
  {
    name: 'recommendChannel',
    args: recommendChannelInput.map((input) => [input]),
    call: ([input]) => recommendChannel(input as never),
    readsClock: () => false,
    share: 1,
  },
  {
    name: 'planFollowUp',
    args: planFollowUpInput.map((input) => [input]),
    call: ([input]) => planFollowUp(input as never),
    readsClock: ([input]) => lacks(input, 'now'),
    share: 0.5,
  },
  {
    name: 'toICalendar',
    args: iCalendarArgs.map(([window, options]) => [window, options]),
    call: ([window, options]) => toICalendar(window as never, options as never),
    readsClock: ([, options]) => lacks(options, 'now'),
    share: 1,
  },
  {
    name: 'publicHolidays',
    args: shortHolidays.map((input) => [input]),
    call: ([input]) => publicHolidays(input as never),
    readsClock: () => false,
    share: 0.3,
  },
];

/** How many runs a property over `entry` makes: `share` of FUZZ_RUNS, scaled by the function's own share. */
export function runsOf(entry: ValidCall, share: number): number {
  return Math.max(10, Math.round(FUZZ_RUNS * share * entry.share));
}

/** The input a known bug's `skips` looks at: the argument, or the argument list of toICalendar. */
export function bugInputOf(entry: ValidCall, args: readonly unknown[]): unknown {
  return entry.name === 'toICalendar' ? args : args[0];
}

/** The result of a call, or the InvalidInputError's issues, as comparable data. */
export function settle(call: () => unknown): { readonly result: unknown } | { readonly issues: unknown } {
  try {
    return { result: call() };
  } catch (error) {
    const issues = (error as { issues?: unknown }).issues;
    if (issues === undefined) throw error;
    return { issues };
  }
}
