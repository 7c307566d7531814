import type { Channel } from '../schemas/types.js';

/**
 * The most words each kind of script aims for, counted as `checkMessage` counts them. The
 * voicemail budget (75 words, about 30 seconds) is stricter than the checker's too-long limit
 * of 90, so a generated voicemail stays clear of it; the others equal the checker's limits.
 * Frozen: renderScript reads it on every call, so a change by one caller would reach all others.
 *
 * @example
 * ```ts
 * SCRIPT_WORD_BUDGETS.voicemail;
 * //=> 75
 * ```
 */
export const SCRIPT_WORD_BUDGETS: Readonly<Record<Channel, number>> = /* @__PURE__ */ Object.freeze({
  phone: 150,
  voicemail: 75,
  email: 250,
  'handwritten-note': 150,
  linkedin: 120,
});
