import * as z from 'zod/mini';
import { viaSchema } from './common.js';
import { instructionSchema, previousCallsSchema } from './contact-history.js';
import { factTextSchema } from './fact-text.js';

/** A contact point: `true` when the candidate has it, or the value itself (a number, an address). */
const contactPointSchema = z.union([z.boolean(), factTextSchema], {
  error: 'must be true, false, or the contact detail as text',
});

/**
 * The ways the candidate can reach the interviewer (or, through an agency, the recruiter).
 *
 * @example
 * ```ts
 * contactsSchema.safeParse({ directPhone: '+44 20 7946 0001', email: true }).success;
 * //=> true
 * ```
 */
export const contactsSchema = z.strictObject({
  /** The interviewer's own phone line. */
  directPhone: z.optional(contactPointSchema),
  /** A general company switchboard. */
  generalPhone: z.optional(contactPointSchema),
  /** The interviewer's email address. */
  email: z.optional(contactPointSchema),
  /** A postal address for a handwritten note. */
  postalAddress: z.optional(contactPointSchema),
  /** A LinkedIn connection, and whether work messages were exchanged there before. */
  linkedin: z.optional(z.strictObject({ priorWorkMessages: z.boolean() })),
});

/**
 * The fields of {@link recommendChannelInputSchema}, shared with the plan's flat input.
 * @internal
 */
export const channelFields = {
  /** Whether the candidate is comfortable speaking to the hiring manager. Default `true`. */
  comfortableOnPhone: z.optional(z.boolean()),
  /** The contact points the candidate has. */
  contacts: z.optional(contactsSchema),
};

/**
 * The input of {@link recommendChannel}.
 *
 * @example
 * ```ts
 * recommendChannelInputSchema.safeParse({ comfortableOnPhone: false, contacts: { email: true } }).success;
 * //=> true
 * ```
 */
export const recommendChannelInputSchema = z.strictObject({
  ...channelFields,
  via: z.optional(viaSchema),
  instruction: z.optional(instructionSchema),
  previousCalls: z.optional(previousCallsSchema),
});

/**
 * What {@link recommendChannel} accepts.
 *
 * @example
 * ```ts
 * const input: RecommendChannelInput = { via: 'agency', contacts: { email: 'recruiter@example.com' } };
 * recommendChannel(input).primary;
 * //=> 'email'
 * ```
 */
export type RecommendChannelInput = z.input<typeof recommendChannelInputSchema>;
/** {@link RecommendChannelInput} after validation. */
export type ParsedRecommendChannelInput = z.output<typeof recommendChannelInputSchema>;
/**
 * The contact points the candidate has: the detail itself, or `true` when it is known to exist.
 *
 * @example
 * ```ts
 * const contacts: Contacts = { directPhone: '+44 20 7946 0001', linkedin: { priorWorkMessages: true } };
 * recommendChannel({ contacts }).ranked.find((entry) => entry.channel === 'linkedin')?.suitable;
 * //=> true
 * ```
 */
export type Contacts = z.input<typeof contactsSchema>;
