import { rule as asksAboutOtherCandidates } from '../rules/asks-about-other-candidates.js';
import { rule as asksForDecision } from '../rules/asks-for-decision.js';
import { rule as brags } from '../rules/brags.js';
import { rule as complains } from '../rules/complains.js';
import { rule as generalLine } from '../rules/general-line.js';
import { rule as interestThenDecline } from '../rules/interest-then-decline.js';
import { rule as linkedinWithoutPriorContact } from '../rules/linkedin-without-prior-contact.js';
import { rule as missingContactDetails } from '../rules/missing-contact-details.js';
import { rule as missingInterest } from '../rules/missing-interest.js';
import { rule as missingIntroduction } from '../rules/missing-introduction.js';
import { rule as missingThanks } from '../rules/missing-thanks.js';
import { rule as outsideCallHours } from '../rules/outside-call-hours.js';
import { rule as pushy } from '../rules/pushy.js';
import { rule as questionsDelay } from '../rules/questions-delay.js';
import { rule as repeatCall } from '../rules/repeat-call.js';
import { rule as tooEarly } from '../rules/too-early.js';
import { rule as tooLate } from '../rules/too-late.js';
import { rule as tooLong } from '../rules/too-long.js';
import type { Rule, RuleMeta } from './rule.js';

/**
 * Every rule, text rules first, in the order of the domain's tables. The one list of rule ids.
 *
 * @example
 * ```ts
 * RULES.length;
 * //=> 18
 * ```
 */
export const RULES = [
  asksAboutOtherCandidates,
  complains,
  asksForDecision,
  questionsDelay,
  brags,
  tooLong,
  missingIntroduction,
  missingThanks,
  missingInterest,
  missingContactDetails,
  pushy,
  tooEarly,
  tooLate,
  outsideCallHours,
  repeatCall,
  generalLine,
  linkedinWithoutPriorContact,
  interestThenDecline,
] as const;

/**
 * The id of a rule of {@link checkMessage}, such as `"asks-for-decision"`: a closed union made
 * from the rule files, so a misspelt id is a type error.
 *
 * @example
 * ```ts
 * const id: RuleId = 'pushy';
 * checkMessage({ text: 'Reply by Friday!!!', rules: { [id]: 'off' } }).diagnostics.some((d) => d.ruleId === id);
 * //=> false
 * ```
 */
export type RuleId = (typeof RULES)[number]['id'];

const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));

/**
 * The rule with id `id`, or `undefined` for an unknown id.
 *
 * @example
 * ```ts
 * ruleById('pushy')?.severity;
 * //=> 'warning'
 * ```
 */
export function ruleById(id: string): Rule | undefined {
  return RULES_BY_ID.get(id);
}

/**
 * The metadata of a rule, without its check: plain JSON data, a deep-frozen copy. The checker
 * reads the rule's own arrays (its channels decide where it runs), so a caller who changes the
 * metadata must not reach them.
 *
 * @example
 * ```ts
 * metaOf(ruleById('brags')!).channels.length;
 * //=> 5
 * Object.isFrozen(metaOf(ruleById('brags')!).examples.bad);
 * //=> true
 * ```
 */
export function metaOf(rule: Rule): RuleMeta<RuleId> {
  return frozenCopy({
    id: rule.id as RuleId,
    severity: rule.severity,
    description: rule.description,
    rationale: rule.rationale,
    channels: rule.channels,
    needs: rule.needs,
    scope: rule.scope,
    examples: rule.examples,
  });
}

/** A deep copy of plain data (objects, arrays, primitives) in which every object and array is frozen. */
function frozenCopy<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  const copy: unknown = Array.isArray(value)
    ? value.map((item: unknown) => frozenCopy(item))
    : Object.fromEntries(Object.entries(value).map(([key, item]) => [key, frozenCopy(item as unknown)]));
  return Object.freeze(copy) as T;
}
