import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { checkMessage, jsonSchemas, nextCallWindow, planFollowUp, rules, toICalendar, type CallWindow } from '../../src/index.js';
import { run } from '../../src/cli/run.js';
import { FUZZ_SEED } from './fuzz-runs.js';
import { hitsKnownBug } from './known-bugs.js';
import { jsonSchemasSchema, rulesSchema } from './output-schemas.js';
import { copyData } from './mutate.js';
import { bugInputOf, runsOf, settle, VALID_CALLS } from './valid-calls.js';
import { callWindowInput, planFollowUpInput } from './valid-inputs.js';

// Every output is plain JSON data: JSON.parse(JSON.stringify(x)) gives it back exactly (no Dates,
// no undefined fields, no class instances), and what comes back means the same where an API
// takes it again. An input written as JSON (Dates become ISO strings) means the same too.

function viaJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

const ICS_NOW = '2026-03-25T10:30:00Z';

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(ICS_NOW) });
});
afterAll(() => {
  vi.useRealTimers();
});

const calendarOptions = fc.constantFrom({ now: ICS_NOW }, { now: ICS_NOW, slots: 'all' as const, summary: 'Call Sam; then, email' });

describe('outputs survive a JSON round trip', () => {
  it.each(VALID_CALLS.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    fc.assert(
      fc.property(entry.args, (list) => {
        fc.pre(!hitsKnownBug(entry.name, bugInputOf(entry, list)));
        const outcome = settle(() => entry.call(copyData(list)));
        if ('result' in outcome) expect(viaJson(outcome.result)).toStrictEqual(outcome.result);
      }),
      { numRuns: runsOf(entry, 0.06), ...(FUZZ_SEED === undefined ? {} : { seed: FUZZ_SEED }) },
    );
  });

  it('the JSON Schemas, which match their output schema', () => {
    const schemas = z.parse(jsonSchemasSchema, jsonSchemas);
    for (const [name, schema] of Object.entries(schemas)) expect(viaJson(schema), name).toStrictEqual(schema);
  });

  it('the rules list, which matches its output schema, and its examples give the same findings after the trip', () => {
    z.parse(rulesSchema, rules);
    expect(viaJson(rules)).toStrictEqual(rules);
    for (const rule of viaJson(rules)) {
      for (const example of [rule.examples.bad, rule.examples.good]) {
        const original = rules.find((candidate) => candidate.id === rule.id)?.examples;
        const before = example === rule.examples.bad ? original?.bad : original?.good;
        expect(checkMessage(example)).toStrictEqual(checkMessage(before ?? { text: '' }));
      }
    }
  });
});

describe('what comes back means the same where an API takes it again', () => {
  const runs = { numRuns: 100, ...(FUZZ_SEED === undefined ? {} : { seed: FUZZ_SEED }) };

  it('a stored window gives toICalendar the same calendar', () => {
    fc.assert(
      fc.property(callWindowInput, calendarOptions, (input, options) => {
        fc.pre(!hitsKnownBug('nextCallWindow', input));
        const outcome = settle(() => nextCallWindow(input));
        if (!('result' in outcome)) return;
        const window = outcome.result as CallWindow;
        expect(toICalendar(viaJson(window), options)).toBe(toICalendar(window, options));
      }),
      runs,
    );
  });

  it("a stored plan's window and scripts give toICalendar and checkMessage the same answers", () => {
    fc.assert(
      fc.property(planFollowUpInput, (input) => {
        fc.pre(!hitsKnownBug('planFollowUp', input));
        const outcome = settle(() => planFollowUp(input));
        if (!('result' in outcome)) return;
        const plan = outcome.result as ReturnType<typeof planFollowUp>;
        const stored = viaJson(plan);
        expect(toICalendar(stored.window, { now: ICS_NOW, slots: 'all' })).toBe(toICalendar(plan.window, { now: ICS_NOW, slots: 'all' }));
        for (const [again, first] of [
          [stored.script, plan.script],
          [stored.fallbackScript, plan.fallbackScript],
        ] as const) {
          if (again && first)
            expect(checkMessage({ text: again.text, channel: again.kind })).toStrictEqual(
              checkMessage({ text: first.text, channel: first.kind }),
            );
        }
      }),
      { ...runs, numRuns: 50 },
    );
  });

  it('the JSON the CLI prints for a window gives toICalendar the same calendar as the library', async () => {
    let stdout = '';
    const argv = [
      'window',
      '--interview-at',
      '2026-03-20',
      '--time-zone',
      'Europe/London',
      '--now',
      '2026-03-23T12:00:00Z',
      '--format',
      'json',
    ];
    const code = await run(argv, {
      stdout: (text) => (stdout += text),
      stderr: () => undefined,
      readStdin: () => Promise.resolve(''),
      version: '0',
      colour: false,
    });
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as CallWindow;
    const library = nextCallWindow({ interviewAt: '2026-03-20', timeZone: 'Europe/London', now: '2026-03-23T12:00:00Z' });
    expect(toICalendar(printed, { now: ICS_NOW, slots: 'all' })).toBe(toICalendar(library, { now: ICS_NOW, slots: 'all' }));
  });
});

describe('an input written as JSON means the same as the input with Dates', () => {
  const jsonable = VALID_CALLS.filter((entry) => entry.name !== 'toICalendar' && entry.name !== 'publicHolidays');
  it.each(jsonable.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    fc.assert(
      fc.property(entry.args, (list) => {
        fc.pre(!hitsKnownBug(entry.name, bugInputOf(entry, list)) && !hitsKnownBug('json-form', list));
        const original = settle(() => entry.call(copyData(list)));
        fc.pre('result' in original);
        // Dates become "…Z" strings with milliseconds; the instant is the same.
        expect(settle(() => entry.call(viaJson(list)))).toStrictEqual(original);
      }),
      { numRuns: runsOf(entry, 0.06), ...(FUZZ_SEED === undefined ? {} : { seed: FUZZ_SEED }) },
    );
  });
});
