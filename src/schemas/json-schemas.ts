import { INPUT_JSON_SCHEMA_TEXT } from './input-json-schemas.generated.js';

/**
 * A JSON Schema (draft 2020-12) document: plain JSON data.
 *
 * @example
 * ```ts
 * const schema: JsonSchema = jsonSchemas.checkMessageInput;
 * schema.$schema;
 * //=> 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema of each public function's input, by input name.
 *
 * @example
 * ```ts
 * const schemas: InputJsonSchemas = jsonSchemas;
 * Object.keys(schemas);
 * //=> [ 'callWindowInput', 'renderScriptInput', 'checkMessageInput', 'recommendChannelInput', 'planFollowUpInput' ]
 * ```
 */
export interface InputJsonSchemas {
  /** What {@link nextCallWindow} accepts. */
  readonly callWindowInput: JsonSchema;
  /** What {@link renderScript} accepts. */
  readonly renderScriptInput: JsonSchema;
  /** What {@link checkMessage} accepts. */
  readonly checkMessageInput: JsonSchema;
  /** What {@link recommendChannel} accepts. */
  readonly recommendChannelInput: JsonSchema;
  /** What {@link planFollowUp} accepts. */
  readonly planFollowUpInput: JsonSchema;
}

/**
 * The JSON Schema (draft 2020-12) of every public input, for OpenAPI 3.1 documents, LLM tool
 * definitions and validators in other languages. Generated ahead of time with `z.toJSONSchema`
 * from the same zod schemas the functions validate with (`npm run schemas:json`; a test fails
 * when the stored copy is stale), so the generator is not in your bundle. Each read builds a
 * fresh copy, so a caller may change that copy freely. The object holding them is frozen.
 *
 * Where the JSON Schema differs from the zod schema (zod is the judge; every input the zod
 * schema accepts as JSON data is accepted by the JSON Schema):
 * - Instants are the ISO 8601 strings only: a `Date` object cannot be written in JSON, so the
 *   `Date` branch of each instant is left out.
 * - `2025-02-29` matches the date pattern although that day does not exist (leap years are
 *   checked by zod only); other impossible days such as `2026-02-30` are rejected.
 * - A time zone is any 1-64 character string; only zod asks the runtime whether it exists.
 * - `workingHours.end` after `start`, `latestDays` at or after `earliestDays` in `policy`, and
 *   no previous call after `now` (or after `plannedAt`) compare two fields and are checked by
 *   zod only.
 * - Free text (names, roles) must have a non-space character and no control characters in both,
 *   but a broken surrogate pair is caught by zod only.
 * - Lengths (of names, roles and the message text) count code points in JSON Schema and UTF-16
 *   code units in zod, so text full of emoji may pass the JSON Schema and fail zod.
 * - zod leaves a `__proto__` key out of `rules` without looking at its value, as a guard
 *   against prototype pollution; the JSON Schema checks that key's value like any other.
 * - Contact points in `contacts` (`true`, `false` or the detail as text) follow the same text rules.
 *
 * @example
 * ```ts
 * jsonSchemas.callWindowInput.required;
 * //=> ['interviewAt']
 * jsonSchemas.recommendChannelInput.additionalProperties;
 * //=> false
 * ```
 */
export const jsonSchemas: InputJsonSchemas = /* @__PURE__ */ Object.freeze({
  get callWindowInput() {
    return JSON.parse(INPUT_JSON_SCHEMA_TEXT.callWindowInput) as JsonSchema;
  },
  get renderScriptInput() {
    return JSON.parse(INPUT_JSON_SCHEMA_TEXT.renderScriptInput) as JsonSchema;
  },
  get checkMessageInput() {
    return JSON.parse(INPUT_JSON_SCHEMA_TEXT.checkMessageInput) as JsonSchema;
  },
  get recommendChannelInput() {
    return JSON.parse(INPUT_JSON_SCHEMA_TEXT.recommendChannelInput) as JsonSchema;
  },
  get planFollowUpInput() {
    return JSON.parse(INPUT_JSON_SCHEMA_TEXT.planFollowUpInput) as JsonSchema;
  },
});
