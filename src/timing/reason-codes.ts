/**
 * Every reason code {@link nextCallWindow} can give, with what it means. The codes are a stable
 * contract: apps branch on them or show their own words for them. docs/timing.md lists them too.
 * Frozen, so one caller cannot change it for the others.
 *
 * @example
 * ```ts
 * CALL_WINDOW_REASON_CODES['opening-moved-off-holiday'];
 * //=> 'The first day of the window was a holiday, so the window opens on the next working day.'
 * ```
 */
export const CALL_WINDOW_REASON_CODES = /* @__PURE__ */ Object.freeze({
  'window-employer': 'The window is the employer default: 7 to 14 calendar days after the interview, unless policy says otherwise.',
  'window-agency': 'The window is the agency default: 2 to 7 calendar days after the interview, unless policy says otherwise.',
  'work-week-from-region': "The work week came from the region's usual week (CLDR data in the runtime).",
  'work-week-region-unavailable': 'A region was given but the runtime has no week data, so the work week is Monday to Friday.',
  'opening-moved-off-non-working-day': 'The first day of the window was outside the work week, so the window opens on the next working day.',
  'opening-moved-off-holiday': 'The first day of the window was a holiday, so the window opens on the next working day.',
  'closing-moved-off-non-working-day': 'The last day of the window was outside the work week, so the window closes on the working day before.',
  'closing-moved-off-holiday': 'The last day of the window was a holiday, so the window closes on the working day before.',
  'holidays-skipped': 'Holidays inside the window have no slots.',
  'no-working-day-in-window': 'No working day is left in the window, so no call; status do-not-call.',
  'no-slot-in-window': 'No slot is left in the window (all started before the interview or the not-before time, or the clocks skipped the working hours), so no call; status do-not-call.',
  'working-hours-in-dst-gap': 'On some day the clocks skipped the start or end of the working day; that edge moved to the first moment after the skip.',
  'working-hours-in-dst-overlap': 'On some day the clocks went back over the start or end of the working day; its first occurrence counts.',
  'short-working-day': 'The working day is shorter than two slots, so one start-of-day slot covers all of it.',
  'slots-before-interview-removed': 'Slots that start before the interview itself were left out (only possible with earliestDays 0).',
  'slots-before-not-before-removed': "Slots that start before the employer's not-before time were left out.",
  'instruction-no-calls': 'The employer asked not to be called; status do-not-call.',
  'instruction-use-channel': 'The employer asked for a channel other than the phone; status do-not-call, follow up that way.',
  'instruction-use-phone': 'The employer asked for a phone call or a voicemail; the usual window applies.',
  'instruction-not-before': 'The employer asked not to be called before a date; the opening moved (and the closing with it, to keep the span).',
  'instruction-call-on': 'The employer asked for a call on a date; the slots are that day\'s.',
  'instruction-call-on-non-working-day': 'The requested call-back day is a holiday or outside the work week; it stands anyway.',
  'callback-after-earlier-call': 'An earlier call counted, but the employer asked for a call back, so one more call is right.',
  'callback-scheduled': 'The call-back has a slot that has not ended; status callback-scheduled.',
  'callback-day-passed': 'Every slot of the call-back day has ended (or none is left after an unanswered try); status too-late.',
  'already-called': 'A call was answered or a voicemail left, which counts as the call; status already-called.',
  'no-answer-try-later-day': 'An unanswered call without a message does not count; the next try is on a later working day.',
  'no-answer-try-later-slot': 'An unanswered try on the call-back day; the next try is a later slot of that same day.',
  'now-before-window': 'Now is before the first slot; status too-early.',
  'now-in-slot': 'Now is inside a slot; status open.',
  'now-in-window': 'The window is open and the next slot is still to come; status open.',
  'now-after-window': 'Every slot has ended; status too-late.',
  'no-slot-left': 'The window has not ended but no slot is left on a later working day than the unanswered call; status too-late.',
} as const);

/**
 * A reason code of {@link nextCallWindow}.
 *
 * @example
 * ```ts
 * const code: CallWindowReasonCode = 'closing-moved-off-holiday';
 * code in CALL_WINDOW_REASON_CODES;
 * //=> true
 * ```
 */
export type CallWindowReasonCode = keyof typeof CALL_WINDOW_REASON_CODES;
