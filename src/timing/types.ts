/**
 * Where the window stands at `now`.
 *
 * @example
 * ```ts
 * const status: CallWindowStatus = nextCallWindow({ interviewAt: '2026-03-20', now: '2026-03-30T09:30:00Z' }).status;
 * status;
 * //=> 'open'
 * ```
 */
export type CallWindowStatus =
  | 'too-early'
  | 'open'
  | 'too-late'
  | 'already-called'
  | 'callback-scheduled'
  | 'do-not-call';

/**
 * A stable code and a plain sentence explaining one step of a result.
 *
 * @example
 * ```ts
 * const [first]: readonly Reason[] = nextCallWindow({ interviewAt: '2026-03-20', via: 'agency', now: '2026-03-20T18:00:00Z' }).reasons;
 * first?.code;
 * //=> 'window-agency'
 * ```
 */
export interface Reason {
  /** A stable, kebab-case code to branch on or translate. */
  readonly code: string;
  /** The same in plain English, for people. */
  readonly message: string;
}

/**
 * One good time to call: the first or the last part of a working day.
 *
 * @example
 * ```ts
 * const slot: CallSlot | null = nextCallWindow({ interviewAt: '2026-03-20', timeZone: 'Asia/Tokyo', now: '2026-03-27T03:00:00Z' }).nextSlot;
 * slot;
 * //=> { start: '2026-03-27T16:00:00+09:00', end: '2026-03-27T17:00:00+09:00', part: 'end-of-day' }
 * ```
 */
export interface CallSlot {
  /** ISO 8601 with the interviewer's offset at that instant, e.g. `2026-03-27T09:00:00+00:00`. */
  readonly start: string;
  /** ISO 8601 with the interviewer's offset at that instant. */
  readonly end: string;
  /** Which edge of the working day the slot is. */
  readonly part: 'start-of-day' | 'end-of-day';
}

/**
 * The result of {@link nextCallWindow}. Plain JSON data.
 *
 * @example
 * ```ts
 * const window: CallWindow = nextCallWindow({ interviewAt: '2026-03-20', instruction: { type: 'no-calls' } });
 * [window.status, window.opensAt, window.slots.length];
 * //=> [ 'do-not-call', null, 0 ]
 * JSON.parse(JSON.stringify(window));
 * //=> window
 * ```
 */
export interface CallWindow {
  readonly status: CallWindowStatus;
  /** When calling may start, or `null` when no call should be made. */
  readonly opensAt: string | null;
  /** When calling should have happened by, or `null` when no call should be made. */
  readonly closesAt: string | null;
  /** Every slot of the window, sorted. */
  readonly slots: readonly CallSlot[];
  /** The first slot that has not ended at `now`, or `null`. */
  readonly nextSlot: CallSlot | null;
  /** Why the window is what it is, step by step. */
  readonly reasons: readonly Reason[];
}
