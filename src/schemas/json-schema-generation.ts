import * as z from 'zod/mini';
import { callWindowInputSchema, REGION_PATTERN, regionSchema } from './call-window.js';
import { recommendChannelInputSchema } from './channel.js';
import { checkMessageInputSchema } from './check.js';
import { dateOnlySchema, instantStringSchema } from './common.js';
import { timeZoneSchema } from './time-zone.js';
import { factTextSchema, MAX_FACT_LENGTH } from './fact-text.js';
import type { InputJsonSchemas, JsonSchema } from './json-schemas.js';
import { planFollowUpInputSchema } from './plan.js';
import { policySchema } from './policy.js';
import { renderScriptInputSchema, scriptFactFields } from './script.js';
import { CLOCK_TIME_PATTERN, clockTimeSchema, isoWeekdaySchema, workDaysSchema } from './working-time.js';

// Turns the zod input schemas into the JSON Schemas that `jsonSchemas` hands out. This runs when
// the package is built, not when it is used: `npm run schemas:json` writes the result to
// input-json-schemas.generated.ts, and test/schemas/json-schemas.test.ts fails when that file is
// stale. So apps do not carry zod's JSON Schema generator in their bundles (about 6 KB gzipped).

// The zod refinements are functions, which JSON Schema cannot carry. Where a pattern or a plain
// keyword says (nearly) the same thing, it is written here, keyed by the shared schema it stands
// for. Each pattern is linear and avoids look-arounds, so RE2-based validators accept it too.
const MONTH_DAY = String.raw`(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2\d))`;
const YEAR = String.raw`(?:\d{3}[1-9]|\d{2}[1-9]\d|\d[1-9]\d{2}|[1-9]\d{3})`;
const CLOCK = String.raw`(?:[01]\d|2[0-3]):[0-5]\d`;
const DATE_ONLY_PATTERN = `^${YEAR}-${MONTH_DAY}$`;
// The instant forms src/internal/instant.ts reads: a fraction of any length, and an offset of
// hours with or without minutes (`+01:00`, `+0100`, `+01`).
const INSTANT_PATTERN = `^${YEAR}-${MONTH_DAY}[Tt ]${CLOCK}(?::[0-5]\\d(?:[.,]\\d+)?)?(?:[Zz]|[+-](?:[01]\\d|2[0-3])(?::?[0-5]\\d)?)$`;
const NO_CONTROL_CHARACTERS = String.raw`^[^\u0000-\u001F\u007F-\u009F]*$`;
const DAY_COUNT = { type: 'integer', minimum: 0, maximum: 366 };

const patches = /* @__PURE__ */ new Map<unknown, JsonSchema>([
  [
    dateOnlySchema,
    {
      type: 'string',
      pattern: DATE_ONLY_PATTERN,
      description: 'A calendar date written YYYY-MM-DD, such as "2026-03-20".',
    },
  ],
  [
    instantStringSchema,
    {
      type: 'string',
      pattern: INSTANT_PATTERN,
      description: 'An ISO 8601 date-time with Z or an offset, such as "2026-03-20T10:00:00Z".',
    },
  ],
  [
    timeZoneSchema,
    {
      type: 'string',
      minLength: 1,
      maxLength: 64,
      description: 'An IANA time zone name such as "Europe/London".',
    },
  ],
  // Refinements whose pattern the schema module exports: the JSON Schema carries the same source.
  [clockTimeSchema, { type: 'string', pattern: CLOCK_TIME_PATTERN.source }],
  [regionSchema, { type: 'string', pattern: REGION_PATTERN.source }],
  [isoWeekdaySchema, { type: 'integer', minimum: 1, maximum: 7, description: 'An ISO weekday: 1 is Monday, 7 is Sunday.' }],
  [workDaysSchema, { uniqueItems: true }],
  [
    factTextSchema,
    {
      type: 'string',
      minLength: 1,
      maxLength: MAX_FACT_LENGTH,
      allOf: [{ pattern: String.raw`\S` }, { pattern: NO_CONTROL_CHARACTERS }],
    },
  ],
  [scriptFactFields.variant, { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER }],
]);

const POLICY_PROPERTIES: JsonSchema = {
  earliestDays: DAY_COUNT,
  latestDays: DAY_COUNT,
  agencyEarliestDays: DAY_COUNT,
  agencyLatestDays: DAY_COUNT,
  slotMinutes: { type: 'integer', minimum: 5, maximum: 720 },
};

// What the generator writes for a `Date`: a marker that `withoutDates` removes again.
const DATE_MARKER = 'x-interview-followup-date';

function isRecord(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Applies the patches above to one generated node, in place. */
function patch(zodSchema: z.core.$ZodTypes, json: JsonSchema): void {
  // The instruction types are one-value enums (see contact-history.ts); JSON Schema says `const`.
  if (zodSchema._zod.def.type === 'enum' && Array.isArray(json.enum) && json.enum.length === 1) {
    json.const = json.enum[0];
    delete json.enum;
  }
  const extra = patches.get(zodSchema);
  if (extra !== undefined) Object.assign(json, structuredClone(extra));
  if (zodSchema === policySchema && isRecord(json.properties)) {
    const properties = json.properties;
    for (const [key, rule] of Object.entries(POLICY_PROPERTIES)) {
      if (isRecord(properties[key]) && isRecord(rule)) Object.assign(properties[key], structuredClone(rule));
    }
  }
}

/**
 * Drops the `Date` branch of every union, since a Date cannot travel in JSON: JSON users send
 * the ISO string forms instead. A union left with one branch becomes that branch.
 */
function withoutDates(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutDates);
  if (!isRecord(node)) return node;
  if (DATE_MARKER in node) throw new Error('A Date outside a union has no JSON form');
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'anyOf' && Array.isArray(value)) {
      const kept = value.filter((branch) => !(isRecord(branch) && DATE_MARKER in branch));
      if (kept.length === 1 && isRecord(kept[0])) Object.assign(out, withoutDates(kept[0]));
      else out.anyOf = kept.map(withoutDates);
    } else {
      out[key] = withoutDates(value);
    }
  }
  return out;
}

function toJsonSchema(schema: z.ZodMiniType, title: string, description: string): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: ({ zodSchema }) => (zodSchema._zod.def.type === 'date' ? { [DATE_MARKER]: true } : 'throw'),
    override: ({ zodSchema, jsonSchema }) => {
      patch(zodSchema, jsonSchema);
    },
  });
  const { $schema, ...rest } = withoutDates(generated) as JsonSchema;
  return { $schema, title, description, ...rest };
}

/**
 * Generates the JSON Schema of every public input from its zod schema with `z.toJSONSchema`,
 * applying the patterns above where a zod refinement has no JSON form. Used by
 * `npm run schemas:json` and by the test that keeps the generated file fresh.
 *
 * @example
 * ```ts
 * generateInputJsonSchemas().checkMessageInput.required;
 * //=> ['text']
 * ```
 */
export function generateInputJsonSchemas(): { [Name in keyof InputJsonSchemas]: JsonSchema } {
  return {
    callWindowInput: toJsonSchema(
      callWindowInputSchema,
      'CallWindowInput',
      "The input of nextCallWindow: when the interview was, the interviewer's time zone and working hours, and what the employer said.",
    ),
    renderScriptInput: toJsonSchema(
      renderScriptInputSchema,
      'RenderScriptInput',
      'The input of renderScript: the kind of script and the facts it is written from.',
    ),
    checkMessageInput: toJsonSchema(
      checkMessageInputSchema,
      'CheckMessageInput',
      'The input of checkMessage: the message, its channel, optional facts for the context rules, and rule settings.',
    ),
    recommendChannelInput: toJsonSchema(
      recommendChannelInputSchema,
      'RecommendChannelInput',
      'The input of recommendChannel: the contact details the candidate has, their comfort on the phone, and what the employer said.',
    ),
    planFollowUpInput: toJsonSchema(
      planFollowUpInputSchema,
      'PlanFollowUpInput',
      'The input of planFollowUp: the fields of nextCallWindow, the facts of renderScript and the contacts of recommendChannel in one object.',
    ),
  };
}
