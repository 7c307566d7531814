import type { CheckMessageInput, ParsedCheckMessageInput } from '../schemas/check.js';
import type { Channel } from '../schemas/types.js';
import type { CallWindow } from '../timing/types.js';
import type { Severity } from './types.js';
import type { TextModel } from './text-model.js';

/** The parsed facts around a message, as the context rules see them. */
export type ParsedCheckContext = NonNullable<ParsedCheckMessageInput['context']>;

/** What a rule looks at: the shared text model, the channel and the context facts, if any. */
export interface RuleSubject {
  readonly model: TextModel;
  readonly channel: Channel;
  readonly context: ParsedCheckContext | undefined;
  /** The call window at the planned time, worked out once and shared by the timing rules. */
  readonly callWindow: () => CallWindow | undefined;
}

/** One thing a rule found. Rules that judge the whole message leave out `start` and `end`. */
export interface Finding {
  readonly start?: number;
  readonly end?: number;
  readonly message: string;
  readonly suggestion: string;
}

/**
 * A bad or a good example of a rule, for its documentation and its tests.
 *
 * @example
 * ```ts
 * const example: RuleExample | undefined = rules.find((rule) => rule.id === 'general-line')?.examples.bad;
 * example?.context;
 * //=> { recipient: 'general-line' }
 * ```
 */
export interface RuleExample {
  readonly text: string;
  /** Default `"email"`. */
  readonly channel?: Channel;
  /** The facts a context rule needs, as {@link checkMessage} accepts them. */
  readonly context?: NonNullable<CheckMessageInput['context']>;
}

/**
 * A rule's metadata: what the exported `rules` list holds and what docs/rules.md is generated
 * from. Plain JSON data.
 *
 * @example
 * ```ts
 * const meta: RuleMeta | undefined = rules.find((rule) => rule.id === 'too-long');
 * [meta?.severity, meta?.needs, meta?.scope];
 * //=> [ 'warning', 'text', 'message' ]
 * ```
 */
export interface RuleMeta<Id extends string = string> {
  /** The stable id, e.g. `asks-for-decision`. */
  readonly id: Id;
  /** The severity used unless the caller's `rules` setting says otherwise. */
  readonly severity: Severity;
  /** One line: what the rule reports. */
  readonly description: string;
  /** Why it matters to the reader of the follow-up. */
  readonly rationale: string;
  /** The channels it applies to. */
  readonly channels: readonly Channel[];
  /** `"text"` rules read only the message; `"context"` rules need facts and are skipped without them. */
  readonly needs: 'text' | 'context';
  /** `"span"` rules point at words; `"message"` rules judge the whole message. */
  readonly scope: 'span' | 'message';
  readonly examples: { readonly bad: RuleExample; readonly good: RuleExample };
}

/** A rule: its metadata and a pure function from the subject to findings. */
export interface Rule<Id extends string = string> extends RuleMeta<Id> {
  check(subject: RuleSubject): readonly Finding[];
}

/**
 * Every channel, for rules that apply to all of them.
 *
 * @example
 * ```ts
 * ALL_CHANNELS.length;
 * //=> 5
 * ```
 */
export const ALL_CHANNELS: readonly Channel[] = ['phone', 'voicemail', 'email', 'handwritten-note', 'linkedin'];

/**
 * Declares a rule; the identity function that keeps the id as a literal type.
 *
 * @example
 * ```ts
 * defineRule({ ...ruleById('pushy')!, id: 'shouting' }).id;
 * //=> 'shouting'
 * ```
 */
export function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}
