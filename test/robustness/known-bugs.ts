import { Worker } from 'node:worker_threads';
import { run } from '../../src/cli/run.js';
import { publicHolidays } from '../../src/holidays.js';
import { InvalidInputError, nextCallWindow, planFollowUp, toICalendar } from '../../src/index.js';
import { LAST_INSTANT_MS, YEAR_ONE_MS } from './hostile-values.js';
import type { ProbeFindings } from './isolated-probes.js';
import { isContainer } from './mutate.js';
import { fieldOf, instantMsOfInput } from './public-surface.js';

// Bugs the robustness tests found in other areas, each with a minimal reproduction. While a bug
// is listed here, the fuzz leaves out the inputs that trigger it (`skips`), so the suite stays
// green and still covers everything else. known-bugs.test.ts checks that each still reproduces:
// when a fix lands, it fails and says which entry to delete, and with the entry gone the fuzz
// covers those inputs again.

/** An open bug: where it is, how to see it, and which fuzz inputs it would fail. */
export interface KnownBug {
  readonly id: string;
  readonly summary: string;
  /** The file (and line) to look at. */
  readonly where: string;
  /** True while the bug is there. */
  readonly reproduces: () => boolean | Promise<boolean>;
  /** True for a fuzz input of `fn` that would run into the bug. */
  readonly skips?: (fn: string, input: unknown) => boolean;
}

let probing: Promise<ProbeFindings> | undefined;

/** Runs isolated-probes.ts in a worker of its own, once, and resolves with what it found. */
function probes(): Promise<ProbeFindings> {
  probing ??= new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
      workerData: { entry: new URL('./isolated-probes.ts', import.meta.url).href },
    });
    worker.once('message', (findings: ProbeFindings) => {
      void worker.terminate();
      resolve(findings);
    });
    worker.once('error', reject);
  });
  return probing;
}


function issuePathsOf(call: () => unknown): string[] {
  try {
    call();
    return [];
  } catch (error) {
    const issues = (error as { issues?: { path: (string | number)[] }[] }).issues ?? [];
    return issues.map((issue) => issue.path.join('.'));
  }
}

/** True when `test` holds for `value` or for something inside it, a few levels down; getters are never called. */
function someInside(value: unknown, test: (item: unknown, depth: number) => boolean, depth = 0): boolean {
  if (test(value, depth)) return true;
  if (depth > 6 || !isContainer(value)) return false;
  return Object.values(Object.getOwnPropertyDescriptors(value)).some(
    (descriptor) => 'value' in descriptor && someInside(descriptor.value, test, depth + 1),
  );
}

function someString(value: unknown, test: (text: string) => boolean): boolean {
  return someInside(value, (item) => typeof item === 'string' && test(item));
}


/** True when a slot of a toICalendar argument list ends at or before its start, to the second. */
function hasEmptySlot(args: unknown): boolean {
  const window = Array.isArray(args) ? (args[0] as unknown) : args;
  const slots = fieldOf(window, 'slots');
  return [fieldOf(window, 'nextSlot'), ...(Array.isArray(slots) ? (slots as unknown[]) : [])].some((slot) => {
    const start = instantMsOfInput(fieldOf(slot, 'start'));
    const end = instantMsOfInput(fieldOf(slot, 'end'));
    return !Number.isNaN(start) && !Number.isNaN(end) && end <= start;
  });
}

// The instant spellings the schemas accept but V8's Date parser reads wrongly: a comma before
// the fraction (NaN), and a space instead of "T" with a year below 100 (read as 19xx or 20xx).
const COMMA_FRACTION = /^\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}:\d{2},/i;
const SPACE_EARLY_YEAR = /^00\d{2}-\d{2}-\d{2} /;

/** True for text with a control character (a line break, ESC, NUL...). */
function hasControl(text: string): boolean {
  // eslint-disable-next-line no-control-regex -- the control characters are what this looks for
  return /[\u0000-\u001f\u007f-\u009f]/.test(text);
}

const TWO_DAYS_MS = 2 * 86_400_000;

function nearCalendarEdge(value: unknown): boolean {
  const ms = instantMsOfInput(value);
  return !Number.isNaN(ms) && (ms < YEAR_ONE_MS + TWO_DAYS_MS || ms > LAST_INSTANT_MS - TWO_DAYS_MS);
}

/** Every open bug found by test/robustness. */
export const KNOWN_BUGS: readonly KnownBug[] = [
  {
    id: 'exported-constants-leak-into-results',
    summary:
      'The exported constants are plain mutable objects shared with the code that uses them, so one caller can change the ' +
      'library for every other: DEFAULT_WORK_DAYS.push(6, 7) adds weekend slots to every later default window, ' +
      'Object.assign(DEFAULT_POLICY, ...) moves the default window, SCRIPT_WORD_BUDGETS.email = 5 changes wordBudget, and ' +
      "rules[i].channels.splice(0) switches a rule off in checkMessage (metaOf hands out the rule's own arrays). " +
      'Object.freeze (deep) on them, and copies in metaOf, would stop it.',
    where:
      'src/schemas/common.ts (DEFAULT_WORK_DAYS, DEFAULT_POLICY, DEFAULT_WORKING_HOURS), src/script/word-budgets.ts, src/check/registry.ts metaOf',
    reproduces: async () => (await probes()).leaks.length > 0,
  },
  {
    id: 'plan-planned-at-outside-calendar',
    summary:
      "planFollowUp writes plannedAt in the interviewer's offset without checking the year: with `now` (or `plannedAt`) in the last " +
      'hours of 9999 in a zone ahead of UTC (or the first hours of year 1 behind it) it is "10000-01-01T..." or "0000-12-31T...", ' +
      'and the nested checkMessage call then fails with an issue at context.plannedAt, a field the caller never wrote.',
    where: 'src/plan/plan-follow-up.ts: plannedMoment (formatZonedInstant of now/plannedAt)',
    reproduces: () =>
      issuePathsOf(() =>
        planFollowUp({
          interviewAt: '2026-03-20',
          timeZone: 'Asia/Tokyo',
          now: '9999-12-31T20:00:00Z',
          candidate: { name: 'Ana Silva' },
          role: 'Data Analyst',
        }),
      ).includes('context.plannedAt'),
    skips: (fn, input) =>
      fn === 'planFollowUp' && (nearCalendarEdge(fieldOf(input, 'now')) || nearCalendarEdge(fieldOf(input, 'plannedAt'))),
  },
  {
    id: 'previous-call-after-now',
    summary:
      'A previous call dated after `now` is accepted, and an unanswered one then gives status "too-early" with a nextSlot that is ' +
      'not the first slot, or null, against the status table of docs/timing.md (too-early: nextSlot is the first slot). A call ' +
      'cannot have happened after now; an InvalidInputError at previousCalls[i].at would say so.',
    where: 'src/timing/next-call-window.ts (status after an unanswered call) or src/schemas/call-window.ts (a refinement)',
    reproduces: () => {
      const window = nextCallWindow({
        interviewAt: '2026-03-20',
        now: '2026-03-21T12:00:00Z',
        previousCalls: [{ at: '2026-04-30T10:00:00Z', outcome: 'no-answer' }],
      });
      return window.status === 'too-early' && window.nextSlot === null;
    },
  },
  {
    id: 'instant-strings-parsed-by-date-constructor',
    summary:
      'Instant strings are turned into Dates with `new Date(text)`, which is only required to read the ECMAScript format ' +
      '(uppercase T and Z, "+HH:mm", "." before 3 fraction digits). The schemas accept more: V8 reads a comma fraction ' +
      '("2026-03-23T12:00:00,5Z") as NaN, so nextCallWindow silently answers too-late/no-slot-left, and a space before the ' +
      'time with a year below 100 ("0050-03-02 10:00+00:00") as 1950. Other engines (Safari, Firefox, workers) may reject ' +
      'lowercase t/z, "+0100", a space or 9 fraction digits too.',
    where: 'src/internal/calendar-date.ts: toDate; src/timing/to-icalendar.ts: new Date(slot.start) / new Date(slot.end)',
    reproduces: () => {
      const window = nextCallWindow({ interviewAt: '2026-03-20', now: '2026-03-30T12:00:00,5Z' });
      return window.status !== 'open';
    },
    skips: (_fn, input) => someString(input, (text) => COMMA_FRACTION.test(text) || SPACE_EARLY_YEAR.test(text)),
  },
  {
    id: 'holidays-years-the-data-does-not-cover',
    summary:
      'publicHolidays accepts any range in the years 1-9999, but date-holidays does not cover them all: for the year 1 and a ' +
      'country with a lunisolar calendar (CN, PH, VN, KR, TW) getHolidays never returns, and for Iran after the year 3799 it ' +
      'throws a plain Error "Invalid Jalaali year 3178". A narrower year range in the schema (and turning any error of the ' +
      'data into an InvalidInputError at from/to) would give a clear answer instead of a hang or a foreign error.',
    where: 'src/holidays.ts: publicHolidaysInputSchema (from/to range) and the calendar.getHolidays(year) loop',
    // Calling it for the year 1 would hang, so this looks at the other symptom.
    reproduces: () => {
      try {
        publicHolidays({ country: 'IR', from: '9999-11-01', to: '9999-11-01' });
        return false;
      } catch (error) {
        return !(error instanceof InvalidInputError);
      }
    },
    skips: (fn, input) =>
      fn === 'publicHolidays' &&
      (someString(fieldOf(input, 'from'), (text) => text.startsWith('0001-')) ||
        (fieldOf(input, 'country') === 'IR' && someString(fieldOf(input, 'to'), (text) => text >= '3800'))),
  },
  {
    id: 'cross-field-check-on-invalid-fields',
    summary:
      'Checks that compare two fields run even when one of them is already invalid. workingHours { start: "9:00", end: "17:00" } ' +
      'gets a second, wrong issue "workingHours.end must be later than workingHours.start (9:00)"; policy { earliestDays: 400 } ' +
      'adds "must leave latestDays (14) at or after earliestDays (400)"; and the messages repeat the invalid field whole: a ' +
      '10 000-character workingHours.start, or a 100 000-character publicHolidays `from`, gives a message that long ' +
      '("to must not be before from (...)"). Running these checks only when both fields are valid (zod\'s `when` option, or ' +
      'a guard) fixes both.',
    where: 'src/schemas/common.ts: workingHoursSchema and policySchema superRefine; src/holidays.ts: publicHolidaysInputSchema superRefine',
    reproduces: () =>
      issuePathsOf(() => nextCallWindow({ interviewAt: '2026-03-20', workingHours: { start: '9:00', end: '17:00' } })).length > 1,
    skips: (_fn, input) =>
      [
        fieldOf(fieldOf(input, 'workingHours'), 'start'),
        fieldOf(fieldOf(fieldOf(input, 'context'), 'workingHours'), 'start'),
        fieldOf(input, 'from'),
      ].some((field) => typeof field === 'string' && field.length > 400),
  },
  {
    id: 'icalendar-empty-event',
    summary:
      'toICalendar accepts a stored slot whose end is not after its start (to the second) and writes DTEND equal to or ' +
      'before DTSTART, which RFC 5545 (3.8.2.2) forbids; calendar apps drop or mangle such events.',
    where: 'src/schemas/call-window.ts: callSlotSchema (no end-after-start refinement)',
    reproduces: () => {
      const at = '2026-03-27T09:00:00+00:00';
      const ics = toICalendar({ slots: [], nextSlot: { start: at, end: at, part: 'start-of-day' } }, { now: at });
      return ics !== null && ics.includes('DTSTART:20260327T090000Z\r\nDTEND:20260327T090000Z');
    },
    skips: (fn, input) => fn === 'toICalendar' && hasEmptySlot(input),
  },
  {
    id: 'cli-message-line-break',
    summary:
      'The CLI puts what the user typed into its one-line error messages without escaping it: an argument, a file name or ' +
      'the JSON.parse error for --input (which quotes the input) holding a line break prints two lines on stderr, against ' +
      '"one clear line on standard error", and control characters such as ESC reach the terminal raw (a crafted input file ' +
      'can send escape sequences). Quoting with JSON.stringify, and escaping the JSON.parse message, would keep it one safe line.',
    where:
      'src/cli/run.ts: "takes no arguments (got ...)", "unknown command", "--format must be", readInputJson ("is not valid JSON (...)"), describeReadError; src/cli/flags.ts readers',
    reproduces: async () => {
      let stderr = '';
      await run(['window', 'a\nb'], {
        stdout: () => undefined,
        stderr: (text) => (stderr += text),
        readStdin: () => Promise.resolve(''),
        version: '0',
        colour: false,
      });
      return stderr.split('\n').length > 2;
    },
    skips: (fn, input) => {
      if (fn !== 'cli') return false;
      const argv = fieldOf(input, 'argv');
      const readsInput = Array.isArray(argv) && argv.some((token) => token === '--input' || token === '--input=-');
      return someString(argv, hasControl) || (readsInput && someString(fieldOf(input, 'stdin'), hasControl));
    },
  },
];

/** True when `input` of `fn` runs into a listed bug, so a fuzz run should leave it out. */
export function hitsKnownBug(fn: string, input: unknown): boolean {
  return KNOWN_BUGS.some((bug) => {
    try {
      return bug.skips?.(fn, input) === true;
    } catch {
      // An input that cannot even be looked at is no example of a known bug.
      return false;
    }
  });
}
