import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import type * as z from 'zod/mini';
import {
  callWindowInputSchema,
  checkMessageInputSchema,
  jsonSchemas,
  planFollowUpInputSchema,
  recommendChannelInputSchema,
  renderScriptInputSchema,
  toICalendar,
} from '../../src/index.js';
import { COMMANDS, INPUT_FLAGS } from '../../src/cli/flags.js';
import { run } from '../../src/cli/run.js';
import { anyString, anyValue } from './hostile-values.js';
import { hitsKnownBug } from './known-bugs.js';
import { mutated } from './mutate.js';
import { outcomeOf, SLOW_CALL_MS } from './outcome.js';
import { callWindowSchema, checkResultSchema, followUpPlanSchema, rulesSchema, scriptSchema } from './output-schemas.js';
import { checkICalendar, expectShape, SINGLE_INPUT_FUNCTIONS, type SingleInputFunction } from './public-surface.js';
import {
  callWindowInput,
  checkMessageInput,
  iCalendarArgs,
  messageText,
  planFollowUpInput,
  publicHolidaysInput,
  recommendChannelInput,
  renderScriptInput,
} from './valid-inputs.js';

// Every fuzz property, by name. They run in a worker thread (see fuzz-worker.ts) so that a call
// that never returns fails the test that started it instead of freezing the run.

/** What a property saw: how many calls returned a result and how many threw InvalidInputError. */
export interface FuzzTally {
  results: number;
  invalid: number;
}

/** Called with each input before it is tried, so that a hang can be reported with its input. */
export type Tracker = (input: unknown) => void;

/** Builds a fuzz property that counts into `tally` and reports each input to `track` before trying it. */
export type FuzzProperty = (tally: FuzzTally, track: Tracker) => fc.IRawProperty<[unknown]>;

function single(name: SingleInputFunction, inputs: fc.Arbitrary<unknown>): FuzzProperty {
  const { call, check } = SINGLE_INPUT_FUNCTIONS[name];
  return (tally, track) =>
    fc.property(inputs, (input) => {
      fc.pre(!hitsKnownBug(name, input));
      track(input);
      const outcome = outcomeOf(() => call(input), [input]);
      if (outcome.kind === 'invalid') {
        tally.invalid++;
        return;
      }
      tally.results++;
      (check as (result: unknown, input: unknown) => void)(outcome.value, input);
    });
}

function iCalendarProperty(args: fc.Arbitrary<unknown>): FuzzProperty {
  return (tally, track) =>
    fc.property(args, (pair) => {
      fc.pre(!hitsKnownBug('toICalendar', pair));
      track(pair);
      // A mutation may replace the pair itself; then it is passed as the only argument.
      const list: unknown[] = Array.isArray(pair) ? pair : [pair];
      const outcome = outcomeOf(() => (toICalendar as (...rest: unknown[]) => unknown)(...list), list.length === 0 ? [undefined] : list);
      if (outcome.kind === 'invalid') {
        tally.invalid++;
        return;
      }
      tally.results++;
      checkICalendar(outcome.value as string | null, list[0], list[1]);
    });
}

// ---------------------------------------------------------------------------
// jsonSchemas: JSON data that zod accepts, the JSON Schema accepts too (its TSDoc promises so)
// ---------------------------------------------------------------------------

const ajv = new Ajv2020({ strict: true, allErrors: false });
const JSON_SCHEMA_PAIRS = [
  { name: 'callWindowInput', zod: callWindowInputSchema, inputs: callWindowInput },
  { name: 'renderScriptInput', zod: renderScriptInputSchema, inputs: renderScriptInput },
  { name: 'checkMessageInput', zod: checkMessageInputSchema, inputs: checkMessageInput },
  { name: 'recommendChannelInput', zod: recommendChannelInputSchema, inputs: recommendChannelInput },
  { name: 'planFollowUpInput', zod: planFollowUpInputSchema, inputs: planFollowUpInput },
] as const;

/** `value` as JSON would carry it, or `undefined` when it cannot be written as JSON at all. */
function asJson(value: unknown): unknown {
  try {
    // JSON.stringify gives undefined for undefined, a function or a symbol, whatever its type says.
    const text = JSON.stringify(value) as string | undefined;
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** True when `value` or an object inside it has an own `__proto__` key (as JSON.parse makes one). */
function hasOwnProtoKey(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (Object.hasOwn(value, '__proto__')) return true;
  return Object.values(value).some(hasOwnProtoKey);
}

const jsonSchemaAgreement: FuzzProperty = (tally, track) => {
  const validators = JSON_SCHEMA_PAIRS.map((pair) => ({ ...pair, validate: ajv.compile(jsonSchemas[pair.name]) }));
  const cases = fc.oneof(
    ...validators.map((pair, index) =>
      fc.tuple(fc.constant(index), fc.oneof(pair.inputs as fc.Arbitrary<unknown>, mutated(pair.inputs as fc.Arbitrary<unknown>))),
    ),
  );
  return fc.property(cases, ([index, input]) => {
    const pair = validators[index];
    const json = asJson(input);
    track(json);
    if (!pair || json === undefined || !pair.zod.safeParse(json).success) {
      tally.invalid++;
      return;
    }
    tally.results++;
    // zod leaves a `__proto__` key out of a record without reading its value (its guard against
    // prototype pollution), so it accepts {"__proto__": 5} in `rules`; the JSON Schema checks the
    // value like any other. A difference listed in the TSDoc of jsonSchemas.
    if (hasOwnProtoKey(json)) return;
    if (!pair.validate(json))
      throw new Error(`zod accepts this ${pair.name} but its JSON Schema does not: ${ajv.errorsText(pair.validate.errors)}`);
  });
};

// ---------------------------------------------------------------------------
// The CLI, in process
// ---------------------------------------------------------------------------

const PLAUSIBLE_VALUES = [
  '2026-03-20',
  '2026-03-23T12:00:00Z',
  'Europe/London',
  'agency',
  '09:00-17:00',
  '17:00-09:00',
  '1,2,3,4,5',
  '7,1,2,3,4',
  'GB',
  '2026-04-03,2026-04-06',
  'phone',
  'voicemail',
  'email',
  'Ana Silva',
  'Data Analyst',
  '+44 7700 900123',
  'ana@example.com',
  'en-GB',
  '3',
  '-1',
  'yes',
  'no',
  'direct',
  'general-line',
  'decline',
  'pushy=error',
  'pushy=',
  '=error',
  'no-such-rule=off',
  '2026-03-30T09:10:00+01:00,no-answer',
  '2026-03-30T09:10:00+01:00',
  '14',
  '60',
];

const flagValue = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PLAUSIBLE_VALUES) }, { weight: 1, arbitrary: anyString });

const flagTokens: fc.Arbitrary<readonly string[]> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.tuple(fc.constantFrom(...INPUT_FLAGS), flagValue, fc.boolean()).map(([flag, value, inline]) => {
      if (flag.value === undefined) return [`--${flag.name}`];
      return inline ? [`--${flag.name}=${value}`] : [`--${flag.name}`, value];
    }),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom<readonly string[]>(
      ['--format', 'json'],
      ['--format', 'text'],
      ['--format', 'yaml'],
      ['--format'],
      ['--input', '-'],
      ['--input', '/nonexistent/input.json'],
      ['--input', '.'],
      ['--help'],
      ['-h'],
      ['--version'],
      ['--'],
      ['-'],
      ['--unknown-flag'],
      ['-x'],
    ),
  },
  { weight: 1, arbitrary: anyString.map((token) => [token]) },
);

const BASE_FLAGS: Record<string, string[]> = {
  window: ['--interview-at', '2026-03-20', '--now', '2026-03-23T12:00:00Z'],
  script: ['--kind', 'phone', '--name', 'Ana Silva', '--role', 'Data Analyst', '--interview-at', '2026-03-20'],
  plan: ['--interview-at', '2026-03-20', '--now', '2026-03-23T12:00:00Z', '--name', 'Ana Silva', '--role', 'Data Analyst'],
  check: [],
  rules: [],
};

const OUTPUT_SCHEMAS: Record<string, z.ZodMiniType> = {
  window: callWindowSchema,
  script: scriptSchema,
  check: checkResultSchema,
  plan: followUpPlanSchema,
  rules: rulesSchema,
};

const stdinText = fc.oneof(
  messageText,
  mutated(planFollowUpInput).map((input) => {
    const json = asJson(input);
    return json === undefined ? '' : JSON.stringify(json);
  }),
  callWindowInput.map((input) => JSON.stringify({ ...input, now: '2026-03-23T12:00:00Z' })),
  anyString,
);

const cliRun = fc.record({
  command: fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...COMMANDS) }, { weight: 1, arbitrary: anyString }),
  base: fc.boolean(),
  extra: fc.array(flagTokens, { maxLength: 4 }),
  stdin: stdinText,
});

const cliProperty: FuzzProperty = (tally, track) =>
  fc.asyncProperty(cliRun, async ({ command, base, extra, stdin }) => {
    const argv = [command, ...(base && Object.hasOwn(BASE_FLAGS, command) ? BASE_FLAGS[command] ?? [] : []), ...extra.flat()];
    fc.pre(!hitsKnownBug('cli', { argv, stdin }));
    track({ argv, stdin });
    let stdout = '';
    let stderr = '';
    const started = performance.now();
    const code = await run(argv, {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      readStdin: () => Promise.resolve(stdin),
      version: '1.2.3',
      colour: false,
    });
    const elapsed = performance.now() - started;
    if (elapsed > SLOW_CALL_MS) throw new Error(`one CLI run took ${elapsed.toFixed(0)} ms`);
    if (code === 2) {
      tally.invalid++;
      if (stdout !== '') throw new Error(`exit 2 but printed on stdout: ${stdout.slice(0, 200)}`);
      // One line, and nothing a terminal would act on.
      // eslint-disable-next-line no-control-regex -- the control characters are what this looks for
      if (!/^interview-followup: [^\u0000-\u001f\u007f-\u009f]+\n$/.test(stderr)) {
        throw new Error(`exit 2 must print one clean line on stderr, got ${JSON.stringify(stderr.slice(0, 300))}`);
      }
      if (stderr.includes('unexpected error')) throw new Error(`a bug surfaced: ${stderr}`);
      return;
    }
    tally.results++;
    if (code !== 0 && !(code === 1 && command === 'check')) throw new Error(`exit code ${String(code)} from ${command}`);
    if (stderr !== '') throw new Error(`exit ${String(code)} but wrote on stderr: ${stderr.slice(0, 300)}`);
    if (stdout === '' || !stdout.endsWith('\n')) throw new Error('exit 0 or 1 must print something, ending with a line break');
    let printed: unknown;
    try {
      printed = JSON.parse(stdout);
    } catch {
      return; // text output (or help): nothing more to check here
    }
    const schema = Object.hasOwn(OUTPUT_SCHEMAS, command) ? OUTPUT_SCHEMAS[command] : undefined;
    if (schema) expectShape(schema, printed, `the JSON of the ${command} command`);
  });

/** Every fuzz property, by the name fuzz-catalog.ts lists it under. */
export const FUZZ_PROPERTIES: Record<string, FuzzProperty> = {
  'nextCallWindow: valid inputs': single('nextCallWindow', callWindowInput),
  'nextCallWindow: broken inputs': single('nextCallWindow', mutated(callWindowInput)),
  'renderScript: valid inputs': single('renderScript', renderScriptInput),
  'renderScript: broken inputs': single('renderScript', mutated(renderScriptInput)),
  'checkMessage: valid inputs': single('checkMessage', checkMessageInput),
  'checkMessage: broken inputs': single('checkMessage', mutated(checkMessageInput)),
  'recommendChannel: valid inputs': single('recommendChannel', recommendChannelInput),
  'recommendChannel: broken inputs': single('recommendChannel', mutated(recommendChannelInput)),
  'planFollowUp: valid inputs': single('planFollowUp', planFollowUpInput),
  'planFollowUp: broken inputs': single('planFollowUp', mutated(planFollowUpInput)),
  'publicHolidays: valid inputs': single('publicHolidays', publicHolidaysInput),
  'publicHolidays: broken inputs': single('publicHolidays', mutated(publicHolidaysInput)),
  'toICalendar: valid inputs': iCalendarProperty(iCalendarArgs),
  'toICalendar: broken inputs': iCalendarProperty(mutated(iCalendarArgs)),
  'any value as the whole input': (tally, track) =>
    fc.property(
      fc.tuple(anyValue, fc.constantFrom(...(Object.keys(SINGLE_INPUT_FUNCTIONS) as SingleInputFunction[]), 'toICalendar' as const)),
      ([input, name]) => {
        fc.pre(!hitsKnownBug(name, input));
        track(input);
        if (name === 'toICalendar') {
          const outcome = outcomeOf(() => toICalendar(input as never), [input]);
          if (outcome.kind === 'invalid') tally.invalid++;
          else throw new Error('toICalendar returned a result for a value that is no window');
          return;
        }
        const { call, check } = SINGLE_INPUT_FUNCTIONS[name];
        const outcome = outcomeOf(() => call(input), [input]);
        if (outcome.kind === 'invalid') {
          tally.invalid++;
          return;
        }
        // recommendChannel takes {} (every field is optional); its result must still be right.
        tally.results++;
        (check as (result: unknown, input: unknown) => void)(outcome.value, input);
      },
    ),
  'jsonSchemas accept what zod accepts': jsonSchemaAgreement,
  'CLI: any command line': cliProperty,
};
