import type { RuleId } from './registry.js';

export type { RuleId } from './registry.js';
export type { RuleExample, RuleMeta } from './rule.js';

/**
 * How serious a finding is. `"error"` makes {@link CheckResult.ok} false; `"info"` is for hints a
 * caller opts into through the `rules` option.
 *
 * @example
 * ```ts
 * const severity: Severity = 'warning';
 * ```
 */
export type Severity = 'info' | 'warning' | 'error';

/**
 * One finding of {@link checkMessage}: which rule, how serious, what is wrong, what to do instead,
 * and for a rule that points at words, where they are.
 *
 * @example
 * ```ts
 * const text = 'Hi Sam,\nDid I get the job?';
 * const [finding]: readonly Diagnostic[] = checkMessage({ text, channel: 'linkedin' }).diagnostics;
 * [finding?.ruleId, finding?.line, finding?.column, text.slice(finding?.start, finding?.end)];
 * //=> [ 'asks-for-decision', 2, 1, 'Did I get the job' ]
 * ```
 */
export interface Diagnostic {
  /** The id of the rule that found it, e.g. `asks-for-decision`. */
  readonly ruleId: RuleId;
  readonly severity: Severity;
  /** What is wrong, in plain words. */
  readonly message: string;
  /** UTF-16 offset of the first offending character (rules that point at text). */
  readonly start?: number;
  /** UTF-16 offset just past the offending text. */
  readonly end?: number;
  /** 1-based line of `start`. */
  readonly line?: number;
  /** 1-based column of `start`, in UTF-16 code units. */
  readonly column?: number;
  /** What to write or do instead. */
  readonly suggestion?: string;
}

/**
 * The result of {@link checkMessage}. Plain JSON data.
 *
 * @example
 * ```ts
 * const result: CheckResult = checkMessage({ text: 'Thank you, Ana', channel: 'phone' });
 * [result.ok, result.stats];
 * //=> [ true, { words: 3, estimatedSeconds: 2 } ]
 * ```
 */
export interface CheckResult {
  /** False when any diagnostic has severity `"error"`. */
  readonly ok: boolean;
  /** Findings in text order; message-level findings last. */
  readonly diagnostics: readonly Diagnostic[];
  readonly stats: {
    /** Words, counted by the tokenizer every rule shares. */
    readonly words: number;
    /** Seconds to say the text at 150 words a minute. */
    readonly estimatedSeconds: number;
  };
}
