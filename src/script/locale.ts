import type { Via } from '../schemas/types.js';

/**
 * The facts a template may use, already validated and trimmed. A template is a plain function of
 * these facts: user text is only ever inserted as a value, never read as template syntax.
 *
 * @example
 * ```ts
 * const facts: ScriptFacts = {
 *   candidateName: 'Ana Silva',
 *   role: 'Data Analyst',
 *   company: 'Acme',
 *   interviewerName: 'Jordan Lee',
 *   interviewerTitle: undefined,
 *   topic: undefined,
 *   interviewDate: 'Friday, March 20',
 *   via: 'employer',
 * };
 * facts.role;
 * //=> 'Data Analyst'
 * ```
 */
export interface ScriptFacts {
  readonly candidateName: string;
  readonly role: string;
  /** The employer; through an agency, the agency's client. */
  readonly company: string | undefined;
  /** The interviewer; through an agency, the recruiter. */
  readonly interviewerName: string | undefined;
  readonly interviewerTitle: string | undefined;
  readonly topic: string | undefined;
  /** The interview's calendar date, already written the locale's way. */
  readonly interviewDate: string;
  readonly via: Via;
}

/**
 * How the reader can reach the candidate: a phone number or an email address (or the bracketed
 * gap that stands in for a missing number).
 *
 * @example
 * ```ts
 * const reach: Reach = { by: 'phone', value: '+1 555 0100' };
 * reach.by;
 * //=> 'phone'
 * ```
 */
export interface Reach {
  readonly by: 'phone' | 'email';
  readonly value: string;
}

/**
 * Facts for a section that needs the topic the candidate appreciated.
 *
 * @example
 * ```ts
 * const enjoyed: Phrasing<WithTopic> = (facts) => `I enjoyed hearing about ${facts.topic}.`;
 * enjoyed({ ...facts, topic: 'the new data platform' });
 * //=> 'I enjoyed hearing about the new data platform.'
 * ```
 */
export type WithTopic = ScriptFacts & { readonly topic: string };

/**
 * Facts for a section that tells the reader how to reach the candidate.
 *
 * @example
 * ```ts
 * const reachMe: Phrasing<WithReach> = (facts) => `You can reach me at ${facts.reach.value}.`;
 * reachMe({ ...facts, reach: { by: 'phone', value: '+1 555 0100' } });
 * //=> 'You can reach me at +1 555 0100.'
 * ```
 */
export type WithReach = ScriptFacts & { readonly reach: Reach };

/**
 * Facts for a section that ends a written message: the lines under the candidate's name.
 *
 * @example
 * ```ts
 * const signOff: Phrasing<WithSignature> = (facts) => ['Best regards,', facts.candidateName, ...facts.contactLines].join('\n');
 * signOff({ ...facts, contactLines: ['ana@example.com'] });
 * //=> 'Best regards,\nAna Silva\nana@example.com'
 * ```
 */
export type WithSignature = ScriptFacts & { readonly contactLines: readonly string[] };

/**
 * One way to write a section: a function of named facts that returns the section's text.
 *
 * @example
 * ```ts
 * const thanks: Phrasing = (facts) => `Thank you for talking with me about the ${facts.role} role.`;
 * thanks(facts);
 * //=> 'Thank you for talking with me about the Data Analyst role.'
 * ```
 */
export type Phrasing<F = ScriptFacts> = (facts: F) => string;

/**
 * The ways to write one section: at least three, so `variant` has something to choose from.
 * The tuple type makes a locale with fewer phrasings a compile error.
 *
 * @example
 * ```ts
 * const close: Phrasings = [() => 'Thank you.', () => 'Many thanks.', () => 'Thanks again.'];
 * close.length;
 * //=> 3
 * ```
 */
export type Phrasings<F = ScriptFacts> = readonly [Phrasing<F>, Phrasing<F>, Phrasing<F>, ...Phrasing<F>[]];

/**
 * A reply the candidate can use when a call goes another way.
 *
 * @example
 * ```ts
 * const badTime: BranchTemplate = {
 *   when: 'They say now is a bad time.',
 *   text: [() => 'When may I call back?', () => 'What time suits you?', () => 'When is better?'],
 * };
 * badTime.text[1](facts);
 * //=> 'What time suits you?'
 * ```
 */
export interface BranchTemplate {
  /** When the branch applies, in plain words for the candidate. */
  readonly when: string;
  readonly text: Phrasings;
}

/**
 * Every sentence a locale must provide, grouped by kind of script and section. A locale file is
 * one object that `satisfies ScriptLocale`, so a missing section or phrasing does not compile.
 * The order of sections and their ids live in the renderer and are the same for every locale.
 *
 * @example
 * ```ts
 * import { enUSScriptLocale } from './locales/en-US.js';
 * enUSScriptLocale.gaps.phoneNumber;
 * //=> '[your phone number]'
 * ```
 */
export interface ScriptLocale {
  /** Writes the interview's calendar date (a `Date` at noon on that day, host time). */
  readonly formatInterviewDate: (day: Date) => string;
  /** The bracketed gaps shown where a required contact detail is missing. */
  readonly gaps: {
    readonly phoneNumber: string;
    readonly emailAddress: string;
  };
  readonly phone: {
    readonly greeting: Phrasings;
    readonly introduction: Phrasings;
    readonly interview: Phrasings;
    readonly goodTime: Phrasings;
    readonly thanks: Phrasings;
    readonly appreciation: Phrasings<WithTopic>;
    readonly status: Phrasings;
    readonly interest: Phrasings;
    readonly nextSteps: Phrasings;
    readonly contact: Phrasings<WithReach>;
    readonly close: Phrasings;
  };
  readonly phoneBranches: {
    readonly badTime: BranchTemplate;
    readonly roleFilled: BranchTemplate;
    /** The text of this branch is the voicemail script itself. */
    readonly noAnswer: { readonly when: string };
  };
  readonly voicemail: {
    readonly introduction: Phrasings;
    readonly interview: Phrasings;
    readonly reason: Phrasings;
    /** Must give the number twice. */
    readonly contact: Phrasings<WithReach>;
    readonly close: Phrasings;
  };
  readonly email: {
    readonly subject: Phrasings;
    readonly greeting: Phrasings;
    readonly thanks: Phrasings;
    readonly appreciation: Phrasings<WithTopic>;
    readonly interest: Phrasings;
    readonly nextSteps: Phrasings;
    readonly invitation: Phrasings;
    readonly signOff: Phrasings<WithSignature>;
  };
  readonly handwrittenNote: {
    readonly greeting: Phrasings;
    readonly thanks: Phrasings;
    readonly appreciation: Phrasings<WithTopic>;
    readonly interest: Phrasings;
    readonly contact: Phrasings<WithReach>;
    readonly signOff: Phrasings<WithSignature>;
  };
  readonly linkedin: {
    readonly greeting: Phrasings;
    readonly thanks: Phrasings;
    readonly interest: Phrasings;
    readonly nextSteps: Phrasings;
    readonly signOff: Phrasings<WithSignature>;
  };
}
