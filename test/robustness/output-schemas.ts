import ICAL from 'ical.js';
import * as z from 'zod/mini';
import { CALL_WINDOW_REASON_CODES, CHANNELS, rules } from '../../src/index.js';

// The OUTPUT types of the public functions as zod schemas, written here from api.md and the
// docs, independently of src/. The fuzz tests parse every result with them, so a field of the
// wrong type, an extra field, an impossible instant or a broken invariant fails the run. The
// type test beside this file checks that these schemas and the exported types agree.
// zod/mini, like src/: loading zod classic would set zod's global English locale, which changes
// the library's own error messages in the same process (see known-bugs.ts).

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})([+-])(\d{2}):(\d{2})$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** The instant an ISO 8601 string with an offset names, in milliseconds, or NaN when it names none. */
export function instantMsOf(text: string): number {
  const match = ISO_WITH_OFFSET.exec(text);
  if (!match) return Number.NaN;
  const [year, month, day, hour, minute, second, sign, offsetHours, offsetMinutes] = match
    .slice(1)
    .map((part, index) => (index === 6 ? part : Number(part))) as [number, number, number, number, number, number, string, number, number];
  if (year < 1 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59 || offsetMinutes > 59) return Number.NaN;
  const probe = new Date(0);
  probe.setUTCFullYear(year, month - 1, day);
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return Number.NaN;
  probe.setUTCHours(hour, minute, second, 0);
  const offsetMs = (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  return probe.getTime() - offsetMs;
}

/** `2026-03-27T09:00:00+00:00`: seconds always, a numeric offset always, a real instant in years 1-9999. */
export const isoInstantSchema = z
  .string()
  .check(z.refine((text) => !Number.isNaN(instantMsOf(text)), 'must be ISO 8601 with seconds and a numeric offset'));

/** `YYYY-MM-DD`, a day that exists. */
export const dateOnlySchema = z.string().check(
  z.regex(DATE_ONLY),
  z.refine((text) => !Number.isNaN(instantMsOf(`${text}T00:00:00+00:00`)), 'must be a real day'),
);

const channelSchema = z.enum(CHANNELS);
const severitySchema = z.enum(['info', 'warning', 'error']);
const RULE_IDS = rules.map((rule) => rule.id);
const ruleIdSchema = z.string().check(z.refine((id) => RULE_IDS.includes(id as (typeof RULE_IDS)[number]), 'must be a rule id'));

/** Text meant for people: not empty, no lone surrogates, no control characters but line breaks. */
const proseSchema = z.string().check(
  z.minLength(1),
  z.refine((text) => text.isWellFormed(), 'must be well-formed'),
  // eslint-disable-next-line no-control-regex -- the control characters are what this looks for
  z.refine((text) => !/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(text), 'must have no control characters'),
);
const kebabSchema = z.string().check(z.regex(KEBAB));

const reasonSchema = z.strictObject({ code: kebabSchema, message: proseSchema });

// ---------------------------------------------------------------------------
// nextCallWindow
// ---------------------------------------------------------------------------

const callSlotSchema = z
  .strictObject({ start: isoInstantSchema, end: isoInstantSchema, part: z.enum(['start-of-day', 'end-of-day']) })
  .check(z.refine((slot) => instantMsOf(slot.start) < instantMsOf(slot.end), 'a slot must end after it starts'));

const WINDOW_CODES: readonly string[] = Object.keys(CALL_WINDOW_REASON_CODES);

type Fail = (message: string) => void;

/** A superRefine check that reports each broken rule as a custom issue. */
function invariants<T>(check: (value: T, fail: Fail) => void) {
  return z.superRefine<T>((value, ctx) => {
    check(value, (message) => ctx.issues.push({ code: 'custom', message, input: value }));
  });
}

/**
 * A CallWindow, with the rules docs/timing.md states about its status, slots and next slot.
 * (That `too-early` has the first slot as `nextSlot` depends on the input; public-surface.ts checks it.)
 */
export const callWindowSchema = z
  .strictObject({
    status: z.enum(['too-early', 'open', 'too-late', 'already-called', 'callback-scheduled', 'do-not-call']),
    opensAt: z.nullable(isoInstantSchema),
    closesAt: z.nullable(isoInstantSchema),
    slots: z.array(callSlotSchema),
    nextSlot: z.nullable(callSlotSchema),
    reasons: z
      .array(reasonSchema.check(z.refine((reason) => WINDOW_CODES.includes(reason.code), 'must be a documented reason code')))
      .check(z.minLength(1)),
  })
  .check(
    invariants((window, fail) => {
      for (let i = 1; i < window.slots.length; i++) {
        const previous = window.slots[i - 1];
        const current = window.slots[i];
        if (previous && current && instantMsOf(current.start) < instantMsOf(previous.end))
          fail(`slot ${String(i)} starts before slot ${String(i - 1)} ends`);
      }
      const { nextSlot, status } = window;
      if (
        nextSlot &&
        !window.slots.some((slot) => slot.start === nextSlot.start && slot.end === nextSlot.end && slot.part === nextSlot.part)
      ) {
        fail('nextSlot must be one of the slots');
      }
      if (status === 'already-called' || status === 'do-not-call') {
        if (window.opensAt !== null || window.closesAt !== null || nextSlot !== null || window.slots.length > 0) {
          fail(`${status} must have no opensAt, closesAt, slots or nextSlot`);
        }
        return;
      }
      const first = window.slots[0];
      const last = window.slots.at(-1);
      if (!first || !last) {
        fail(`${status} must have slots`);
        return;
      }
      if (window.opensAt !== first.start) fail('opensAt must be the start of the first slot');
      if (window.closesAt !== last.end) fail('closesAt must be the end of the last slot');
      if (status === 'too-late' && nextSlot !== null) fail('too-late must have no nextSlot');
      if ((status === 'open' || status === 'callback-scheduled') && nextSlot === null) fail(`${status} must have a nextSlot`);
    }),
  );

// ---------------------------------------------------------------------------
// renderScript
// ---------------------------------------------------------------------------

const wholeNumber = (min: number) => z.int().check(z.gte(min));
const seconds = z.number().check(z.gte(0), z.refine(Number.isFinite, 'must be finite'));

/** A Script, with the documented links between kind, subject, branches, text and placeholders. */
export const scriptSchema = z
  .strictObject({
    kind: channelSchema,
    locale: z.enum(['en-US', 'en-GB']),
    subject: z.optional(proseSchema),
    sections: z.array(z.strictObject({ id: kebabSchema, text: proseSchema })).check(z.minLength(1)),
    text: proseSchema,
    branches: z.optional(z.array(z.strictObject({ id: kebabSchema, when: proseSchema, text: proseSchema }))),
    wordCount: wholeNumber(1),
    estimatedSeconds: seconds,
    wordBudget: wholeNumber(1),
    placeholders: z.array(z.string().check(z.minLength(1))),
  })
  .check(
    invariants((script, fail) => {
      if ((script.subject !== undefined) !== (script.kind === 'email')) fail('only an email has a subject');
      if ((script.branches !== undefined) !== (script.kind === 'phone')) fail('only a phone script has branches');
      for (const section of script.sections) if (!script.text.includes(section.text)) fail(`text must contain section ${section.id}`);
      const everything = [script.text, ...(script.branches ?? []).map((branch) => branch.text)].join('\n');
      for (const gap of script.placeholders) if (!everything.includes(gap)) fail(`placeholder ${gap} must appear in the text`);
    }),
  );

// ---------------------------------------------------------------------------
// checkMessage and rules
// ---------------------------------------------------------------------------

const diagnosticSchema = z
  .strictObject({
    ruleId: ruleIdSchema,
    severity: severitySchema,
    message: proseSchema,
    start: z.optional(wholeNumber(0)),
    end: z.optional(wholeNumber(0)),
    line: z.optional(wholeNumber(1)),
    column: z.optional(wholeNumber(1)),
    suggestion: z.optional(proseSchema),
  })
  .check(
    invariants((d, fail) => {
      const position = [d.start, d.end, d.line, d.column];
      if (!position.every((field) => field === undefined) && !position.every((field) => field !== undefined))
        fail('start, end, line and column come together');
      if (d.start !== undefined && d.end !== undefined && !(d.start < d.end)) fail('a span must not be empty');
    }),
  );

/** A CheckResult: `ok` follows the severities; spans come first, in text order. */
export const checkResultSchema = z
  .strictObject({
    ok: z.boolean(),
    diagnostics: z.array(diagnosticSchema),
    stats: z.strictObject({ words: wholeNumber(0), estimatedSeconds: seconds }),
  })
  .check(
    invariants((result, fail) => {
      if (result.ok !== !result.diagnostics.some((d) => d.severity === 'error'))
        fail('ok must be false exactly when a diagnostic is an error');
      const firstWhole = result.diagnostics.findIndex((d) => d.start === undefined);
      if (firstWhole >= 0 && result.diagnostics.slice(firstWhole).some((d) => d.start !== undefined))
        fail('message-level findings come last');
      for (let i = 1; i < result.diagnostics.length; i++) {
        const a = result.diagnostics[i - 1]?.start;
        const b = result.diagnostics[i]?.start;
        if (a !== undefined && b !== undefined && b < a) fail('spans must be in text order');
      }
    }),
  );

const ruleExampleSchema = z.strictObject({
  text: z.string().check(z.minLength(1)),
  channel: z.optional(channelSchema),
  context: z.optional(z.record(z.string(), z.unknown())),
});

/** The exported `rules` list: each rule's metadata, once per id. */
export const rulesSchema = z
  .array(
    z.strictObject({
      id: kebabSchema,
      severity: severitySchema,
      description: proseSchema,
      rationale: proseSchema,
      channels: z.array(channelSchema).check(z.minLength(1)),
      needs: z.enum(['text', 'context']),
      scope: z.enum(['span', 'message']),
      examples: z.strictObject({ bad: ruleExampleSchema, good: ruleExampleSchema }),
    }),
  )
  .check(z.refine((list) => new Set(list.map((rule) => rule.id)).size === list.length, 'rule ids must be unique'));

// ---------------------------------------------------------------------------
// recommendChannel and planFollowUp
// ---------------------------------------------------------------------------

/** A ChannelAdvice: all five channels ranked, suitable ones first, the primary the first suitable one. */
export const channelAdviceSchema = z
  .strictObject({
    primary: z.nullable(channelSchema),
    ranked: z
      .array(z.strictObject({ channel: channelSchema, suitable: z.boolean(), reasons: z.array(reasonSchema).check(z.minLength(1)) }))
      .check(z.length(5)),
    fallback: z.nullable(channelSchema),
    reasons: z.array(reasonSchema).check(z.minLength(1)),
  })
  .check(
    invariants((advice, fail) => {
      if (new Set(advice.ranked.map((entry) => entry.channel)).size !== 5) fail('every channel is ranked once');
      const firstUnsuitable = advice.ranked.findIndex((entry) => !entry.suitable);
      if (firstUnsuitable >= 0 && advice.ranked.slice(firstUnsuitable).some((entry) => entry.suitable))
        fail('suitable channels come first');
      const best = advice.ranked[0];
      if (advice.primary !== (best?.suitable === true ? best.channel : null)) fail('primary must be the first suitable channel');
      if (advice.primary === null && advice.fallback !== null) fail('no fallback without a primary');
      if (advice.fallback !== null && advice.fallback === advice.primary) fail('the fallback differs from the primary');
    }),
  );

/** A FollowUpPlan: its parts, and the scripts that match the channel advice. */
export const followUpPlanSchema = z
  .strictObject({
    window: callWindowSchema,
    channel: channelAdviceSchema,
    script: z.nullable(scriptSchema),
    fallbackScript: z.nullable(scriptSchema),
    check: z.nullable(checkResultSchema),
    fallbackCheck: z.nullable(checkResultSchema),
    plannedAt: isoInstantSchema,
  })
  .check(
    invariants((plan, fail) => {
      if ((plan.script?.kind ?? null) !== plan.channel.primary) fail('the script is for the primary channel');
      if ((plan.fallbackScript?.kind ?? null) !== plan.channel.fallback) fail('the fallback script is for the fallback channel');
      if ((plan.check === null) !== (plan.script === null)) fail('a check exactly when there is a script');
      if ((plan.fallbackCheck === null) !== (plan.fallbackScript === null))
        fail('a fallback check exactly when there is a fallback script');
    }),
  );

// ---------------------------------------------------------------------------
// publicHolidays, toICalendar, jsonSchemas
// ---------------------------------------------------------------------------

/** publicHolidays: sorted, distinct, real days. */
export const holidayListSchema = z
  .array(dateOnlySchema)
  .check(z.refine((days) => days.every((day, index) => index === 0 || (days[index - 1] ?? '') < day), 'days must be sorted and distinct'));

const octets = new TextEncoder();

/** An ical.js time in ms. (ICAL.Time#toJSDate goes through Date.UTC, which reads years 0-99 as 1900-1999.) */
function msOfIcalTime(time: ICAL.Time): number {
  const date = new Date(0);
  date.setUTCFullYear(time.year, time.month - 1, time.day);
  date.setUTCHours(time.hour, time.minute, time.second, 0);
  return date.getTime();
}

/** The VEVENTs of an iCalendar text, read by ical.js (an independent parser): start and end in ms, UTC. */
export function eventsOf(ics: string): { startMs: number; endMs: number; alarms: number }[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((event) => {
    const start = event.getFirstPropertyValue('dtstart');
    const end = event.getFirstPropertyValue('dtend');
    if (!(start instanceof ICAL.Time) || !(end instanceof ICAL.Time)) throw new Error('an event without DTSTART or DTEND');
    if (start.zone.tzid !== 'UTC' || end.zone.tzid !== 'UTC') throw new Error('DTSTART and DTEND must be UTC');
    return { startMs: msOfIcalTime(start), endMs: msOfIcalTime(end), alarms: event.getAllSubcomponents('valarm').length };
  });
}

/** toICalendar: `null`, or an RFC 5545 text that folds at 75 octets, ends lines in CRLF and parses. */
export const iCalendarSchema = z.nullable(z.string()).check(
  invariants<string | null>((ics, fail) => {
    if (ics === null) return;
    if (!ics.endsWith('\r\n')) fail('must end with CRLF');
    const lines = ics.slice(0, -2).split('\r\n');
    if (lines[0] !== 'BEGIN:VCALENDAR' || lines.at(-1) !== 'END:VCALENDAR') fail('must be one VCALENDAR');
    for (const line of lines) {
      if (/[\r\n]/.test(line)) fail('a bare CR or LF inside a line');
      if (octets.encode(line).length > 75) fail(`a line of more than 75 octets: ${line.slice(0, 30)}`);
    }
    if (!ics.isWellFormed()) fail('must be well-formed text');
    try {
      for (const event of eventsOf(ics)) {
        if (!(event.endMs > event.startMs)) fail('DTEND must be later than DTSTART (RFC 5545 3.8.2.2)');
        if (event.alarms !== 1) fail('each event has one reminder');
      }
    } catch (error) {
      fail(`ical.js cannot read it: ${error instanceof Error ? error.message : String(error)}`);
    }
  }),
);

const inputJsonSchema = z.looseObject({
  $schema: z.literal('https://json-schema.org/draft/2020-12/schema'),
  type: z.literal('object'),
  title: z.string(),
});

/** jsonSchemas: five draft 2020-12 schemas, plain JSON data. */
export const jsonSchemasSchema = z.strictObject({
  callWindowInput: inputJsonSchema,
  renderScriptInput: inputJsonSchema,
  checkMessageInput: inputJsonSchema,
  recommendChannelInput: inputJsonSchema,
  planFollowUpInput: inputJsonSchema,
});
