import { aboutWhom, findMatches, hasMatch, isNegated, type Match } from './clause.js';
import { indexedPattern } from './lead-index.js';
import type { TextModel } from './text-model.js';

// The ways people say they still want the job: "I'm still very interested", "keen on the role",
// "excited about the opportunity", "I remain enthusiastic", "I'd love to join the team",
// "I look forward to the possibility of working with you".
const INTEREST = indexedPattern(
  /\b(?:interested|interest(?!\s+(?:of|rate))|keen(?:er)?|excited|excitement|enthusiastic|enthusiasm|eager(?:ly|ness)?|passionate|thrilled|motivated|drawn\s+to|appeals?\s+to\s+me|appealing|(?:can't|cannot)\s+wait\s+to|look(?:ing)?\s+forward\s+to\s+(?:the\s+(?:possibility|prospect|chance|opportunity)|joining|working|contributing|being\s+(?:part|a\s+part|considered|involved)|helping|the\s+next\s+(?:steps?|stage|round))|(?:love|like|want|hope|hoping|delighted|glad|happy|eager)\s+to\s+(?:join|work\s+(?:with|on|for|alongside)|be\s+(?:part|a\s+part|considered|on\s+the\s+team|involved)|contribute|bring|help\s+(?:the|your|with|build)|continue|move\s+forward|take\s+the\s+next)|(?:remain|still)\s+(?:very\s+|really\s+|extremely\s+|just\s+as\s+|as\s+)?(?:committed|hopeful|want)|very\s+much\s+(?:want|hope)|(?:welcome|relish)\s+(?:the|any|a)\s+(?:chance|opportunity)|(?:want|hope|hoping|love|like)\s+to\s+be\s+doing|(?:kind|sort)\s+of\s+(?:work|role|job|team)\s+i\s+(?:want|hope|love|enjoy)|(?:the|this)\s+(?:role|position|job|opportunity)\s+(?:really\s+|truly\s+|very\s+much\s+)?(?:appeals|excites|interests|fits))\b/g,
);

/**
 * The places where the writer says they want the job, skipping negations ("no longer
 * interested") and other people's interest ("if you're interested", "your team seemed keen").
 *
 * @example
 * ```ts
 * findInterest(buildTextModel('I am no longer keen, but still interested.')).map((match) => match.phrase);
 * //=> [ 'interested' ]
 * ```
 */
export function findInterest(model: TextModel): Match[] {
  return findMatches(model, INTEREST).filter((match) => isWritersInterest(model, match));
}

/**
 * True when the text says anywhere that the writer wants the job; stops at the first place.
 *
 * @example
 * ```ts
 * expressesInterest(buildTextModel('I remain keen on the role.'));
 * //=> true
 * ```
 */
export function expressesInterest(model: TextModel): boolean {
  return hasMatch(model, INTEREST, (match) => isWritersInterest(model, match));
}

function isWritersInterest(model: TextModel, match: Match): boolean {
  return (
    !isNegated(model, match.start) &&
    !isLessened(model, match) &&
    // A phrase such as "appeals to me" names its own subject; a bare "keen" needs a look back.
    (/\s/u.test(match.phrase) || aboutWhom(model, match.start) !== 'other')
  );
}

// "less interested", "not as keen": interest that is waning is not a statement of interest.
function isLessened(model: TextModel, match: Match): boolean {
  return /\b(?:less|longer|lost|losing)\s+$/u.test(model.lower.slice(Math.max(0, match.start - 12), match.start));
}
