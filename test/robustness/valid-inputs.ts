import { readFileSync } from 'node:fs';
import Holidays from 'date-holidays';
import fc from 'fast-check';
import {
  nextCallWindow,
  rules,
  type CallWindowInput,
  type CheckMessageInput,
  type ICalendarOptions,
  type PlanFollowUpInput,
  type RecommendChannelInput,
  type RenderScriptInput,
} from '../../src/index.js';
import { PUBLIC_HOLIDAY_YEARS } from '../../src/holidays.js';
import { ALL_TIME_ZONES, LAST_INSTANT_MS, SPECIAL_STRINGS, YEAR_ONE_MS } from './hostile-values.js';
import { instantMsOfInput } from './public-surface.js';

// Inputs every schema accepts, spread as wide as the contract allows: instants from year 1 to
// 9999 as Dates and as strings in every accepted spelling, every IANA zone, odd work weeks and
// working hours, all instructions, and people's text in many scripts. A few still fail on
// purpose (a window that would run past 9999); the fuzz tests count how many succeed.

const DAY_MS = 86_400_000;
const MODERN = { min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)) };

/** An instant in milliseconds: mostly 1990-2100, sometimes anywhere in years 1-9999, sometimes at either edge. */
export const instantMs: fc.Arbitrary<number> = fc
  .oneof(
    { weight: 6, arbitrary: fc.date({ ...MODERN, noInvalidDate: true }) },
    { weight: 2, arbitrary: fc.date({ min: new Date(YEAR_ONE_MS), max: new Date(LAST_INSTANT_MS), noInvalidDate: true }) },
    { weight: 1, arbitrary: fc.date({ min: new Date(YEAR_ONE_MS), max: new Date(YEAR_ONE_MS + 60 * DAY_MS), noInvalidDate: true }) },
    {
      weight: 1,
      arbitrary: fc.date({ min: new Date(LAST_INSTANT_MS - 60 * DAY_MS), max: new Date(LAST_INSTANT_MS), noInvalidDate: true }),
    },
  )
  .map((date) => date.getTime());

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** An ISO 8601 offset for `minutes`: `Z`, `z`, `+05:30` or `+0530`. */
function offsetText(minutes: number, style: 'colon' | 'compact' | 'zulu'): string {
  if (minutes === 0 && style === 'zulu') return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const hours = twoDigits(Math.floor(Math.abs(minutes) / 60));
  const rest = twoDigits(Math.abs(minutes) % 60);
  return style === 'compact' ? `${sign}${hours}${rest}` : `${sign}${hours}:${rest}`;
}

/** The instant `ms` written as an ISO 8601 string with an offset, in one of the spellings the contract accepts. */
export const instantString: fc.Arbitrary<string> = fc
  .record({
    ms: instantMs,
    offset: fc.oneof(fc.constantFrom(0, 60, -300, 330, 345, -570, 780, 840, -720), fc.integer({ min: -1439, max: 1439 })),
    style: fc.constantFrom<'colon' | 'compact' | 'zulu'>('colon', 'compact', 'zulu'),
    separator: fc.constantFrom('T', 't', ' '),
    precision: fc.constantFrom('minutes', 'seconds', 'millis', 'nanos'),
    lowerZ: fc.boolean(),
  })
  .map(({ ms, offset, style, separator, precision, lowerZ }) => {
    const local = new Date(ms + offset * 60_000).toISOString();
    const time =
      precision === 'minutes'
        ? local.slice(11, 16)
        : precision === 'seconds'
        ? local.slice(11, 19)
        : precision === 'millis'
        ? local.slice(11, 23)
        : `${local.slice(11, 23)}456789`;
    const zone = offsetText(offset, style);
    return `${local.slice(0, 10)}${separator}${time}${zone === 'Z' && lowerZ ? 'z' : zone}`;
  });

/** A calendar date `YYYY-MM-DD` within years 1-9999. */
export const dateOnly: fc.Arbitrary<string> = instantMs.map((ms) => new Date(ms).toISOString().slice(0, 10));

/** An instant as the contract takes it: a Date or an ISO string with an offset. */
export const instant: fc.Arbitrary<Date | string> = fc.oneof(
  instantMs.map((ms) => new Date(ms)),
  instantString,
);

/** An instant or a date-only string. */
export const instantOrDate: fc.Arbitrary<Date | string> = fc.oneof(instant, dateOnly);

/** Any IANA zone the runtime knows. */
export const timeZone: fc.Arbitrary<string> = fc.constantFrom(...ALL_TIME_ZONES);

const clock = (minute: number) => `${twoDigits(Math.floor(minute / 60))}:${twoDigits(minute % 60)}`;

/** Working hours with `end` later than `start`, anywhere in the day. */
export const workingHours = fc
  .tuple(fc.integer({ min: 0, max: 1438 }), fc.integer({ min: 1, max: 1439 }))
  .map(([start, length]) => ({ start: clock(start), end: clock(Math.min(1439, start + length)) }));

/** A work week of one to seven distinct ISO weekdays, in any order. */
export const workDays = fc.shuffledSubarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 });

const region = fc.constantFrom('GB', 'US', 'SA', 'AE', 'IL', 'IR', 'AF', 'IN', 'DE', 'BR', 'ZZ', 'AA');

/** Holidays near `fromMs`, or a whole year of them. */
function holidaysNear(fromMs: number): fc.Arbitrary<string[]> {
  const dayOf = (offset: number) => new Date(Math.min(LAST_INSTANT_MS, fromMs + offset * DAY_MS)).toISOString().slice(0, 10);
  return fc.oneof(
    { weight: 8, arbitrary: fc.array(fc.integer({ min: -3, max: 40 }).map(dayOf), { maxLength: 12 }) },
    { weight: 1, arbitrary: fc.constant(Array.from({ length: 366 }, (_, offset) => dayOf(offset))) },
  );
}

/** What the employer said, with dates near `fromMs` or anywhere. */
function instructionNear(fromMs: number) {
  const near = fc.integer({ min: -5 * DAY_MS, max: 40 * DAY_MS }).map((offset) => fromMs + offset);
  const date = fc.oneof(
    near.map((ms) => new Date(Math.min(LAST_INSTANT_MS, ms)).toISOString().slice(0, 10)),
    near.map((ms) => new Date(Math.min(LAST_INSTANT_MS, ms))),
    instantOrDate,
  );
  return fc.oneof(
    fc.record({ type: fc.constantFrom('call-on' as const, 'not-before' as const), date }),
    fc.constant({ type: 'no-calls' as const }),
    fc.record({
      type: fc.constant('use-channel' as const),
      channel: fc.constantFrom('phone', 'voicemail', 'email', 'handwritten-note', 'linkedin'),
    }),
  );
}

/** Earlier calls near `fromMs`. */
function previousCallsNear(fromMs: number) {
  const at = fc.oneof(
    fc.integer({ min: 0, max: 30 * DAY_MS }).map((offset) => new Date(Math.min(LAST_INSTANT_MS, fromMs + offset)).toISOString()),
    instant,
  );
  return fc.array(fc.record({ at, outcome: fc.constantFrom('spoke', 'voicemail', 'no-answer') }), { maxLength: 3 });
}

/** Policy numbers with the latest day at or after the earliest. */
export const policy = fc
  .record(
    {
      earliest: fc.integer({ min: 0, max: 366 }),
      extra: fc.integer({ min: 0, max: 366 }),
      agencyEarliest: fc.integer({ min: 0, max: 366 }),
      agencyExtra: fc.integer({ min: 0, max: 366 }),
      slotMinutes: fc.integer({ min: 5, max: 720 }),
    },
    { requiredKeys: [] },
  )
  .map(({ earliest, extra, agencyEarliest, agencyExtra, slotMinutes }) => ({
    ...(earliest === undefined ? {} : { earliestDays: earliest, latestDays: Math.min(366, earliest + (extra ?? 7)) }),
    ...(agencyEarliest === undefined
      ? {}
      : { agencyEarliestDays: agencyEarliest, agencyLatestDays: Math.min(366, agencyEarliest + (agencyExtra ?? 5)) }),
    ...(slotMinutes === undefined ? {} : { slotMinutes }),
  }));

/** The timing fields shared by nextCallWindow, planFollowUp and checkMessage's context, around one interview. */
function timingFields(interviewMs: number) {
  return fc.record(
    {
      timeZone,
      now: fc.oneof(
        fc.integer({ min: -3 * DAY_MS, max: 60 * DAY_MS }).map((offset) => new Date(Math.min(LAST_INSTANT_MS, interviewMs + offset))),
        fc
          .integer({ min: -3 * DAY_MS, max: 60 * DAY_MS })
          .map((offset) => new Date(Math.min(LAST_INSTANT_MS, interviewMs + offset)).toISOString()),
        instant,
      ),
      via: fc.constantFrom('employer' as const, 'agency' as const),
      workingHours,
      workDays,
      region,
      holidays: holidaysNear(interviewMs),
      instruction: instructionNear(interviewMs),
      previousCalls: previousCallsNear(interviewMs),
      policy,
    },
    { requiredKeys: [] },
  );
}

/** When the interview was, as the contract takes it, with its instant for building the rest around it. */
const interview = instantMs.chain((ms) =>
  fc.constantFrom('date', 'instant-string', 'date-only').map((form) => ({
    ms,
    value: form === 'date' ? new Date(ms) : form === 'date-only' ? new Date(ms).toISOString().slice(0, 10) : new Date(ms).toISOString(),
  })),
);

// A previous call cannot be dated after the moment an input is judged at (`now`, or a check's
// `plannedAt`); without `now` that moment is the clock, which is safely after 2025.
const BEFORE_THE_CLOCK = new Date(Date.UTC(2025, 0, 1));

/** `input` with only the previous calls at least a second before every one of `moments` (undefined ones ignored). */
function withCallsBefore<T extends { previousCalls?: readonly { at: Date | string }[] }>(input: T, moments: readonly unknown[]): T {
  if (input.previousCalls === undefined) return input;
  const limits = moments.filter((moment) => moment !== undefined).map(instantMsOfInput);
  // Seconds are compared, as instantMsOfInput keeps them; a second's margin covers the fractions.
  const previousCalls = input.previousCalls.filter((call) => limits.every((limit) => instantMsOfInput(call.at) + 1000 <= limit));
  return { ...input, previousCalls };
}

/** Any valid input of nextCallWindow. */
export const callWindowInput: fc.Arbitrary<CallWindowInput> = interview.chain(({ ms, value }) =>
  timingFields(ms).map((fields) => withCallsBefore({ interviewAt: value, ...fields }, [fields.now ?? BEFORE_THE_CLOCK])),
);

// ---------------------------------------------------------------------------
// People's text
// ---------------------------------------------------------------------------

const REAL_FACTS = [
  'Ana Silva',
  "Seán O'Connor",
  'María José García',
  'Nguyễn Văn An',
  '李伟',
  'محمد الأحمد',
  'יעל כהן',
  'Zoë Müller-Schmidt',
  'Dr. Ahmed Khan',
  'Data Analyst',
  'Site Reliability Engineer (SRE)',
  'Head of Finance, EMEA',
  'Müller & Söhne GmbH',
  "St. Mary's Hospital",
  'the new onboarding programme',
  '+44 20 7946 0000',
  '(555) 010-0199',
  'ana.silva@example.com',
];

/** True for text a fact field accepts: 1-200 code units, not blank, no controls, well-formed. */
export function isFactText(text: string): boolean {
  // eslint-disable-next-line no-control-regex -- the control characters are what this looks for
  return text.trim().length > 0 && text.length <= 200 && !/[\u0000-\u001f\u007f-\u009f]/.test(text) && text.isWellFormed();
}

/** A name, a role, a company or a topic: real ones, odd but valid ones, and random text that passes. */
export const factText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...REAL_FACTS) },
  { weight: 2, arbitrary: fc.constantFrom(...SPECIAL_STRINGS.filter(isFactText)) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(200), '😀'.repeat(100), `${'word '.repeat(39)}end`) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter(isFactText) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).filter(isFactText) },
);

const channel = fc.constantFrom('phone' as const, 'voicemail' as const, 'email' as const, 'handwritten-note' as const, 'linkedin' as const);

const candidate = fc.record({ name: factText, phone: factText, email: factText }, { requiredKeys: ['name'] });
const interviewer = fc.record({ name: factText, title: factText }, { requiredKeys: [] });

const scriptFacts = {
  candidate,
  role: factText,
  company: factText,
  interviewer,
  topic: factText,
  locale: fc.constantFrom('en-US' as const, 'en-GB' as const),
  variant: fc.oneof(fc.nat(50), fc.constantFrom(Number.MAX_SAFE_INTEGER, 2 ** 32, 2 ** 31 - 1)),
};

/** Any valid input of renderScript. */
export const renderScriptInput: fc.Arbitrary<RenderScriptInput> = fc.record(
  { kind: channel, ...scriptFacts, interviewedOn: instantOrDate, via: fc.constantFrom('employer' as const, 'agency' as const), timeZone },
  { requiredKeys: ['kind', 'candidate', 'role', 'interviewedOn'] },
);

// ---------------------------------------------------------------------------
// Messages to check
// ---------------------------------------------------------------------------

const corpusTexts = readFileSync(new URL('../corpus/messages.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);
const ruleExampleTexts = rules.flatMap((rule) => [rule.examples.bad.text, rule.examples.good.text]);

/** Pieces of real follow-ups, rule examples and hostile text, glued by awkward separators. */
export const messageText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...corpusTexts, ...ruleExampleTexts) },
  {
    weight: 3,
    arbitrary: fc
      .array(
        fc.tuple(
          fc.oneof(
            fc.constantFrom(...corpusTexts, ...ruleExampleTexts, ...SPECIAL_STRINGS),
            fc.string({ unit: 'grapheme', maxLength: 20 }),
          ),
          fc.constantFrom(' ', '\n', '\r\n', '\r', '. ', '!!! ', '\u2028', '', '\t'),
        ),
        { maxLength: 6 },
      )
      .map((pieces) => pieces.map(([piece, separator]) => piece + separator).join('')),
  },
  {
    weight: 2,
    arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)), maxLength: 200 }),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...ruleExampleTexts, 'why ', 'ASAP! ', 'I ', '\u00a0'), fc.integer({ min: 1, max: 400 }))
      .map(([piece, times]) => piece.repeat(times)),
  },
);

const ruleIds = rules.map((rule) => rule.id);

/** Any valid input of checkMessage, with and without context. */
export const checkMessageInput: fc.Arbitrary<CheckMessageInput> = interview.chain(({ ms, value }) =>
  fc.record(
    {
      text: messageText,
      channel,
      context: fc
        .tuple(
          timingFields(ms),
          fc.record(
            {
              interviewAt: fc.constant(value),
              plannedAt: fc.oneof(
                fc
                  .integer({ min: -3 * DAY_MS, max: 30 * DAY_MS })
                  .map((offset) => new Date(Math.min(LAST_INSTANT_MS, ms + offset)).toISOString()),
                instant,
              ),
              recipient: fc.constantFrom('direct' as const, 'general-line' as const),
              priorPlatformContact: fc.boolean(),
              intent: fc.constantFrom('pursue' as const, 'decline' as const),
            },
            { requiredKeys: [] },
          ),
        )
        .map(([timing, facts]) => {
          // The context has plannedAt instead of now.
          const rest: Partial<typeof timing> = { ...timing };
          delete rest.now;
          return withCallsBefore({ ...rest, ...facts }, [facts.plannedAt]);
        }),
      rules: fc.dictionary(
        fc.constantFrom(...ruleIds),
        fc.constantFrom('off' as const, 'info' as const, 'warning' as const, 'error' as const),
        { maxKeys: 5 },
      ),
    },
    { requiredKeys: ['text'] },
  ),
);

// ---------------------------------------------------------------------------
// Channels and the whole plan
// ---------------------------------------------------------------------------

const contactPoint = fc.oneof(fc.boolean(), factText);

/** The contact points a candidate may have. */
export const contacts = fc.record(
  {
    directPhone: contactPoint,
    generalPhone: contactPoint,
    email: contactPoint,
    postalAddress: contactPoint,
    linkedin: fc.record({ priorWorkMessages: fc.boolean() }),
  },
  { requiredKeys: [] },
);

/** Any valid input of recommendChannel. */
export const recommendChannelInput: fc.Arbitrary<RecommendChannelInput> = fc.record(
  {
    comfortableOnPhone: fc.boolean(),
    contacts,
    via: fc.constantFrom('employer' as const, 'agency' as const),
    instruction: instructionNear(Date.UTC(2026, 2, 20)),
    previousCalls: previousCallsNear(Date.UTC(2026, 2, 20)),
  },
  { requiredKeys: [] },
);

/** Any valid input of planFollowUp. */
export const planFollowUpInput: fc.Arbitrary<PlanFollowUpInput> = interview.chain(({ ms, value }) =>
  fc
    .tuple(
      timingFields(ms),
      fc.record(scriptFacts, { requiredKeys: ['candidate', 'role'] }),
      fc.record({ comfortableOnPhone: fc.boolean(), contacts, interviewedOn: instantOrDate, plannedAt: instant }, { requiredKeys: [] }),
    )
    .map(([timing, facts, rest]) =>
      withCallsBefore({ interviewAt: value, ...timing, ...facts, ...rest }, [timing.now ?? BEFORE_THE_CLOCK, rest.plannedAt]),
    ),
);

// ---------------------------------------------------------------------------
// Calendar export and holidays
// ---------------------------------------------------------------------------

/** An instant at `ms` written in one of the accepted spellings, in the offset `offset` (minutes). */
function spelled(ms: number, offset: number, spelling: number): string {
  const local = new Date(ms + offset * 60_000).toISOString();
  const styles = ['colon', 'compact', 'zulu'] as const;
  const zone = offsetText(offset, styles[spelling % 3] ?? 'colon');
  const separator = ['T', 't', ' '][Math.floor(spelling / 3) % 3] ?? 'T';
  return `${local.slice(0, 10)}${separator}${local.slice(11, 19)}${zone}`;
}

const slot = fc
  .record({
    startMs: instantMs,
    minutes: fc.integer({ min: 1, max: 720 }),
    offset: fc.integer({ min: -720, max: 840 }),
    spelling: fc.nat(8),
    part: fc.constantFrom('start-of-day' as const, 'end-of-day' as const),
  })
  .map(({ startMs, minutes, offset, spelling, part }) => ({
    start: spelled(startMs, offset, spelling),
    end: spelled(Math.min(LAST_INSTANT_MS, startMs + minutes * 60_000), offset, spelling),
    part,
  }));

/** A window as toICalendar reads it: slots and the next slot, hand-made (a stored window from anywhere). */
export const windowSlots = fc.array(slot, { maxLength: 8 }).chain((slots) =>
  fc.record({
    slots: fc.constant(slots),
    nextSlot: slots.length === 0 ? fc.constant(null) : fc.oneof(fc.constant(null), fc.constantFrom(...slots)),
  }),
);

/** Any valid options of toICalendar. */
export const iCalendarOptions: fc.Arbitrary<ICalendarOptions> = fc.record(
  {
    summary: fc.oneof(factText, fc.constantFrom('a;b,c\\d', 'line one\nline two', 'é'.repeat(200))),
    description: fc.oneof(
      factText,
      fc.constantFrom('Call Sam;\r\nask about the timeline, and thank them.', '😀'.repeat(3000), `${'a\n'.repeat(100)}b`),
    ),
    alarmMinutesBefore: fc.oneof(fc.constantFrom(0, 1, 10_080), fc.nat(10_080)),
    slots: fc.constantFrom('next' as const, 'all' as const),
    now: instant,
  },
  { requiredKeys: [] },
);

// Windows made by nextCallWindow itself, stored and passed back as a caller would.
const realWindows = [
  nextCallWindow({ interviewAt: '2026-03-20', timeZone: 'Europe/London', now: '2026-03-23T12:00:00Z' }),
  nextCallWindow({ interviewAt: '2026-03-20', timeZone: 'Asia/Kathmandu', now: '2026-03-30T12:00:00Z', policy: { slotMinutes: 5 } }),
  nextCallWindow({ interviewAt: '0001-01-01', timeZone: 'America/St_Johns', now: '0001-01-02T00:00:00Z' }),
  nextCallWindow({ interviewAt: '9999-12-01', timeZone: 'Pacific/Kiritimati', now: '9999-12-02T00:00:00Z', workDays: [6, 7] }),
  nextCallWindow({ interviewAt: '2026-03-20', now: '2026-03-23T12:00:00Z', instruction: { type: 'no-calls' } }),
];

/** The two arguments of toICalendar: a stored window (hand-made or real) and options. */
export const iCalendarArgs = fc.tuple(fc.oneof(windowSlots, fc.constantFrom(...realWindows)), iCalendarOptions);

const holidayData = new Holidays();
const HOLIDAY_YEARS = {
  min: new Date(Date.UTC(PUBLIC_HOLIDAY_YEARS.first, 0, 1)),
  max: new Date(Date.UTC(PUBLIC_HOLIDAY_YEARS.last, 11, 31)),
};
const countries = Object.keys(holidayData.getCountries('en'));
// getStates gives undefined for a country without regions, whatever its type says; Object() makes that {}.
const regionsOf = (country: string) => Object.keys(Object(holidayData.getStates(country, 'en')) as object);

/** Any valid input of publicHolidays: a country (and region) the data knows, or one it does not, over up to a decade. */
export const publicHolidaysInput = fc
  .record({
    country: fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...countries) }, { weight: 1, arbitrary: fc.constantFrom('ZZ', 'XX', 'UK') }),
    useRegion: fc.boolean(),
    regionPick: fc.nat(),
    // Mostly the years the data covers; the rest, from anywhere in 1-9999, are mostly rejected.
    fromMs: fc.oneof(
      { weight: 6, arbitrary: fc.date({ ...HOLIDAY_YEARS, noInvalidDate: true }).map((date) => date.getTime()) },
      { weight: 1, arbitrary: instantMs },
    ),
    // Mostly short ranges: date-holidays takes tens of milliseconds per year and country.
    days: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: 60 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 3659 }) }),
  })
  .map(({ country, useRegion, regionPick, fromMs, days }) => {
    const regions = regionsOf(country);
    const toMs = Math.min(LAST_INSTANT_MS, fromMs + days * DAY_MS);
    return {
      country,
      ...(useRegion && regions.length > 0 ? { region: regions[regionPick % regions.length] } : {}),
      from: new Date(fromMs).toISOString().slice(0, 10),
      to: new Date(toMs).toISOString().slice(0, 10),
    };
  });
