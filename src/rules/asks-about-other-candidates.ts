import { indexedPattern } from '../check/lead-index.js';
import { findMatches, firstPerSentence, isAsking, isNegated, sentenceHas, type Match } from '../check/clause.js';
import { ALL_CHANNELS, defineRule } from '../check/rule.js';

// The other people in the process, named as such: "the other candidates", "how many applicants",
// "the rest of the shortlist", "the competition", "the other interviews".
const OTHER_APPLICANTS = indexedPattern(
  /\b(?:other|remaining|rest\s+of\s+the|fellow|competing|another|shortlisted|how\s+many(?:\s+other)?|many\s+other|more)\s+(?:candidates?|applicants?|interviewees?|finalists?|contenders?|hopefuls|shortlisted\s+(?:candidates|people))\b|\brest\s+of\s+the\s+(?:shortlist|field|pool)\b|\bother\s+interviews\b|\binterview(?:s|ing|ed)?\s+(?:with\s+)?(?:other\s+people|others|the\s+others)\b|\bhow\s+many\s+(?:of\s+us|interviewees|finalists)\b|\bthe\s+competition\b|\bcandidate\s+pool\b/g,
);

// "Anyone else", "who else", "other people": only about applicants when the sentence is about
// applying, interviewing or choosing.
const SOMEONE_ELSE = indexedPattern(
  /\b(?:anyone|anybody|someone|somebody|who|many|other|how\s+many)\s+(?:else|people|others)\b/g,
);
const SELECTION_WORDS =
  /\b(?:interview(?:s|ed|ing)?|appl(?:y|ied|ying|icants?)|consider(?:ed|ing)?|shortlist(?:ed)?|running|competing|compete|offer(?:ed)?|hire[ds]?|hiring|chosen|choose|selected|in\s+the\s+(?:process|mix|frame))\b/;

// How the candidate compares: "how do I compare", "how I stack up against", "where do I rank",
// "am I your top candidate".
const HOW_I_COMPARE = indexedPattern(
  /\bhow\s+(?:do|did|does|would|will|might)\s+(?:i|my\s+(?:profile|application|experience|background|cv|resume|interview|skills))\s+(?:compare|stack\s+up|measure\s+up|rank|rate|fare|stand\s+(?:against|among|relative|compared))\b|\b(?:i|me|my\s+(?:profile|application|experience|background|cv|resume|interview|skills))\s+(?:compares?|compared|stacks?\s+up|stacked\s+up|measures?\s+up|measured\s+up|ranks?|ranked|rate[ds]?|fare[ds]?|stand|stood)\s+(?:against|to|with|among|alongside|relative|versus|vs)\b|\bwhere\s+(?:do|did|does|would)\s+i\s+(?:rank|stand|place|sit|come|fall)\s+(?:among|against|relative|compared|in\s+(?:the|your)\s+(?:ranking|shortlist|list|order|pool|field))\b|\b(?:am|was|were)\s+i\s+(?:the|your|one\s+of\s+(?:the|your)|among\s+(?:the|your))\s+(?:top|strongest|best|leading|front-?runners?|favou?rites?|preferred|first\s+choice)\b|\bcompared\s+(?:to|with)\s+(?:the\s+)?(?:other|others|rest)\b/g,
);

// "I won't ask how I compare with the other applicants": the negation governs the whole clause.
const CLAUSE_REACH = 10;

/** The rule `asks-about-other-candidates`. */
export const rule = defineRule({
  id: 'asks-about-other-candidates',
  severity: 'error',
  description: 'Asks about the other applicants, their interviews, or how the candidate compares with them.',
  rationale:
    'Other applicants are confidential, and asking how you rank invites a comparison the reader cannot share; it also makes the candidate look insecure.',
  channels: ALL_CHANNELS,
  needs: 'text',
  scope: 'span',
  examples: {
    bad: { text: 'How many other candidates are you interviewing, and how do I compare?' },
    good: { text: 'Could you tell me what the next steps in the process are?' },
  },
  check({ model }) {
    const found: Match[] = [];
    for (const pattern of [OTHER_APPLICANTS, HOW_I_COMPARE]) {
      for (const match of findMatches(model, pattern)) {
        if (isAsking(model, match.sentence, match.start) && !isNegated(model, match.start, CLAUSE_REACH)) found.push(match);
      }
    }
    for (const match of findMatches(model, SOMEONE_ELSE)) {
      if (
        isAsking(model, match.sentence, match.start) &&
        !isNegated(model, match.start, CLAUSE_REACH) &&
        sentenceHas(model, match.sentence, SELECTION_WORDS)
      ) {
        found.push(match);
      }
    }
    return firstPerSentence(found).map((match) => ({
      start: match.start,
      end: match.end,
      message: 'This asks about the other candidates or how you compare with them.',
      suggestion: 'Leave the other candidates out; ask about the next steps or the timeline instead.',
    }));
  },
});
