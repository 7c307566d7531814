import { indexedPattern } from '../check/lead-index.js';
import { findMatches, isAsking, isNegated } from '../check/clause.js';
import { ALL_CHANNELS, defineRule, type Finding } from '../check/rule.js';

// "Why" questions about the wait: "why is it taking so long", "why haven't I heard back", "how
// come there is no decision yet". The gap between "why" and the delay words stays inside the
// sentence and is bounded, so the pattern is linear.
const WHY_THE_WAIT = indexedPattern(
  /\b(?:why|how\s+come)\b[^.?!\n]{1,80}?(?:\b(?:so|this|that|such\s+a|too)\s+long\b|\bdelay(?:s|ed)?\b|\bhold-?ups?\b|\bheld\s+up\b|\bso\s+slow|\bslow\b|\bsilence\b|\b(?:haven't|hasn't|have\s+not|has\s+not|didn't|did\s+not|wasn't|isn't|aren't)\s+(?:i|you|anyone|anybody|they|we|the\s+team|a\s+decision|there)\b|\b(?:don't|do\s+not|can't|won't)\s+(?:you|anyone|anybody|they|the\s+team)\b|\bno\s+(?:one|body|decision|news|update|reply|response|word|answer|feedback)\b|\bnobody\b|\bstill\s+(?:waiting|no|not|nothing|undecided|pending)\b|\bnot\s+(?:yet|been)\b|\byet\s+to\b)/g,
);

const WHATS_THE_HOLDUP = indexedPattern(
  /\bwhat(?:'s|\s+is|\s+has\s+been)\s+(?:taking\s+(?:so|this|such\s+a)\s+long|taking\s+so\s+much\s+time|holding\s+(?:things|it|everything|the\s+decision|the\s+process)\s+up|the\s+(?:hold-?up|delay|wait)|causing\s+(?:the|this|such\s+a)\s+(?:delay|wait|hold-?up)|behind\s+the\s+(?:delay|wait))|\bhow\s+much\s+longer\b|\breason\s+(?:for|behind)\s+(?:the|this|such\s+a|all\s+the|all\s+this)\s+(?:delay|wait|hold-?up|silence|slowness)\b/g,
);

const TAKING_SO_LONG = indexedPattern(
  /\b(?:taking|take|taken|takes|took)\s+(?:so|this|that|such\s+a|far\s+too|way\s+too|too)\s+long\b/g,
);

/** The rule `questions-delay`. */
export const rule = defineRule({
  id: 'questions-delay',
  severity: 'error',
  description: 'Asks why no decision has been made yet or why the process is taking so long.',
  rationale:
    'Hiring takes time the candidate cannot see: other interviews, approvals, budgets. Questioning the wait sounds impatient and puts the reader on the defensive.',
  channels: ALL_CHANNELS,
  needs: 'text',
  scope: 'span',
  examples: {
    bad: { text: 'It has been two weeks. Why is it taking so long to decide?' },
    good: { text: 'Could you tell me when you expect to make a decision?' },
  },
  check({ model }) {
    const findings: Finding[] = [];
    const seen = new Set<number>();
    for (const pattern of [WHY_THE_WAIT, WHATS_THE_HOLDUP, TAKING_SO_LONG]) {
      for (const match of findMatches(model, pattern)) {
        if (seen.has(match.sentence.start)) continue;
        if (!isAsking(model, match.sentence, match.start) || isNegated(model, match.start, 10)) continue;
        seen.add(match.sentence.start);
        findings.push({
          start: match.start,
          end: match.end,
          message: 'This questions why the decision is taking so long.',
          suggestion: 'Ask when they expect to decide instead, e.g. "Is there an updated timeline for the next steps?"',
        });
      }
    }
    return findings;
  },
});
