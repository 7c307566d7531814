import { indexedPattern } from '../check/lead-index.js';
import { hasMatch, isNegated } from '../check/clause.js';
import { ALL_CHANNELS, defineRule } from '../check/rule.js';

// "Thank you", "thanks", "many thanks", "grateful", "I appreciated", "much appreciated",
// "cheers", "it was kind of you". A conditional "I'd appreciate an update" asks; it does not thank.
const THANKS = indexedPattern(
  /\b(?:thank(?:s|ing|ful)?|thx|grateful|gratitude|appreciated|appreciative|appreciation|cheers|(?:i|we|really|truly|greatly|sincerely|genuinely|so|very\s+much|do|always)\s+appreciate|appreciate\s+(?:you|your|the|it|all|being|having|hearing|learning|meeting)|kind\s+of\s+you|obliged)\b/g,
);
const CONDITIONAL_ASK = /\b(?:would|'d|could|will)\s+(?:really\s+|greatly\s+|so\s+)?$/u;
const CAUSAL_THANKS = /^thanks\s+to\s+(?!you\b|everyone\b|all\b)/u;

/** The rule `missing-thanks`. */
export const rule = defineRule({
  id: 'missing-thanks',
  severity: 'warning',
  description: 'Never thanks the reader.',
  rationale:
    'Thanks for the interview, and on a call for taking the call, is what makes a follow-up courteous rather than a chase for news.',
  channels: ALL_CHANNELS,
  needs: 'text',
  scope: 'message',
  examples: {
    bad: { text: 'Hi Jordan, I am still interested in the Data Analyst role and wanted to check in. Ana Silva' },
    good: { text: 'Hi Jordan, thank you again for the interview. I am still interested in the Data Analyst role. Ana Silva' },
  },
  check({ model }) {
    const thanked = hasMatch(
      model,
      THANKS,
      (match) =>
        !isNegated(model, match.start) &&
        !CONDITIONAL_ASK.test(model.lower.slice(Math.max(0, match.start - 16), match.start)) &&
        !CAUSAL_THANKS.test(model.lower.slice(match.start, match.start + 24)),
    );
    if (thanked) return [];
    return [
      {
        message: 'The message never thanks the reader.',
        suggestion: 'Thank them for the interview (and, on a call, for taking the call), e.g. "Thank you again for meeting me."',
      },
    ];
  },
});
