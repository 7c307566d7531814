import type { Channel, Locale } from '../schemas/types.js';

/**
 * One part of a script, in speaking or reading order.
 *
 * @example
 * ```ts
 * renderScript({ kind: 'voicemail', candidate: { name: 'Ana Silva', phone: '+1 555 0100' }, role: 'Data Analyst', interviewedOn: '2026-03-20' })
 *   .sections[0];
 * //=> { id: 'introduction', text: 'Hello, my name is Ana Silva.' }
 * ```
 */
export interface ScriptSection {
  /** A stable id such as `greeting`, `introduction`, `thanks`, `close`. */
  readonly id: string;
  readonly text: string;
}

/**
 * What to say when a call goes another way.
 *
 * @example
 * ```ts
 * renderScript({ kind: 'phone', candidate: { name: 'Ana Silva', phone: '+1 555 0100' }, role: 'Data Analyst', interviewedOn: '2026-03-20' })
 *   .branches?.map((branch) => branch.id);
 * //=> [ 'bad-time', 'role-filled', 'no-answer' ]
 * ```
 */
export interface ScriptBranch {
  /** `bad-time`, `role-filled` or `no-answer`. */
  readonly id: string;
  /** When this branch applies, in plain words. */
  readonly when: string;
  readonly text: string;
}

/**
 * The result of {@link renderScript}. Plain JSON data.
 *
 * @example
 * ```ts
 * const script = renderScript({ kind: 'email', candidate: { name: 'Ana Silva', email: 'ana@example.com' }, role: 'Data Analyst', interviewedOn: '2026-03-20' });
 * [script.subject, script.wordCount <= script.wordBudget, script.placeholders];
 * //=> [ 'Thank you: Data Analyst interview on Friday, March 20', true, [] ]
 * ```
 */
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
  /**
   * The most words this kind of script aims for ({@link SCRIPT_WORD_BUDGETS}). `wordCount` stays
   * within it for facts of ordinary length; very long facts can push past it.
   */
  readonly wordBudget: number;
  /**
   * Each bracketed gap the script shows for a missing contact detail, exactly as it appears in
   * `text` or in a branch, e.g. `[your phone number]`; replace it before use. Empty when nothing is missing.
   */
  readonly placeholders: readonly string[];
}
