import * as z from 'zod/mini';
import { channelSchema, instantOrDateSchema, instantSchema } from './common.js';

// What has passed between the candidate and the employer: the employer's instruction about
// contact, and the follow-up calls already made.

/**
 * What the employer said about contact. `call-on` means exactly that date; `not-before` moves
 * the window's opening; `no-calls` means no call at all; `use-channel` names the channel they asked for.
 *
 * @example
 * ```ts
 * instructionSchema.safeParse({ type: 'call-on', date: '2026-03-30' }).success;
 * //=> true
 * ```
 */
export const instructionSchema = z.discriminatedUnion('type', [
  // One-value enums rather than z.literal: they accept and reject the same values, and the
  // enums elsewhere already bring zod's enum class into the bundle, while z.literal would add its own.
  z.strictObject({ type: z.enum(['call-on']), date: instantOrDateSchema }),
  z.strictObject({ type: z.enum(['not-before']), date: instantOrDateSchema }),
  z.strictObject({ type: z.enum(['no-calls']) }),
  z.strictObject({ type: z.enum(['use-channel']), channel: channelSchema }),
]);

/**
 * A follow-up call already made. `spoke` and `voicemail` count as the call; `no-answer` does not.
 *
 * @example
 * ```ts
 * previousCallSchema.safeParse({ at: '2026-03-30T09:10:00+01:00', outcome: 'no-answer' }).success;
 * //=> true
 * ```
 */
export const previousCallSchema = z.strictObject({
  at: instantSchema,
  outcome: z.enum(['spoke', 'voicemail', 'no-answer']),
});

/**
 * The list of follow-up calls already made.
 *
 * @example
 * ```ts
 * previousCallsSchema.safeParse([]).success;
 * //=> true
 * ```
 */
export const previousCallsSchema = z.array(previousCallSchema).check(z.maxLength(100, 'must list at most 100 calls'));
