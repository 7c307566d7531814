import { parseInput } from '../internal/parse-input.js';
import { callWindowInputSchema, type CallWindowInput } from '../schemas/call-window.js';
import type { CallWindow } from './types.js';

/**
 * Works out when to make the follow-up call: the window of days, the slots at the start and end
 * of each working day in the interviewer's time zone, and where `now` stands.
 *
 * @throws {@link InvalidInputError} when the input does not match {@link callWindowInputSchema}.
 * @example
 * ```ts
 * nextCallWindow({ interviewAt: '2026-03-20', timeZone: 'Europe/London', now: '2026-03-23T12:00:00Z' }).status;
 * //=> 'too-early'
 * ```
 */
export function nextCallWindow(input: CallWindowInput): CallWindow {
  parseInput(callWindowInputSchema, input);
  throw new Error('nextCallWindow is not implemented yet');
}
