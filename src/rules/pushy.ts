import { indexedPattern } from '../check/lead-index.js';
import { findMatches, isHypothetical, isNegated, sentenceHas, type Match } from '../check/clause.js';
import { ALL_CHANNELS, defineRule, type Finding } from '../check/rule.js';
import { sentenceAt, wordAt, type TextModel } from '../check/text-model.js';

// Asking for an answer...
const REPLY_WORDS =
  /\b(?:reply|respond|answer|get\s+back\s+to\s+me|let\s+me\s+know|hear\s+(?:back\s+)?from\s+you|(?:a|an|your)\s+(?:reply|response|answer|decision|update|feedback)|confirm|call\s+me(?:\s+back)?|contact\s+me|decide|make\s+(?:a|the|your)\s+decision)\b/;
// ...by a deadline.
const DEADLINE = indexedPattern(
  /\b(?:by|before|no\s+later\s+than|within|until)\s+(?:(?:this|next|the\s+end\s+of|end\s+of|close\s+of|the\s+close\s+of)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|noon|midday|eod|cob|eow|the\s+end\s+of|end\s+of|close\s+of|the\s+weekend|next\s+week|\d|twenty|forty|a\s+few\s+hours|the\s+next\s+(?:\d+|few|couple|two|three)|(?:one|two|three)\s+(?:hours|days|business|working))|\b(?:immediately|right\s+away|straight\s+away|at\s+once|today|tonight|without\s+(?:further\s+)?delay|promptly|urgently|as\s+(?:soon|quickly)\s+as\s+(?:possible|you\s+can))\b/g,
);

// Urgency, demands, ultimatums and pressure, whatever the sentence asks.
const PRESSURE = indexedPattern(
  /\basap\b|\btime[-\s]sensitive\b|\b(?:this|it|my\s+(?:request|question|message|matter))\s+is\s+(?:very\s+|extremely\s+|really\s+)?urgent\b|\bi\s+(?:need|require|demand|expect|insist\s+on)\s+(?:an?|your|the)\s+(?:answer|reply|response|decision|update)\b|\bi\s+(?:need|have)\s+to\s+know\s+(?:now|today|immediately|right\s+away|straight\s+away|asap)\b|\bi\s+(?:demand|insist)\b|\b(?:you|you'll)\s+(?:must|need\s+to|have\s+to|will\s+have\s+to)\s+(?:reply|respond|answer|decide|get\s+back|let\s+me\s+know|call|make\s+a\s+decision|give\s+me)\b|\bi\s+expect\s+to\s+hear\b|\b(?:final|last)\s+(?:chance|warning|opportunity\s+to)\b|\bor\s+else\b|\b(?:don't|do\s+not)\s+keep\s+me\s+waiting\b|\b(?:can't|cannot|won't|will\s+not)\s+wait\s+(?:any\s+longer|much\s+longer|forever|for\s+ever|indefinitely)\b|\btime\s+is\s+running\s+out\b|\bthe\s+clock\s+is\s+ticking\b|\bhurry\s+up\b|\b(?:i'll|i\s+will|i'm\s+going\s+to|i\s+am\s+going\s+to|i\s+shall)\s+(?:keep\s+)?(?:call(?:ing)?|ring(?:ing)?|phon(?:e|ing)|email(?:ing)?|chas(?:e|ing)|follow(?:ing)?\s+up|check(?:ing)?\s+in|try(?:ing)?)\s+(?:you\s+)?(?:again\s+)?(?:every\s+(?:day|morning|afternoon|hour)|daily|tomorrow|each\s+day|until|till|first\s+thing)\b|\bif\s+i\s+(?:don't|do\s+not|haven't|have\s+not|can't)\s+(?:hear|get|receive)\b[^.?!\n]{1,60}?\b(?:accept|take|withdraw|assume|move\s+on|go\s+elsewhere|look\s+elsewhere|other\s+(?:offers|options|opportunities)|another\s+offer)\b|\botherwise\s+i(?:'ll|\s+will|\s+shall)\s+(?:accept|take|withdraw|assume|move\s+on|go|look|consider|pursue)\b|\b(?:prompt|immediate|urgent|swift|speedy)\s+(?:reply|response|answer|decision|feedback|attention)\b/g,
);
const THANKS_FOR = /\bthank(?:s|\s+you)\b|\bappreciated\b/;

// Shouting: three or more exclamation marks, or several words in capitals.
const EXCLAMATIONS = /!{3,}/g;
const CAPITALS_RUN = /\b\p{Lu}{2,}(?:[^\S\n]+(?:\p{Lu}+|I'M|I'LL))+\b/gu;
const COMMON_WORDS = new Set([
  'i', 'a', 'an', 'the', 'and', 'or', 'to', 'of', 'in', 'on', 'for', 'me', 'you', 'your', 'my', 'is', 'are', 'am', 'was',
  'be', 'it', 'this', 'that', 'not', 'no', 'now', 'please', 'need', 'want', 'call', 'back', 'reply', 'respond', 'answer',
  'today', 'urgent', 'must', 'still', 'waiting', 'wait', 'why', 'have', 'has', 'what', 'when', 'job', 'decision', 'hear',
  'let', 'know', 'get', 'immediately', 'asap', 'very', 'really', 'all', 'do', "don't", 'will', 'can', 'at', 'with', 'from',
  'i\'m', 'i\'ll', 'just', 'would', 'should', 'again', 'soon',
]);
const SHOUTED_WORDS = /\b(?:PLEASE|NOW|URGENT|URGENTLY|IMMEDIATELY|TODAY|MUST|NEED)\b/g;

function shouting(model: TextModel): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  // indexOf finds out faster than the pattern that most messages have no "!!!" at all.
  if (model.text.includes('!!!')) {
    EXCLAMATIONS.lastIndex = 0;
    for (let hit = EXCLAMATIONS.exec(model.text); hit !== null; hit = EXCLAMATIONS.exec(model.text)) {
      spans.push({ start: hit.index, end: hit.index + hit[0].length });
    }
  }
  if (!/\p{Lu}{2}/u.test(model.text)) return spans;
  CAPITALS_RUN.lastIndex = 0;
  for (let hit = CAPITALS_RUN.exec(model.text); hit !== null; hit = CAPITALS_RUN.exec(model.text)) {
    const words = hit[0].toLowerCase().split(/\s+/u);
    if (words.length >= 3 && words.some((word) => COMMON_WORDS.has(word))) {
      spans.push({ start: hit.index, end: hit.index + hit[0].length });
    }
  }
  SHOUTED_WORDS.lastIndex = 0;
  for (let hit = SHOUTED_WORDS.exec(model.text); hit !== null; hit = SHOUTED_WORDS.exec(model.text)) {
    spans.push({ start: hit.index, end: hit.index + hit[0].length });
  }
  return spans;
}

const CALM_DOWN = 'Drop the deadline and the pressure; say you would be glad to hear about the next steps when they have news.';
const SPEAK_SOFTLY = 'Write in sentence case, with one exclamation mark at most.';

function isWavedAway(model: TextModel, match: Match): boolean {
  return isNegated(model, match.start) || isHypothetical(model, match.start);
}

/** The rule `pushy`. */
export const rule = defineRule({
  id: 'pushy',
  severity: 'warning',
  description: 'Demands a reply by a deadline, stresses urgency, pressures or shouts.',
  rationale:
    'The reader owes the candidate no answer by any date; deadlines, urgency, ultimatums and capitals read as pressure and make a no easier to give.',
  channels: ALL_CHANNELS,
  needs: 'text',
  scope: 'span',
  examples: {
    bad: { text: 'Please reply by Friday. I need an answer ASAP!!!' },
    good: { text: 'Whenever you have an update on the next steps, I would be glad to hear it.' },
  },
  check({ model }) {
    const findings: Finding[] = [];
    const report = (start: number, end: number, message: string, suggestion = CALM_DOWN): void => {
      findings.push({ start, end, message, suggestion });
    };
    for (const match of findMatches(model, DEADLINE)) {
      if (isWavedAway(model, match) || !sentenceHas(model, match.sentence, REPLY_WORDS)) continue;
      // "thank you for replying so promptly" praises a past reply; it asks for nothing.
      if (sentenceHas(model, match.sentence, THANKS_FOR)) continue;
      if (isOwnAvailability(model, match)) continue;
      report(match.start, match.end, 'This asks for a reply by a deadline or right away.');
    }
    for (const match of findMatches(model, PRESSURE)) {
      if (isWavedAway(model, match) || sentenceHas(model, match.sentence, THANKS_FOR)) continue;
      // "When might I expect to hear back?" asks; "I expect to hear back" demands.
      if (match.sentence.question && match.phrase.startsWith('i ')) continue;
      report(match.start, match.end, 'This puts pressure on the reader.');
    }
    for (const span of shouting(model)) {
      report(span.start, span.end, 'This shouts: capitals and strings of exclamation marks read as anger.', SPEAK_SOFTLY);
    }
    return onePerSentence(model, findings);
  },
});

// "I NEED TO KNOW NOW" is a demand, capitals and a shouted word at once: report the sentence once.
function onePerSentence(model: TextModel, findings: Finding[]): Finding[] {
  const seen = new Set<number>();
  return findings
    .sort((a, b) => (a.start ?? 0) - (b.start ?? 0) || (b.end ?? 0) - (a.end ?? 0))
    .filter((finding) => {
      const sentence = sentenceAt(model, finding.start ?? 0);
      const key = sentence?.start ?? -1;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

// "I can start immediately", "I'm free until Friday": the candidate's own timing, not a demand.
function isOwnAvailability(model: TextModel, match: Match): boolean {
  for (let index = match.sentence.firstWord; index < match.sentence.endWord; index++) {
    const word = wordAt(model, index);
    if (/^(?:start|begin|join|available|free|relocate|travel|reachable)$/u.test(word)) return true;
  }
  return false;
}
