import { indexedPattern } from '../check/lead-index.js';
import {
  aboutWhom,
  findMatches,
  firstPerSentence,
  isAsking,
  isHypothetical,
  isNegated,
  sentenceHas,
  type Match,
} from '../check/clause.js';
import { ALL_CHANNELS, defineRule } from '../check/rule.js';
import type { TextModel } from '../check/text-model.js';

// Words that judge a thing harshly. They criticise the reader only when they are about the
// interview, the process or the people, not about the candidate ("my answer was poor") and not
// about a problem the team is solving ("the messy reports you described").
const HARSH_JUDGEMENT = indexedPattern(
  /\b(?:disorgani[sz]ed|unorgani[sz]ed|unprofessional(?:ly|ism)?|rude(?:ly|ness)?|impolite|chaotic|shambolic|appalling|atrocious|awful|terrible|horrible|horrendous|dreadful|abysmal|pathetic|ridiculous|absurd|unacceptable|unfair(?:ly)?|unjust|disrespectful(?:ly)?|inconsiderate|incompeten(?:t|ce)|careless|sloppy|dismissive|condescending|patroni[sz]ing|arrogant|hostile|disappointing(?:ly)?|frustrating(?:ly)?|annoying(?:ly)?|irritating|infuriating|maddening|shocking(?:ly)?|outrageous|insulting|offensive|discriminatory|inappropriate(?:ly)?|irrelevant|pointless|unhelpful|unresponsive|unwelcoming|unfriendly|a\s+(?:complete\s+|total\s+|bit\s+of\s+a\s+|real\s+)?(?:mess|joke|shambles|disaster|farce)|(?:poorly|badly)\s+(?:organi[sz]ed|run|managed|handled|planned|communicated|prepared|structured|coordinated|conducted|executed|treated)|poor\s+(?:communication|organi[sz]ation|planning|management|experience|treatment|scheduling|service|manners|etiquette|process|interview|follow-up|feedback|coordination)|bad\s+(?:experience|interview|process|communication|organi[sz]ation|impression|manners|attitude)|(?:lack|absence)\s+of\s+(?:any\s+)?(?:communication|organi[sz]ation|professionalism|respect|courtesy|feedback|response|clarity|preparation|information|updates?|transparency|structure|follow-up)|a\s+(?:complete\s+|total\s+|huge\s+|big\s+)?waste\s+of\s+(?:my\s+|our\s+)?time|wasted\s+(?:my|our|a\s+lot\s+of)\s+time|could\s+have\s+been\s+(?:much\s+|a\s+lot\s+|far\s+)?(?:better|more\s+(?:organi[sz]ed|professional|respectful|prepared|structured|considerate))|left\s+(?:a\s+lot|much)\s+to\s+be\s+desired|(?:expected|hoped\s+for|deserve[ds]?)\s+(?:better|more)\s+(?:from|of|than)|not\s+impressed|unimpressed|had\s+nothing\s+to\s+do\s+with\s+(?:the|this|my)\s+(?:role|job|position))\b/g,
);

// Grumbling about the wait. Asked as a question it is questions-delay's business, not this rule's.
const SLOWNESS = indexedPattern(
  /\b(?:(?:taking|taken|takes|took)\s+(?:far\s+|way\s+|much\s+)?too\s+long|(?:far|way)\s+too\s+(?:long|slow)|slow\s+to\s+(?:reply|respond|get\s+back|follow\s+up|answer|communicate|update))\b/g,
);

// "Not very professional", "wasn't well organised": faint praise that is criticism.
const FAINT_PRAISE = indexedPattern(
  /(?:\bnot|n't)\s+(?:very\s+|particularly\s+|at\s+all\s+|exactly\s+|really\s+|terribly\s+|especially\s+)?(?:professional|organi[sz]ed|well[-\s]organi[sz]ed|well\s+run|respectful|welcoming|prepared|polite|courteous|fair|helpful|friendly|punctual|transparent|responsive|the\s+(?:smoothest|most\s+(?:professional|organi[sz]ed|pleasant)))\b/g,
);

// Milder words that criticise only when said of the process or the people: "the scheduling was
// a bit chaotic", "HR has been slow".
const TARGETED_JUDGEMENT = indexedPattern(
  /\b(?:process|interview|interviews|communication|communications|scheduling|format|questions|test|task|assessment|instructions|emails?|call|meeting|panel|interviewer|recruiter|manager|hr|company|experience|feedback|response|logistics|organi[sz]ation|website|portal|thing|day|session|conversation|visit|everything)(?:\s+[\w'-]+){0,3}?\s+(?:was|were|has\s+been|have\s+been|seemed|felt|is|are|looked)\s+(?:(?:a\s+bit|quite|very|really|extremely|so|rather|somewhat|pretty|incredibly|too|a\s+little|kind\s+of|sort\s+of)\s+)?(?:confusing|unclear|messy|rushed|cold|slow|stressful|disjointed|hectic|late|vague|abrupt|uncomfortable|awkward|tense|impersonal|lacking|poor|bad|overwhelming|hard\s+to\s+follow|all\s+over\s+the\s+place)\b/g,
);

// The candidate's own hurt feelings about how they were treated.
const HURT_FEELINGS = indexedPattern(
  /\b(?:i|we)(?:'m|'ve\s+been|\s+(?:was|am|were|felt|feel|have\s+been|had\s+been|remain|got|grew|became|left))\s+(?:(?:very|quite|really|a\s+bit|a\s+little|so|extremely|somewhat|rather|deeply|pretty|increasingly|honestly|frankly|slightly|utterly|genuinely|incredibly|feeling)\s+)?(?:disappointed|frustrated|annoyed|upset|irritated|unhappy|dissatisfied|let\s+down|offended|insulted|angry|shocked|disheartened|discouraged|fed\s+up|disrespected|ignored|mistreated|humiliated|uncomfortable|unwelcome|undervalued|unvalued|blindsided|misled|confused\s+(?:by|about)|taken\s+aback|put\s+off)\b|\bmade\s+(?:me|us)\s+feel\s+(?:unwelcome|ignored|unvalued|undervalued|uncomfortable|rushed|small|stupid|like\s+a\s+number)\b/g,
);
const OWN_FAULT = /^\s+(?:with|in|at)\s+(?:myself|my\s+own|my)\b|^\s+to\s+(?:hear|learn|see|have\s+missed|miss)\b/;

// What someone did or failed to do: "nobody got back to me", "kept me waiting", "started twenty
// minutes late", "I didn't appreciate being asked".
const MISTREATMENT = indexedPattern(
  /\b(?:no\s+one|no-one|nobody)\s+(?:(?:has|had|ever|even|actually|really|yet|from\s+hr|from\s+the\s+team)\s+){0,2}(?:bothered|replied|responded|answered|got\s+back|gotten\s+back|called|rang|contacted|told|informed|explained|followed\s+up|showed\s+up|turned\s+up|apologi[sz]ed|acknowledged|updated|reached\s+out|let\s+me\s+know|met\s+me|greeted|prepared|booked|listened|read|introduced|welcomed|offered)\b|\bnever\s+(?:even\s+)?(?:got\s+back|gotten\s+back|heard\s+back|replied|responded|answered|called\s+(?:me\s+)?back|followed\s+up|showed\s+up|turned\s+up|bothered|apologi[sz]ed|acknowledged|received\s+(?:a|any)\s+(?:reply|response|feedback|update|confirmation))\b|\bkept\s+(?:me|us|candidates|everyone|people)\s+waiting\b|\b(?:kept|keeps|were|was)\s+(?:checking|looking\s+at|glancing\s+at|typing\s+on|on)\s+(?:their|his|her)\s+(?:phones?|laptops?|watch(?:es)?|emails?)\b|\b(?:had|have|having)\s+to\s+wait\s+(?:for\s+)?(?:over|almost|nearly|more|about|around|an|half|\d+|two|three|four|five|ten|fifteen|twenty|thirty|forty|several|many)\b|\b(?:ghosted|stonewalled)\b|\bignored\s+(?:me|my|us|our)\b|\b(?:didn't|did\s+not|don't|do\s+not)\s+(?:really\s+)?appreciate\b|\b(?:whole|entire)\s+(?:process|experience)\s+has\s+been\s+(?:a\s+)?(?:struggle|ordeal|nightmare)\b/g,
);
const OTHERS_LAPSE = indexedPattern(
  /\b(?:started|began|was|were|ran|arrived|showed\s+up|turned\s+up|joined|came|logged\s+on)\s+(?:(?:\d+|five|ten|fifteen|twenty|thirty|forty|forty-five|an?|half\s+an)\s+(?:minutes?|hours?)\s+)?(?:very\s+|so\s+|really\s+|quite\s+|extremely\s+)?late\b|\b(?:didn't|did\s+not|hadn't|had\s+not|couldn't|could\s+not|wouldn't|would\s+not)\s+(?:even\s+)?(?:bother|apologi[sz]e|show\s+up|turn\s+up|look\s+at|read|open|prepare)\b|\b(?:have|had|raised?)\s+(?:some\s+|a\s+few\s+|serious\s+|real\s+|several\s+|major\s+|genuine\s+)?(?:concerns|issues|problems|complaints|reservations|misgivings)\s+(?:about|with|regarding|over)\s+(?:the|your|how)\s+(?:\w+\s+)?(?:interview|process|hiring|recruitment|recruiting|communication|organi[sz]ation|panel|interviewer|feedback|test|assessment|treatment|questions|way|handled|was|were|you)\b/g,
);

// Talk of a problem the reader's team is working on, not a criticism of the reader.
const TOPIC_TALK =
  /\b(?:enjoy(?:ed)?|appreciat(?:e|ed)|lov(?:e|ed)|interesting|fascinat\w*|impress(?:ed|ive)|learn(?:ed|ing|t)?|hearing|heard\s+about|discuss(?:ed|ing)?|describ(?:ed|ing)|mention(?:ed)?|explain(?:ed|ing)|solv(?:e|ed|ing)|tackl(?:e|ed|ing)|fix(?:ed|ing)?|improv(?:e|ed|ing)|help(?:ed|ing)?|clean(?:ing)?\s+up|automat\w*|challenges?|customers?|clients?|users?|legacy|data|old|former|previous(?:ly)?|used\s+to|resonat\w*|your\s+point|you\s+(?:said|told|described|mentioned))\b/;
const AVERSION = /\b(?:hate|avoid|rather\s+not|not\s+want|don't\s+want|never\s+want|wouldn't\s+want)\b/;

function isAside(model: TextModel, match: Match): boolean {
  return (
    isNegated(model, match.start) ||
    isHypothetical(model, match.start) ||
    AVERSION.test(model.lower.slice(Math.max(match.sentence.start, match.start - 40), match.start))
  );
}

/** The rule `complains`. */
export const rule = defineRule({
  id: 'complains',
  severity: 'error',
  description: 'Criticises the company, the interviewer, or the interview and hiring process.',
  rationale:
    'A follow-up is read by the people who decide; criticism of them or their process, however fair, reads as a warning about the candidate rather than about the company.',
  channels: ALL_CHANNELS,
  needs: 'text',
  scope: 'span',
  examples: {
    bad: { text: 'Honestly, the interview was disorganised and nobody got back to me afterwards.' },
    good: { text: 'I know the team is busy with interviews, so thank you for making time for mine.' },
  },
  check({ model }) {
    const found: Match[] = [];
    for (const match of [...findMatches(model, HARSH_JUDGEMENT), ...findMatches(model, FAINT_PRAISE)]) {
      if (isAside(model, match) || aboutWhom(model, match.start) === 'self') continue;
      if (!sentenceHas(model, match.sentence, TOPIC_TALK)) found.push(match);
    }
    for (const match of findMatches(model, TARGETED_JUDGEMENT)) {
      if (isAside(model, match) || sentenceHas(model, match.sentence, TOPIC_TALK)) continue;
      // "Why is the process so slow?" questions the wait: questions-delay reports it.
      if (!(match.phrase.endsWith('slow') && isAsking(model, match.sentence, match.start))) found.push(match);
    }
    for (const match of findMatches(model, HURT_FEELINGS)) {
      if (!isAside(model, match) && !OWN_FAULT.test(model.lower.slice(match.end, match.end + 24))) found.push(match);
    }
    for (const match of findMatches(model, MISTREATMENT)) {
      if (!isAside(model, match) && !isAsking(model, match.sentence, match.start)) found.push(match);
    }
    for (const match of findMatches(model, SLOWNESS)) {
      if (isAside(model, match) || isAsking(model, match.sentence, match.start)) continue;
      if (aboutWhom(model, match.start) !== 'self') found.push(match);
    }
    for (const match of findMatches(model, OTHERS_LAPSE)) {
      if (!isAside(model, match) && aboutWhom(model, match.start) !== 'self') found.push(match);
    }
    return firstPerSentence(found).map((match) => ({
      start: match.start,
      end: match.end,
      message: 'This criticises the company, the interviewer or the hiring process.',
      suggestion: 'Leave criticism out of the follow-up; keep to your thanks, your interest and a question about next steps.',
    }));
  },
});
