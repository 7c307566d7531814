import { indexedPattern } from '../check/lead-index.js';
import { findMatches, isAsking, isNegated } from '../check/clause.js';
import { ALL_CHANNELS, defineRule, type Finding } from '../check/rule.js';

// Asking whether the candidate got the job, in the shapes people use: "did I get the job", "have
// I been successful", "am I hired", "will you offer me the role", "have you made a decision",
// "could you tell me if I was selected". Timeline questions ("when do you expect to decide?")
// have none of these shapes.
const GOT_THE_JOB = indexedPattern(
  /\b(?:did|have|has|had)\s+i\s+(?:(?:got|gotten|get|land|landed|won|win|secured?)\s+(?:(?:the|this|that|an?|your)\s+(?:job|role|position|post|offer|place|contract|vacancy)|it|through|in)|passed|pass|made\s+it|(?:make|made)\s+the\s+(?:cut|shortlist|grade)|been\s+(?:offered|selected|chosen|successful|hired|accepted|picked|shortlisted))\b|\b(?:am|was|were)\s+i\s+(?:hired|successful|selected|chosen|picked|accepted|the\s+(?:one|successful|chosen)|getting\s+(?:the|an|this|that)\s+(?:job|offer|role|position|post)|going\s+to\s+(?:get|be\s+(?:hired|offered|selected|chosen))|being\s+(?:offered|hired))\b|\bwill\s+i\s+(?:be\s+(?:hired|offered|selected|chosen|getting|receiving|joining)|get\s+(?:the|an|this|that)\s+(?:job|offer|role|position|post))\b|\bdo\s+i\s+have\s+(?:the|this|that)\s+(?:job|role|position|post)\b|\b(?:job|role|position|post|offer)\s+(?:is\s+)?mine\b/g,
);

const IF_I_GOT_IT = indexedPattern(
  /\b(?:whether|if)\s+(?:or\s+not\s+)?i(?:'ve|'d|\s+have|\s+had)?\s+(?:(?:got|gotten|get|landed|won|secured)\s+(?:(?:the|this|that|an?|your)\s+(?:job|role|position|post|offer|place|contract|vacancy)|it|through|in)|passed|made\s+it|made\s+the\s+(?:cut|shortlist|grade)|was\s+(?:successful|selected|chosen|hired|offered|accepted|picked)|been\s+(?:successful|selected|chosen|hired|offered|accepted)|will\s+(?:get|be\s+(?:offered|hired|selected|getting))|am\s+(?:getting|being\s+offered|hired|going\s+to\s+(?:get|be)))\b/g,
);

const HIRE_ME = indexedPattern(
  /\b(?:hire|hiring|employ|employing|take\s+on|taking\s+on|select|selecting|choose|choosing|pick|picking)\s+me\b|\boffer(?:ing)?\s+me\s+(?:the|this|that|a|an)\s+(?:job|role|position|post|contract|place)\b/g,
);

const DECISION_MADE = indexedPattern(
  /\b(?:have|has|did)\s+(?:you|they|the\s+(?:team|panel|company|committee|hiring\s+(?:team|manager|panel))|anyone)\s+(?:(?:made|make|reached|reach|come\s+to|taken|take)\s+(?:a|any|the|your|their)\s+(?:final\s+|hiring\s+)?(?:decision|choice|selection)|(?:decided|decide)(?:\s+(?:yet|who|whether|if|on\s+(?:a|the)\s+(?:candidate|applicant|hire|successful))|\s*[!.?])|(?:chosen|choose|selected|select|picked|pick)\s+(?:someone|somebody|anyone|a\s+candidate|the\s+(?:successful\s+)?candidate|yet|who))|\b(?:has|have)\s+(?:a|any|the)\s+(?:final\s+|hiring\s+)?decisions?\s+been\s+(?:made|reached|taken)\b|\b(?:is|was)\s+there\s+(?:a|any)\s+(?:decision|outcome|result|verdict)\b|\bwhat(?:'s|\s+is|\s+was)\s+the\s+(?:final\s+)?(?:decision|verdict)\b|\b(?:outcome|result|results|verdict|decision)\s+(?:of|on|about|regarding)\s+my\s+(?:interview|application|candidacy)\b/g,
);

// "I'm not asking whether I got the job": the negation governs the whole clause.
const CLAUSE_REACH = 10;

/** The rule `asks-for-decision`. */
export const rule = defineRule({
  id: 'asks-for-decision',
  severity: 'error',
  description: 'Asks outright whether the candidate got the job or whether a decision has been made.',
  rationale:
    'A follow-up is a reminder, not a demand for the verdict: asking outright puts the reader on the spot, and a decision the reader cannot share yet can only be answered with a no.',
  channels: ALL_CHANNELS,
  needs: 'text',
  scope: 'span',
  examples: {
    bad: { text: 'Hi Jordan, have you made a decision yet? Did I get the job?' },
    good: { text: 'Hi Jordan, could you share what the next steps and the timeline look like?' },
  },
  check({ model }) {
    const findings: Finding[] = [];
    const report = (start: number, end: number): void => {
      findings.push({
        start,
        end,
        message: 'This asks outright for the hiring decision.',
        suggestion: 'Ask about the timeline or the next steps instead, e.g. "Could you share what the next steps look like?"',
      });
    };
    for (const pattern of [GOT_THE_JOB, DECISION_MADE]) {
      for (const match of findMatches(model, pattern)) {
        if (!isNegated(model, match.start, CLAUSE_REACH)) report(match.start, match.end);
      }
    }
    for (const pattern of [IF_I_GOT_IT, HIRE_ME]) {
      for (const match of findMatches(model, pattern)) {
        // The request may frame the match itself: "I am writing to ask whether I got the role".
        if (isAsking(model, match.sentence, match.end) && !isNegated(model, match.start, CLAUSE_REACH)) {
          report(match.start, match.end);
        }
      }
    }
    return findings;
  },
});
