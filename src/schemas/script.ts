import * as z from 'zod/mini';
import { channelSchema, instantOrDateSchema, localeSchema, viaSchema } from './common.js';
import { timeZoneSchema } from './time-zone.js';
import { factTextSchema } from './fact-text.js';

/**
 * The candidate's own details as they appear in a script.
 *
 * @example
 * ```ts
 * candidateSchema.safeParse({ name: 'Ana Silva', phone: '+44 20 7946 0000' }).success;
 * //=> true
 * ```
 */
export const candidateSchema = z.strictObject({
  name: factTextSchema,
  phone: z.optional(factTextSchema),
  email: z.optional(factTextSchema),
});

/**
 * The interviewer, when known.
 *
 * @example
 * ```ts
 * interviewerSchema.safeParse({ name: 'Jordan Lee', title: 'Head of Data' }).success;
 * //=> true
 * ```
 */
export const interviewerSchema = z.strictObject({
  name: z.optional(factTextSchema),
  title: z.optional(factTextSchema),
});

/**
 * The facts of a script, shared with the plan's flat input.
 * @internal
 */
export const scriptFactFields = {
  /** The candidate's name and the contact details they want to give. */
  candidate: candidateSchema,
  /** The role interviewed for. */
  role: factTextSchema,
  /** The employer (or, through an agency, the agency's client). */
  company: z.optional(factTextSchema),
  /** The interviewer (through an agency: the recruiter). */
  interviewer: z.optional(interviewerSchema),
  /** One thing from the interview the candidate appreciated. */
  topic: z.optional(factTextSchema),
  /** `"en-US"` (default) or `"en-GB"`. */
  locale: z.optional(localeSchema),
  /** Chooses among the phrasings of each section; the same number gives the same text. */
  variant: z.optional(
    z.number().check(
      z.refine((n) => Number.isSafeInteger(n) && n >= 0, 'must be a whole number from 0 upwards'),
    ),
  ),
};

/**
 * The input of {@link renderScript}.
 *
 * @example
 * ```ts
 * renderScriptInputSchema.safeParse({
 *   kind: 'email',
 *   candidate: { name: 'Ana Silva', email: 'ana@example.com' },
 *   role: 'Data Analyst',
 *   interviewedOn: '2026-03-20',
 * }).success;
 * //=> true
 * ```
 */
export const renderScriptInputSchema = z.strictObject({
  /** Which script to write. */
  kind: channelSchema,
  ...scriptFactFields,
  /** When the interview took place; a date-only string is that day in `timeZone`. */
  interviewedOn: instantOrDateSchema,
  /** `"employer"` (default) or `"agency"`: the script then speaks to the recruiter. */
  via: z.optional(viaSchema),
  /** The time zone in which the interview date is read. Default `"UTC"`. */
  timeZone: z.optional(timeZoneSchema),
});

/**
 * What {@link renderScript} accepts.
 *
 * @example
 * ```ts
 * const input: RenderScriptInput = {
 *   kind: 'linkedin',
 *   candidate: { name: 'Ana Silva' },
 *   role: 'Data Analyst',
 *   company: 'Northwind Analytics',
 *   interviewer: { name: 'Jordan Lee' },
 *   interviewedOn: '2026-03-20',
 * };
 * renderScript(input).sections[0]?.id;
 * //=> 'greeting'
 * ```
 */
export type RenderScriptInput = z.input<typeof renderScriptInputSchema>;
/** {@link RenderScriptInput} after validation. */
export type ParsedRenderScriptInput = z.output<typeof renderScriptInputSchema>;
