import { parseInput } from '../internal/parse-input.js';
import { recommendChannelInputSchema, type RecommendChannelInput } from '../schemas/channel.js';
import type { ChannelAdvice } from './types.js';

/**
 * Ranks the five follow-up channels for the candidate's situation and picks the best one and a fallback.
 *
 * @throws {@link InvalidInputError} when the input does not match {@link recommendChannelInputSchema}.
 * @example
 * ```ts
 * recommendChannel({ contacts: { directPhone: true } }).primary;
 * //=> 'phone'
 * ```
 */
export function recommendChannel(input: RecommendChannelInput): ChannelAdvice {
  parseInput(recommendChannelInputSchema, input);
  throw new Error('recommendChannel is not implemented yet');
}
