import { indexedPattern } from '../check/lead-index.js';
import { findMatches, wordsBefore, isHypothetical, isNegated, type Match } from '../check/clause.js';
import { ALL_CHANNELS, defineRule, type Finding } from '../check/rule.js';
import { wordAt, type TextModel } from '../check/text-model.js';

// Claims to be better than everyone else: "I'm the best candidate", "more qualified than any
// other applicant", "you won't find anyone better", "my track record is unmatched".
const SUPERIORITY = indexedPattern(
  /\b(?:i'm|i\s+am|i've\s+been|i\s+was|i\s+would\s+be|i'd\s+be|i\s+will\s+be|i'll\s+be|makes\s+me|made\s+me)\s+(?:(?:clearly|easily|obviously|definitely|certainly|undoubtedly|simply|probably|honestly|truly|absolutely|by\s+far|far|without\s+(?:a\s+)?doubt)\s+)?(?:the|your)\s+(?:very\s+)?(?:best|strongest|most\s+(?:qualified|experienced|talented|capable|skilled|competent|suitable|accomplished)|top|ideal|perfect|obvious|only\s+(?:real|logical|sensible|serious))\s+(?:candidate|applicant|choice|person|fit|hire|option|match|one\s+for)\b|\b(?:better|stronger|more\s+(?:qualified|experienced|talented|capable|skilled|competent|accomplished)|smarter|faster|superior)\s+(?:than|to)\s+(?:any|all|the\s+other|the\s+rest|anyone|anybody|everyone|everybody|most|other|others|the\s+competition|your\s+other|my\s+(?:peers|colleagues|competitors))\b|\b(?:no\s+one|no-one|nobody)\s+(?:else\s+)?(?:can|could|will|would)\s+(?:match|beat|compete\s+with|compare\s+to|outperform|top|do\s+(?:this|it|the|that)(?:\s+(?:job|role|work))?\s+better)\b|\b(?:won't|will\s+not|wouldn't|would\s+not|can't|cannot|couldn't)\s+(?:find|get|meet|hire)\s+(?:anyone|anybody|someone|a\s+(?:candidate|person))\s+(?:better|more\s+qualified|as\s+qualified|as\s+good|stronger|with\s+more)\b|\b(?:lucky|fortunate)\s+to\s+(?:have|get|hire|land)\s+me\b|\b(?:crazy|mad|foolish|silly)\s+not\s+to\s+(?:hire|pick|choose|take)\b/g,
);

// Words of supreme praise: a boast when the writer says them of themselves ("my record is
// unmatched"), not of the company ("your unmatched reputation").
const SUPREME = indexedPattern(
  /\bsecond\s+to\s+none\b|\b(?:unmatched|unrivall?ed|unparall?eled|unbeatable|peerless|unsurpassed)\b|\bsingle-?handedly\b|\boverqualified\b|\btop\s+(?:[125]|one|two|five|10|ten)\s*(?:%|percent|per\s+cent)/g,
);

// Self-praise in the words of a reference letter: "I'm a rockstar", "my outstanding results".
const SELF_PRAISE = indexedPattern(
  /\b(?:i'm|i\s+am)\s+(?:(?:a|an|truly\s+an?|really\s+an?|simply\s+an?)\s+)?(?:rock\s?star|ninja|guru|genius|superstar|legend|wizard|visionary|prodigy|exceptional|outstanding|brilliant|amazing|incredible|phenomenal|extraordinary|remarkable|world-class|top-notch|unstoppable|a\s+cut\s+above|top\s+(?:performer|talent))\b|\bmy\s+(?:(?:truly|really|very|most)\s+)?(?:exceptional|outstanding|brilliant|impressive|stellar|unmatched|unparall?eled|extraordinary|remarkable|incredible|phenomenal|world-class|unrivall?ed|superior|flawless|spectacular|legendary|exemplary)\s+(?:track\s+record|record|skills?|results|experience|achievements?|career|expertise|background|performance|credentials|cv|resume|portfolio|abilities|talents?|work)\b|\bi\s+(?:(?:always|consistently|routinely|regularly)\s+)?(?:outperform(?:ed)?|outshine|outshone|outclass(?:ed)?)\b/g,
);

// A quantified achievement: a verb of achievement with a figure close after it.
const ACHIEVEMENT = indexedPattern(
  /\b(?:increased|grew|boosted|raised|doubled|tripled|quadrupled|cut|reduced|slashed|saved|generated|delivered|drove|led|managed|won|launched|built|exceeded|surpassed|achieved|closed|secured|brought\s+in|scaled|hired|trained|mentored|published|earned|received)\b[^.;!?\n]{1,40}?(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|twice|numerous|multiple)\b)/g,
);

const SELF = new Set(['i', "i'm", "i've", "i'd", 'me', 'my', 'myself']);
const SOMEONE_ELSE = new Set(['you', 'your', "you're", 'they', 'their', 'he', 'she', 'his', 'her', 'its', 'it', "it's", 'company', 'team']);

// The nearest person named before `offset` in the clause is the writer.
function isSaidOfSelf(model: TextModel, offset: number): boolean {
  for (const word of wordsBefore(model, offset, 8)) {
    if (SELF.has(word)) return true;
    if (SOMEONE_ELSE.has(word)) return false;
  }
  return false;
}

function isCandidateSpeaking(model: TextModel, match: Match): boolean {
  // "I increased", "my team and I delivered": the figures are the candidate's own.
  for (let index = match.sentence.firstWord; index < match.sentence.endWord; index++) {
    if ((model.wordStarts[index] ?? 0) >= match.start) break;
    const word = wordAt(model, index);
    if (word === 'i' || word === "i've" || word === 'me' || word === 'my') return true;
  }
  return false;
}

/** The rule `brags`. */
export const rule = defineRule({
  id: 'brags',
  severity: 'warning',
  description: 'Boasts about achievements or claims to be better than the other candidates.',
  rationale:
    'The interview was the place for achievements; a follow-up that boasts or claims superiority reads as arrogant, where a short reminder of one relevant strength reads as confident.',
  channels: ALL_CHANNELS,
  needs: 'text',
  scope: 'span',
  examples: {
    bad: { text: "I'm clearly the strongest candidate you have seen, and nobody else can match my track record." },
    good: { text: 'Our talk about the reporting backlog made me think of the dashboards I built at my last job.' },
  },
  check({ model }) {
    const findings: Finding[] = [];
    const seen = new Set<number>();
    const report = (start: number, end: number, sentenceStart: number, message: string): void => {
      if (seen.has(sentenceStart)) return;
      seen.add(sentenceStart);
      findings.push({
        start,
        end,
        message,
        suggestion: 'Keep to one short, relevant reminder of what you bring, and let the reader draw the comparison.',
      });
    };
    for (const match of findMatches(model, SUPREME)) {
      if (isNegated(model, match.start) || !isSaidOfSelf(model, match.start)) continue;
      report(match.start, match.end, match.sentence.start, 'This boasts or claims to be better than the other candidates.');
    }
    for (const match of [...findMatches(model, SUPERIORITY), ...findMatches(model, SELF_PRAISE)]) {
      if (isNegated(model, match.start) || isHypothetical(model, match.start)) continue;
      report(match.start, match.end, match.sentence.start, 'This boasts or claims to be better than the other candidates.');
    }
    // A list of figures is a boast even when each item is true: two in one sentence, or three in
    // the message.
    const achievements = findMatches(model, ACHIEVEMENT).filter(
      (match) => !isNegated(model, match.start) && isCandidateSpeaking(model, match),
    );
    const perSentence = new Map<number, Match[]>();
    for (const match of achievements) {
      const list = perSentence.get(match.sentence.start) ?? [];
      list.push(match);
      perSentence.set(match.sentence.start, list);
    }
    const first = achievements[0];
    const last = achievements.at(-1);
    if (achievements.length >= 3 && first !== undefined && last !== undefined) {
      report(first.start, last.end, first.sentence.start, 'This lists achievements instead of giving a short reminder.');
    } else {
      for (const list of perSentence.values()) {
        const head = list[0];
        const tail = list.at(-1);
        if (list.length >= 2 && head !== undefined && tail !== undefined) {
          report(head.start, tail.end, head.sentence.start, 'This lists achievements instead of giving a short reminder.');
        }
      }
    }
    return findings.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  },
});
