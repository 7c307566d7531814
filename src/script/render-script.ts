import { parseInput } from '../internal/parse-input.js';
import { renderScriptInputSchema, type RenderScriptInput } from '../schemas/script.js';
import type { Script } from './types.js';

/**
 * Writes a follow-up script (phone, voicemail, email, handwritten note or LinkedIn message)
 * from the candidate's facts, in US or British English.
 *
 * @throws {@link InvalidInputError} when the input does not match {@link renderScriptInputSchema}.
 * @example
 * ```ts
 * renderScript({
 *   kind: 'voicemail',
 *   candidate: { name: 'Ana Silva', phone: '+44 7700 900123' },
 *   role: 'Data Analyst',
 *   interviewedOn: '2026-03-20',
 * }).kind;
 * //=> 'voicemail'
 * ```
 */
export function renderScript(input: RenderScriptInput): Script {
  parseInput(renderScriptInputSchema, input);
  throw new Error('renderScript is not implemented yet');
}
