import { parseInput } from '../internal/parse-input.js';
import { checkMessageInputSchema, type CheckMessageInput } from '../schemas/check.js';
import type { CheckResult } from './types.js';

/**
 * Lints a planned follow-up message, and the plan around it, for the mistakes candidates make.
 *
 * @throws {@link InvalidInputError} when the input does not match {@link checkMessageInputSchema}.
 * @example
 * ```ts
 * checkMessage({ text: 'Have you made a decision yet?', channel: 'email' }).ok;
 * //=> false
 * ```
 */
export function checkMessage(input: CheckMessageInput): CheckResult {
  parseInput(checkMessageInputSchema, input);
  throw new Error('checkMessage is not implemented yet');
}
