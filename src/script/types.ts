import type { Channel, Locale } from '../schemas/types.js';

/** One part of a script, in speaking or reading order. */
export interface ScriptSection {
  /** A stable id such as `greeting`, `introduction`, `thanks`, `close`. */
  readonly id: string;
  readonly text: string;
}

/** What to say when a call goes another way. */
export interface ScriptBranch {
  /** `bad-time`, `role-filled` or `no-answer`. */
  readonly id: string;
  /** When this branch applies, in plain words. */
  readonly when: string;
  readonly text: string;
}

/** The result of {@link renderScript}. Plain JSON data. */
export interface Script {
  readonly kind: Channel;
  readonly locale: Locale;
  /** The email subject line (email only). */
  readonly subject?: string;
  readonly sections: readonly ScriptSection[];
  /** The whole main path, sections joined. */
  readonly text: string;
  /** Phone scripts only: what to say when it is a bad time, the role is filled, or nobody answers. */
  readonly branches?: readonly ScriptBranch[];
  /** Words in `text`, counted as {@link checkMessage} counts them. */
  readonly wordCount: number;
  /** Seconds to say `text` at 150 words a minute. */
  readonly estimatedSeconds: number;
  /** Each missing fact that `text` shows as a bracketed gap, e.g. `[your phone number]`. */
  readonly placeholders: readonly string[];
}
