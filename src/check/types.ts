/** How serious a finding is. */
export type Severity = 'info' | 'warning' | 'error';

/** One finding of {@link checkMessage}. */
export interface Diagnostic {
  /** The id of the rule that found it, e.g. `asks-for-decision`. */
  readonly ruleId: string;
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

/** The result of {@link checkMessage}. Plain JSON data. */
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
