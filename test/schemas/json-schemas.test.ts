import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import {
  InvalidInputError,
  callWindowInputSchema,
  checkMessageInputSchema,
  jsonSchemas,
  planFollowUpInputSchema,
  recommendChannelInputSchema,
  renderScriptInputSchema,
} from '../../src/index.js';
import type { InputJsonSchemas } from '../../src/index.js';
import { parseInput } from '../../src/internal/parse-input.js';
import { generateInputJsonSchemas } from '../../src/schemas/json-schema-generation.js';
import { generatedModuleText } from '../../scripts/generate-json-schemas.js';

// The JSON Schemas are checked with a real validator (ajv, draft 2020-12, strict mode) against
// the zod schemas they are generated from: the same examples must pass and fail in both, and
// every place where they differ is listed below and in the TSDoc of `jsonSchemas`.

type InputName = keyof InputJsonSchemas;

const zodSchemas: Record<InputName, z.ZodMiniType> = {
  callWindowInput: callWindowInputSchema,
  renderScriptInput: renderScriptInputSchema,
  checkMessageInput: checkMessageInputSchema,
  recommendChannelInput: recommendChannelInputSchema,
  planFollowUpInput: planFollowUpInputSchema,
};
const names = Object.keys(zodSchemas) as InputName[];

const ajv = new Ajv2020({ strict: true, allErrors: true });
const validators = Object.fromEntries(names.map((name) => [name, ajv.compile(jsonSchemas[name])])) as Record<
  InputName,
  ReturnType<typeof ajv.compile>
>;

/** The fields ajv blames, as zod-style paths: a missing or unknown key is named, like parseInput does. */
function ajvPaths(name: InputName, value: unknown): string[] {
  const validate = validators[name];
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => {
    const params = error.params as { missingProperty?: string; additionalProperty?: string };
    const key = params.missingProperty ?? params.additionalProperty;
    return key === undefined ? error.instancePath : `${error.instancePath}/${key}`;
  });
}

/** The fields zod blames, through the library's own boundary. */
function zodPaths(name: InputName, value: unknown): string[] {
  try {
    parseInput(zodSchemas[name], value);
    return [];
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    return error.issues.map((issue) => issue.path.map((key) => `/${String(key)}`).join(''));
  }
}

const accepts = (name: InputName, value: unknown) => validators[name](value);
const zodAccepts = (name: InputName, value: unknown) => zodSchemas[name].safeParse(value).success;

const candidate = { name: 'Ana Silva', phone: '+44 7700 900123', email: 'ana@example.com' };
const fullWindow = {
  interviewAt: '2026-03-20T10:00:00+00:00',
  timeZone: 'Europe/London',
  now: '2026-03-31T08:00:00Z',
  via: 'agency',
  workingHours: { start: '08:30', end: '16:30' },
  workDays: [7, 1, 2, 3, 4],
  region: 'GB',
  holidays: ['2026-04-03', '2026-04-06'],
  instruction: { type: 'not-before', date: '2026-03-30' },
  previousCalls: [{ at: '2026-03-30T09:10:00+01:00', outcome: 'no-answer' }],
  policy: { earliestDays: 5, latestDays: 10, slotMinutes: 45 },
};
const fullScript = {
  kind: 'phone',
  candidate,
  role: 'Data Analyst',
  company: 'Northwind',
  interviewer: { name: 'Jordan Lee', title: 'Head of Data' },
  topic: 'the new reporting pipeline',
  locale: 'en-GB',
  variant: 2,
  interviewedOn: '2026-03-20',
  via: 'employer',
  timeZone: 'Europe/London',
};
const scriptFacts = Object.fromEntries(Object.entries(fullScript).filter(([key]) => key !== 'kind'));
const fullContacts = {
  directPhone: '+44 20 7946 0001',
  generalPhone: true,
  email: false,
  postalAddress: '1 High Street, London',
  linkedin: { priorWorkMessages: true },
};

const valid: [InputName, string, unknown][] = [
  ['callWindowInput', 'only the interview date', { interviewAt: '2026-03-20' }],
  ['callWindowInput', 'every field', fullWindow],
  ['callWindowInput', 'a time without seconds and a compact offset', { interviewAt: '2026-03-20T10:00-0300' }],
  ['callWindowInput', 'a call-on instruction with a date-time', { interviewAt: '2024-02-29', instruction: { type: 'call-on', date: '2026-03-30T09:00:00.123Z' } }],
  ['callWindowInput', 'a no-calls instruction', { interviewAt: '2026-03-20', instruction: { type: 'no-calls' } }],
  ['renderScriptInput', 'the required facts', { kind: 'email', candidate: { name: 'Ana Silva' }, role: 'Data Analyst', interviewedOn: '2026-03-20' }],
  ['renderScriptInput', 'every field', fullScript],
  ['checkMessageInput', 'only the text', { text: 'Thank you again for the interview.' }],
  ['checkMessageInput', 'an empty text', { text: '' }],
  [
    'checkMessageInput',
    'a context and rule settings',
    {
      text: 'Hi Sam',
      channel: 'linkedin',
      context: { interviewAt: '2026-03-20', plannedAt: '2026-03-30T09:00:00Z', recipient: 'general-line', priorPlatformContact: false, intent: 'decline', workDays: [1, 2, 3] },
      rules: { 'too-long': 'off', brags: 'info' },
    },
  ],
  ['recommendChannelInput', 'nothing at all', {}],
  ['recommendChannelInput', 'every field', { comfortableOnPhone: false, contacts: fullContacts, via: 'agency', instruction: { type: 'use-channel', channel: 'handwritten-note' }, previousCalls: [] }],
  ['planFollowUpInput', 'the required facts', { interviewAt: '2026-03-20', candidate: { name: 'Ana Silva' }, role: 'Data Analyst' }],
  [
    'planFollowUpInput',
    'every field',
    { ...fullWindow, ...scriptFacts, comfortableOnPhone: true, contacts: fullContacts, interviewedOn: '2026-03-20T09:00:00Z' },
  ],
];

const invalid: [InputName, string, unknown, string][] = [
  ['callWindowInput', 'no interview date', {}, '/interviewAt'],
  ['callWindowInput', 'an interview date in words', { interviewAt: 'yesterday' }, '/interviewAt'],
  ['callWindowInput', 'a date-time without an offset', { interviewAt: '2026-03-20T10:00:00' }, '/interviewAt'],
  ['callWindowInput', 'month 13', { interviewAt: '2026-13-01' }, '/interviewAt'],
  ['callWindowInput', 'the 30th of February', { interviewAt: '2026-02-30' }, '/interviewAt'],
  ['callWindowInput', 'the 31st of April', { interviewAt: '2026-04-31' }, '/interviewAt'],
  ['callWindowInput', 'year 0000', { interviewAt: '0000-01-01' }, '/interviewAt'],
  ['callWindowInput', 'hour 24', { interviewAt: '2026-03-20T24:00:00Z' }, '/interviewAt'],
  ['callWindowInput', 'a date-only now', { interviewAt: '2026-03-20', now: '2026-03-27' }, '/now'],
  ['callWindowInput', 'a number as the time zone', { interviewAt: '2026-03-20', timeZone: 42 }, '/timeZone'],
  ['callWindowInput', 'an empty time zone', { interviewAt: '2026-03-20', timeZone: '' }, '/timeZone'],
  ['callWindowInput', 'an unknown via', { interviewAt: '2026-03-20', via: 'friend' }, '/via'],
  ['callWindowInput', 'working hours as text', { interviewAt: '2026-03-20', workingHours: '9-5' }, '/workingHours'],
  ['callWindowInput', 'a start at 25:00', { interviewAt: '2026-03-20', workingHours: { start: '25:00', end: '26:00' } }, '/workingHours/start'],
  ['callWindowInput', 'working hours without an end', { interviewAt: '2026-03-20', workingHours: { start: '09:00' } }, '/workingHours/end'],
  ['callWindowInput', 'weekday 0', { interviewAt: '2026-03-20', workDays: [0, 1] }, '/workDays/0'],
  ['callWindowInput', 'weekday 1.5', { interviewAt: '2026-03-20', workDays: [1.5] }, '/workDays/0'],
  ['callWindowInput', 'a weekday twice', { interviewAt: '2026-03-20', workDays: [1, 1] }, '/workDays'],
  ['callWindowInput', 'no working days', { interviewAt: '2026-03-20', workDays: [] }, '/workDays'],
  ['callWindowInput', 'a lowercase region', { interviewAt: '2026-03-20', region: 'gb' }, '/region'],
  ['callWindowInput', 'a holiday in month 13', { interviewAt: '2026-03-20', holidays: ['2026-13-01'] }, '/holidays/0'],
  ['callWindowInput', 'a call-on instruction without a date', { interviewAt: '2026-03-20', instruction: { type: 'call-on' } }, '/instruction/date'],
  ['callWindowInput', 'an unknown instruction', { interviewAt: '2026-03-20', instruction: { type: 'later' } }, '/instruction/type'],
  ['callWindowInput', 'a previous call at a date only', { interviewAt: '2026-03-20', previousCalls: [{ at: '2026-03-30', outcome: 'spoke' }] }, '/previousCalls/0/at'],
  ['callWindowInput', 'an unknown call outcome', { interviewAt: '2026-03-20', previousCalls: [{ at: '2026-03-30T09:00:00Z', outcome: 'busy' }] }, '/previousCalls/0/outcome'],
  ['callWindowInput', 'half a day in the policy', { interviewAt: '2026-03-20', policy: { earliestDays: 1.5 } }, '/policy/earliestDays'],
  ['callWindowInput', 'one-minute slots', { interviewAt: '2026-03-20', policy: { slotMinutes: 1 } }, '/policy/slotMinutes'],
  ['callWindowInput', 'an unknown policy field', { interviewAt: '2026-03-20', policy: { graceDays: 1 } }, '/policy/graceDays'],
  ['callWindowInput', 'an unknown field', { interviewAt: '2026-03-20', mood: 'calm' }, '/mood'],
  ['renderScriptInput', 'an unknown kind', { ...fullScript, kind: 'fax' }, '/kind'],
  ['renderScriptInput', 'a candidate without a name', { ...fullScript, candidate: { phone: '1' } }, '/candidate/name'],
  ['renderScriptInput', 'an empty role', { ...fullScript, role: '' }, '/role'],
  ['renderScriptInput', 'a role of spaces', { ...fullScript, role: '   ' }, '/role'],
  ['renderScriptInput', 'a role with a line break', { ...fullScript, role: 'Data\nAnalyst' }, '/role'],
  ['renderScriptInput', 'a role with a C1 control character', { ...fullScript, role: 'Data\u0085Analyst' }, '/role'],
  ['renderScriptInput', 'a role of 201 letters', { ...fullScript, role: 'a'.repeat(201) }, '/role'],
  ['renderScriptInput', 'a negative variant', { ...fullScript, variant: -1 }, '/variant'],
  ['renderScriptInput', 'a fractional variant', { ...fullScript, variant: 1.5 }, '/variant'],
  ['renderScriptInput', 'a variant past the safe integers', { ...fullScript, variant: 2 ** 53 }, '/variant'],
  ['renderScriptInput', 'a French locale', { ...fullScript, locale: 'fr-FR' }, '/locale'],
  ['renderScriptInput', 'no interview date', { ...fullScript, interviewedOn: undefined }, '/interviewedOn'],
  ['checkMessageInput', 'no text', { channel: 'email' }, '/text'],
  ['checkMessageInput', 'a number as the text', { text: 42 }, '/text'],
  ['checkMessageInput', 'an unknown channel', { text: 'Hi', channel: 'sms' }, '/channel'],
  ['checkMessageInput', 'an unknown recipient', { text: 'Hi', context: { recipient: 'switchboard' } }, '/context/recipient'],
  ['checkMessageInput', 'an unknown context field', { text: 'Hi', context: { mood: 'calm' } }, '/context/mood'],
  ['checkMessageInput', 'an unknown rule setting', { text: 'Hi', rules: { brags: 'loud' } }, '/rules/brags'],
  ['recommendChannelInput', 'a number as an email', { contacts: { email: 42 } }, '/contacts/email'],
  ['recommendChannelInput', 'an empty phone number', { contacts: { directPhone: '' } }, '/contacts/directPhone'],
  ['recommendChannelInput', 'linkedin without its flag', { contacts: { linkedin: {} } }, '/contacts/linkedin/priorWorkMessages'],
  ['recommendChannelInput', 'an unknown contact point', { contacts: { fax: true } }, '/contacts/fax'],
  ['recommendChannelInput', 'comfort as text', { comfortableOnPhone: 'yes' }, '/comfortableOnPhone'],
  ['recommendChannelInput', 'an unknown requested channel', { instruction: { type: 'use-channel', channel: 'fax' } }, '/instruction/channel'],
  ['planFollowUpInput', 'no role', { interviewAt: '2026-03-20', candidate }, '/role'],
  ['planFollowUpInput', 'no interview date', { candidate, role: 'Data Analyst' }, '/interviewAt'],
  ['planFollowUpInput', 'a kind (the plan chooses it)', { interviewAt: '2026-03-20', candidate, role: 'Data Analyst', kind: 'email' }, '/kind'],
  ['planFollowUpInput', 'an unknown contact point', { interviewAt: '2026-03-20', candidate, role: 'Data Analyst', contacts: { fax: true } }, '/contacts/fax'],
];

// Where the two knowingly disagree: zod rejects, the JSON Schema cannot tell.
const zodOnly: [InputName, string, unknown, string][] = [
  ['callWindowInput', 'the 29th of February in a common year', { interviewAt: '2025-02-29' }, '/interviewAt'],
  ['callWindowInput', 'a time zone the runtime does not know', { interviewAt: '2026-03-20', timeZone: 'Mars/Olympus' }, '/timeZone'],
  ['callWindowInput', 'working hours that end before they start', { interviewAt: '2026-03-20', workingHours: { start: '17:00', end: '09:00' } }, '/workingHours/end'],
  ['callWindowInput', 'a policy whose latest day is before its earliest', { interviewAt: '2026-03-20', policy: { earliestDays: 10, latestDays: 5 } }, '/policy/latestDays'],
  [
    'callWindowInput',
    'a previous call after now',
    { interviewAt: '2026-03-20', now: '2026-03-21T12:00:00Z', previousCalls: [{ at: '2026-03-30T09:00:00Z', outcome: 'no-answer' }] },
    '/previousCalls/0/at',
  ],
  [
    'planFollowUpInput',
    'a previous call after plannedAt',
    { ...fullWindow, ...scriptFacts, plannedAt: '2026-03-30T08:00:00Z' },
    '/previousCalls/0/at',
  ],
  [
    'checkMessageInput',
    'a previous call after plannedAt in the context',
    { text: 'Hi', context: { plannedAt: '2026-03-30T08:00:00Z', previousCalls: [{ at: '2026-03-30T09:10:00+01:00', outcome: 'no-answer' }] } },
    '/context/previousCalls/0/at',
  ],
  ['renderScriptInput', 'a role with a broken surrogate pair', { ...fullScript, role: 'Data \uD800 Analyst' }, '/role'],
  ['renderScriptInput', 'a role of 150 emoji (300 UTF-16 units, 150 code points)', { ...fullScript, role: '😀'.repeat(150) }, '/role'],
];

describe('jsonSchemas', () => {
  it.each(names)('%s is a valid draft 2020-12 schema that ajv compiles in strict mode', (name) => {
    const schema = jsonSchemas[name];
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(schema).toMatchObject({ type: 'object', additionalProperties: false, title: expect.any(String), description: expect.any(String) });
  });

  it.each(names)('%s is plain JSON with no empty (accept-anything) schema left where a Date was', (name) => {
    const schema = jsonSchemas[name];
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
    const text = JSON.stringify(schema);
    expect(text).not.toContain('{}');
    expect(text).not.toContain('x-interview-followup-date');
  });

  it('lists the properties of every input, as zod does', () => {
    for (const name of names) {
      const shape = (zodSchemas[name] as unknown as { def: { shape: Record<string, unknown> } }).def.shape;
      expect(Object.keys(jsonSchemas[name].properties as object).sort()).toEqual(Object.keys(shape).sort());
    }
  });

  it('marks as required exactly the fields zod requires', () => {
    expect(jsonSchemas.callWindowInput.required).toEqual(['interviewAt']);
    expect(jsonSchemas.renderScriptInput.required).toEqual(['kind', 'candidate', 'role', 'interviewedOn']);
    expect(jsonSchemas.checkMessageInput.required).toEqual(['text']);
    expect(jsonSchemas.recommendChannelInput.required).toBeUndefined();
    expect(jsonSchemas.planFollowUpInput.required).toEqual(['interviewAt', 'candidate', 'role']);
  });

  it('builds a fresh copy on each read, so editing one changes nothing else', () => {
    const first = jsonSchemas.callWindowInput;
    (first.properties as Record<string, unknown>).interviewAt = {};
    first.required = [];
    expect(jsonSchemas.callWindowInput.required).toEqual(['interviewAt']);
    expect(ajvPaths('callWindowInput', {})).toEqual(['/interviewAt']);
  });

  it('offers only the ISO string forms where zod also takes a Date', () => {
    const interviewAt = jsonSchemas.callWindowInput.properties as Record<string, { anyOf?: { type: string }[]; type?: string }>;
    expect(interviewAt.interviewAt?.anyOf?.map((branch) => branch.type)).toEqual(['string', 'string']);
    expect(interviewAt.now?.type).toBe('string');
    const withDate = { interviewAt: new Date('2026-03-20T10:00:00Z') };
    expect(zodAccepts('callWindowInput', withDate)).toBe(true);
    expect(accepts('callWindowInput', withDate)).toBe(false);
    expect(accepts('callWindowInput', JSON.parse(JSON.stringify(withDate)))).toBe(true);
  });
});

describe('JSON Schema and zod accept the same examples', () => {
  it.each(valid)('%s: %s', (name, _label, value) => {
    expect(zodAccepts(name, value)).toBe(true);
    expect(ajvPaths(name, value)).toEqual([]);
  });
});

describe('JSON Schema and zod reject the same examples, at the same field', () => {
  it.each(invalid)('%s: %s', (name, _label, value, path) => {
    expect(zodPaths(name, value)).toContain(path);
    expect(ajvPaths(name, value)).toContain(path);
  });
});

describe('where only zod can tell (documented in the TSDoc of jsonSchemas)', () => {
  it.each(zodOnly)('%s: %s', (name, _label, value, path) => {
    expect(zodPaths(name, value)).toContain(path);
    expect(accepts(name, value)).toBe(true);
  });
});

describe('the date and instant patterns match zod exactly, but for leap days', () => {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const isLeapDayOfCommonYear = (year: number, month: number, day: number) =>
    month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
  // zod's verdict, and whether zod rejects only because the 29th of February of a common year does not exist.
  const verdicts = (build: (day: number) => unknown, [year, month, day]: [number, number, number]) => ({
    zod: zodAccepts('callWindowInput', build(day)),
    onlyTheLeapDay: isLeapDayOfCommonYear(year, month, day) && zodAccepts('callWindowInput', build(28)),
  });
  const dateParts = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }));

  it('agrees on every YYYY-MM-DD string', () => {
    fc.assert(
      fc.property(dateParts, (parts) => {
        const [year, month] = parts;
        const build = (day: number) => ({ interviewAt: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` });
        const { zod, onlyTheLeapDay } = verdicts(build, parts);
        expect(accepts('callWindowInput', build(parts[2]))).toBe(zod || onlyTheLeapDay);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees on date-times with or without seconds, fractions and offsets', () => {
    const time = fc.tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.option(fc.integer({ min: 0, max: 61 })));
    const fraction = fc.constantFrom('', '.5', ',123', '.123456789', '.1234567890', ',12345678901234567890', '.', ',,5');
    const offset = fc.constantFrom('Z', 'z', '+01:00', '-0330', '+23:59', '+24:00', '-12:60', '+1', '', '+05', '-00', '+24', '+05:', '+05:3', 'Z+01');
    const separator = fc.constantFrom('T', 't', ' ', '_');
    fc.assert(
      fc.property(dateParts, separator, time, fraction, offset, (parts, sep, [hour, minute, second], frac, zone) => {
        const [year, month] = parts;
        const seconds = second === null ? '' : `:${pad(second, 2)}${frac}`;
        const build = (day: number) => ({
          interviewAt: '2026-03-20',
          now: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}${sep}${pad(hour, 2)}:${pad(minute, 2)}${seconds}${zone}`,
        });
        const { zod, onlyTheLeapDay } = verdicts(build, parts);
        expect(accepts('callWindowInput', build(parts[2]))).toBe(zod || onlyTheLeapDay);
      }),
      { numRuns: 3000 },
    );
  });

  it('agree on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const value = { interviewAt: text };
        expect(accepts('callWindowInput', value)).toBe(zodAccepts('callWindowInput', value));
      }),
    );
  });
});

// Clock times and regions are zod refinements, and their JSON patterns are written beside the
// generator; the two must still accept exactly the same strings.
describe('the clock-time and region patterns match zod exactly', () => {
  const clockTexts = fc.oneof(
    fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
    fc.string({ maxLength: 8 }),
    fc.constantFrom('9:00', '09:0', '0900', '09:00 ', ' 09:00', '23:59', '24:00', '00:00', '09:00\n'),
  );
  const regionTexts = fc.oneof(fc.string({ minLength: 1, maxLength: 3 }), fc.constantFrom('GB', 'gb', 'Gb', 'GBR', 'É1', 'GB\n', 'SA'));

  it('agree on working-hour starts', () => {
    // Compared by the field each blames: a valid start at or after the end is zod's cross-field
    // check (at workingHours.end), which JSON Schema cannot express.
    const blamesStart = (paths: string[]) => paths.includes('/workingHours/start');
    fc.assert(
      fc.property(clockTexts, (start) => {
        const value = { interviewAt: '2026-03-20', workingHours: { start, end: '23:59' } };
        expect(blamesStart(ajvPaths('callWindowInput', value))).toBe(blamesStart(zodPaths('callWindowInput', value)));
      }),
      { numRuns: 2000 },
    );
  });

  it('agree on regions', () => {
    fc.assert(
      fc.property(regionTexts, (region) => {
        const value = { interviewAt: '2026-03-20', region };
        expect(accepts('callWindowInput', value)).toBe(zodAccepts('callWindowInput', value));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the JSON Schema never rejects what zod accepts', () => {
  // Inputs built from plausible and implausible field values; whatever zod accepts as JSON data,
  // ajv must accept too.
  // Mostly valid values, with some invalid ones mixed in.
  const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) => fc.oneof({ arbitrary: good, weight: 12 }, { arbitrary: bad, weight: 1 });
  const fact = mostly(
    fc.constantFrom('Ana Silva', 'Data Analyst', ' x ', 'Zoë 😀', 'a'.repeat(200)),
    fc.oneof(fc.constantFrom('', '   ', 'a\tb', 'a'.repeat(201)), fc.string({ maxLength: 12 })),
  );
  const instant = mostly(
    fc.constantFrom('2026-03-20T10:00:00Z', '2026-03-20T10:00+05:30', '2026-03-20 10:00:00.5-0300'),
    fc.oneof(fc.constantFrom('2026-02-30T10:00:00Z', '2026-03-20T10:00:00', 'soon', ''), fc.string({ maxLength: 10 })),
  );
  const instantOrDate = mostly(fc.oneof(instant, fc.constantFrom('2026-03-20', '2024-02-29')), fc.constantFrom('2026-02-30', '2026-3-20'));
  const contactPoint = mostly(fc.oneof(fc.boolean(), fact), fc.integer());
  const input = fc.record(
    {
      interviewAt: instantOrDate,
      now: instant,
      timeZone: mostly(fc.constantFrom('UTC', 'Europe/London', 'Asia/Kathmandu'), fc.constantFrom('Mars/Olympus', '', 7)),
      via: mostly(fc.constantFrom('employer', 'agency'), fc.constant('friend')),
      workingHours: mostly(fc.constant({ start: '09:00', end: '17:00' }), fc.record({ start: fc.constantFrom('17:00', '24:00'), end: fc.constantFrom('08:00', '9:00') })),
      workDays: mostly(fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }), fc.array(fc.oneof(fc.integer({ min: -1, max: 8 }), fc.constant(1.5)), { maxLength: 8 })),
      holidays: fc.array(mostly(fc.constantFrom('2026-04-03', '2026-12-25'), fc.constantFrom('2026-13-01', '2025-02-29')), { maxLength: 3 }),
      instruction: fc.oneof(
        fc.record({ type: fc.constantFrom('call-on', 'not-before'), date: instantOrDate }),
        fc.constant({ type: 'no-calls' }),
        fc.record({ type: fc.constant('use-channel'), channel: mostly(fc.constantFrom('email', 'phone'), fc.constant('fax')) }),
      ),
      previousCalls: fc.array(fc.record({ at: instant, outcome: mostly(fc.constantFrom('spoke', 'voicemail', 'no-answer'), fc.constant('busy')) }), { maxLength: 2 }),
      policy: fc.record(
        { earliestDays: mostly(fc.integer({ min: 0, max: 7 }), fc.integer({ min: -1, max: 400 })), latestDays: mostly(fc.integer({ min: 7, max: 366 }), fc.integer({ min: -1, max: 400 })), slotMinutes: mostly(fc.integer({ min: 5, max: 720 }), fc.integer({ min: 0, max: 800 })) },
        { requiredKeys: [] },
      ),
      candidate: fc.record({ name: fact, phone: fact, email: fact }, { requiredKeys: ['name'] }),
      role: fact,
      company: fact,
      topic: fact,
      interviewer: fc.record({ name: fact, title: fact }, { requiredKeys: [] }),
      locale: mostly(fc.constantFrom('en-US', 'en-GB'), fc.constant('fr-FR')),
      variant: mostly(fc.nat(), fc.oneof(fc.integer({ min: -3, max: -1 }), fc.constant(0.5))),
      kind: mostly(fc.constantFrom('phone', 'email', 'linkedin'), fc.constant('fax')),
      interviewedOn: instantOrDate,
      comfortableOnPhone: mostly(fc.boolean(), fc.constant('yes')),
      contacts: fc.record(
        { directPhone: contactPoint, generalPhone: contactPoint, email: contactPoint, postalAddress: contactPoint, linkedin: fc.record({ priorWorkMessages: fc.boolean() }) },
        { requiredKeys: [] },
      ),
      text: fc.string({ maxLength: 40 }),
      channel: mostly(fc.constantFrom('email', 'linkedin'), fc.constant('sms')),
      rules: fc.dictionary(fc.constantFrom('brags', 'too-long'), mostly(fc.constantFrom('off', 'warning'), fc.constant('loud'))),
    },
    // The fields some input requires are always there; the others come and go.
    { requiredKeys: ['interviewAt', 'candidate', 'role', 'kind', 'interviewedOn', 'text'] },
  );

  it.each(names)('%s', (name) => {
    let acceptedByZod = 0;
    // Keep only the fields this input knows, so that zod accepts often enough.
    const known = Object.keys(jsonSchemas[name].properties as object);
    fc.assert(
      fc.property(input, (value) => {
        const trimmed = Object.fromEntries(Object.entries(value).filter(([key]) => known.includes(key)));
        if (zodAccepts(name, trimmed)) {
          acceptedByZod++;
          expect(ajvPaths(name, trimmed)).toEqual([]);
        }
      }),
      { numRuns: 2000 },
    );
    // The property is only worth something if zod accepted a fair share of the inputs.
    expect(acceptedByZod).toBeGreaterThan(100);
  });
});

describe('the stored JSON Schemas', () => {
  it('are what z.toJSONSchema gives for the current zod schemas (run `npm run schemas:json` when this fails)', () => {
    const fresh = generateInputJsonSchemas();
    expect(Object.keys(fresh)).toEqual(Object.keys(jsonSchemas));
    for (const name of Object.keys(fresh) as (keyof typeof fresh)[]) expect(jsonSchemas[name], name).toEqual(fresh[name]);
  });

  it('are stored exactly as the generator writes them', () => {
    expect(readFileSync(new URL('../../src/schemas/input-json-schemas.generated.ts', import.meta.url), 'utf8')).toBe(generatedModuleText());
  });
});
