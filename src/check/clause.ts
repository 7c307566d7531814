import { scanLower } from './lead-index.js';
import { isQuoted, isWhiteSpace, lastAtOrBefore, sentenceAt, wordAt, type Sentence, type TextModel } from './text-model.js';

/** A match of a rule's pattern in the text, with its sentence. */
export interface Match {
  readonly start: number;
  readonly end: number;
  /** The matched text, lower case. */
  readonly phrase: string;
  readonly sentence: Sentence;
}

// Walks the matches of the global `pattern` in the lower-case text, outside quoted speech, until
// `visit` returns true. Returns whether it did.
function scanMatches(model: TextModel, pattern: RegExp, visit: (match: Match) => boolean): boolean {
  return scanLower(model, pattern, (hit) => {
    const start = hit.index;
    if (model.quotes.length > 0 && isQuoted(model, start)) return false;
    const sentence = sentenceAt(model, start);
    return sentence !== undefined && visit({ start, end: start + hit[0].length, phrase: hit[0], sentence });
  });
}

/**
 * Every match of the global `pattern` in the lower-case text, outside quoted speech. The pattern
 * is written in lower case with straight apostrophes, as {@link TextModel.lower} is.
 *
 * @example
 * ```ts
 * findMatches(buildTextModel('Thanks! She said "thanks" too.'), /\bthanks\b/g).map((match) => match.start);
 * //=> [ 0 ]
 * ```
 */
export function findMatches(model: TextModel, pattern: RegExp): Match[] {
  const matches: Match[] = [];
  scanMatches(model, pattern, (match) => {
    matches.push(match);
    return false;
  });
  return matches;
}

/**
 * True when some match of the global `pattern` outside quoted speech passes `accept`. Stops at the
 * first one, so a message-level rule ("is there any thanks?") does not walk a long text to its end.
 *
 * @example
 * ```ts
 * hasMatch(buildTextModel('No thanks needed. Thank you!'), /\bthank/g, (match) => match.start > 3);
 * //=> true
 * ```
 */
export function hasMatch(model: TextModel, pattern: RegExp, accept: (match: Match) => boolean): boolean {
  return scanMatches(model, pattern, accept);
}

// Words and marks that end a clause: a cue before one of them does not reach past it.
const CLAUSE_BREAKERS = new Set(['but', 'although', 'though', 'however', 'whereas', 'while', 'yet', 'because']);

// True when text[from, to) holds a comma, semicolon, colon, bracket or dash (– —), or a hyphen
// with white space on both sides: the marks of /[,;:()\u2013\u2014]|\s-\s/u, read without a
// pattern because this runs for every word before every match.
function endsClause(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 44 || code === 59 || code === 58 || code === 40 || code === 41 || code === 0x2013 || code === 0x2014) return true;
    if (code === 45 && at > from && at + 1 < to && isWhiteSpace(text.charCodeAt(at - 1)) && isWhiteSpace(text.charCodeAt(at + 1))) return true;
  }
  return false;
}

/**
 * Up to `limit` lower-case words just before `offset` in the same clause, nearest first. A clause
 * ends at a comma, semicolon, colon, dash or bracket, or at a word such as "but".
 *
 * @example
 * ```ts
 * wordsBefore(buildTextModel('Sadly, I was not asked.'), 17);
 * //=> [ 'not', 'was', 'i' ]
 * ```
 */
export function wordsBefore(model: TextModel, offset: number, limit = 6): string[] {
  const sentence = sentenceAt(model, offset);
  const words: string[] = [];
  if (sentence === undefined) return words;
  let index = lastAtOrBefore(model.wordStarts, offset - 1);
  // The word that holds `offset` (a match may start inside a word) is not before it.
  if (index >= 0 && (model.wordStarts[index] ?? 0) >= offset) index--;
  let boundary = offset;
  for (; index >= sentence.firstWord && words.length < limit; index--) {
    const end = model.wordEnds[index] ?? 0;
    if (end > boundary) continue;
    if (endsClause(model.text, end, boundary)) break;
    const word = wordAt(model, index);
    if (CLAUSE_BREAKERS.has(word)) break;
    words.push(word);
    boundary = model.wordStarts[index] ?? 0;
  }
  return words;
}

const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nor',
  'neither',
  'without',
  'nothing',
  'none',
  'nobody',
  'hardly',
  'barely',
  'cannot',
  'cant',
  'dont',
  'didnt',
  'wont',
  'isnt',
  'wasnt',
  'arent',
  'werent',
  'havent',
  'hasnt',
  'wouldnt',
  'shouldnt',
  'couldnt',
]);

/**
 * True for "not", "never", "won't" and the other words that negate what follows them.
 *
 * @example
 * ```ts
 * isNegator("won't");
 * //=> true
 * ```
 */
export function isNegator(word: string): boolean {
  return NEGATORS.has(word) || word.endsWith("n't");
}

const NEGATING_IDIOM = /\b(?:anything|far)\s+(?:but|from)\s+(?:[a-z]+\s+)?$/u;

/**
 * True when a negation ("not", "never", "won't", "no need to") governs the words at `offset`.
 *
 * @example
 * ```ts
 * isNegated(buildTextModel('I will not keep you long.'), 11);
 * //=> true
 * ```
 */
export function isNegated(model: TextModel, offset: number, reach = 5): boolean {
  // "anything but disorganised", "far from rude": idioms that negate across "but" and "from".
  const before = model.lower.slice(Math.max(0, offset - 32), offset);
  if ((before.includes('but') || before.includes('from')) && NEGATING_IDIOM.test(before)) return true;
  return wordsBefore(model, offset, reach).some(isNegator);
}

const CONDITIONALS = new Set(['if', 'unless', 'whether', 'case', 'should', 'hypothetically', 'suppose', 'supposing']);

/**
 * True when the words at `offset` sit in an "if ..." or "in case ..." clause.
 *
 * @example
 * ```ts
 * isHypothetical(buildTextModel('If this is a bad time, I can call back.'), 13);
 * //=> true
 * ```
 */
export function isHypothetical(model: TextModel, offset: number, reach = 8): boolean {
  return wordsBefore(model, offset, reach).some((word) => CONDITIONALS.has(word));
}

// Phrases that turn a statement into a request for information: "could you tell me", "I was
// wondering", "I'd like to know", "please let me know", "any news on".
const REQUEST_FRAME =
  /\b(?:could|can|would|will)\s+you\b|\bplease\b|\bkindly\b|\blet\s+me\s+know\b|\btell\s+me\b|\bwonder(?:ing|ed)?\b|\bcurious\b|\b(?:like|love|want|keen|hoping|hope|need)\s+to\s+(?:know|hear|find\s+out|ask|learn|understand|check|confirm)\b|\bany\s+(?:news|update|word|idea)\b|\bask(?:ing)?\s+(?:if|whether|about|how|who|what|why|when)\b|\b(?:advise|confirm|inform|update)\s+me\b|\bexplain\b|\bi'd\s+appreciate\s+(?:knowing|hearing|it\s+if|learning)\b|\bdo\s+you\s+know\b|\bquestion\s+(?:is|about)\b/;

// A sentence that opens with an auxiliary verb is a question even without a question mark.
const INVERTED_START =
  /^(?:have|has|had|did|do|does|am|is|are|was|were|will|would|could|can|should|shall|may|might|why|how|who|what|where|when|which|any)\b/;

/**
 * True when the sentence holding a match asks something: it ends with a question mark, opens
 * like a question, or frames a request ("could you tell me", "I'd like to know") before `offset`.
 *
 * @example
 * ```ts
 * const model = buildTextModel('Please tell me if I got the job');
 * isAsking(model, model.sentences[0]!, 15);
 * //=> true
 * ```
 */
export function isAsking(model: TextModel, sentence: Sentence, offset: number): boolean {
  if (sentence.question) return true;
  if (INVERTED_START.test(model.lower.slice(sentence.start, Math.min(sentence.end, sentence.start + 12)))) return true;
  return firstRequestFrameEnd(model, sentence) <= offset;
}

// Per-sentence answers, computed once: rules ask about the same sentence for every match in it,
// and rescanning a long sentence per match would make a text without full stops quadratic.
// Keyed by the sentence objects of one model, so nothing outlives the call that built them.
const requestFrameEnds = new WeakMap<Sentence, number>();
const cueAnswers = new WeakMap<Sentence, Map<RegExp, boolean>>();

/** Where the first request frame of a sentence ends, or Infinity when it has none. */
function firstRequestFrameEnd(model: TextModel, sentence: Sentence): number {
  let end = requestFrameEnds.get(sentence);
  if (end === undefined) {
    const match = REQUEST_FRAME.exec(model.lower.slice(sentence.start, sentence.end));
    end = match === null ? Number.POSITIVE_INFINITY : sentence.start + match.index + match[0].length;
    requestFrameEnds.set(sentence, end);
  }
  return end;
}

const FIRST_PERSON = new Set(['i', "i'm", "i've", "i'd", "i'll", 'im', 'me', 'my', 'myself', 'mine']);
const OTHER_PARTY = new Set([
  'you',
  "you're",
  "you've",
  "you'd",
  'your',
  'yours',
  'they',
  "they're",
  'their',
  'he',
  'she',
  'his',
  'her',
  'it',
  "it's",
  'its',
  'this',
  'that',
  'the',
  'we',
  "we're",
  'our',
  'everyone',
  'everything',
  'someone',
  'anyone',
  'nobody',
  'whole',
  'which',
  'there',
  "there's",
]);

/**
 * Whose words or deeds a phrase is about: `"self"` when the nearest person or thing named before
 * `offset` in its clause is the writer ("my answer was poor"), `"other"` when it is the reader,
 * the company or the process ("the process was poor"), `"unknown"` when the clause names neither.
 *
 * @example
 * ```ts
 * aboutWhom(buildTextModel('My answer was poor.'), 14);
 * //=> 'self'
 * ```
 */
export function aboutWhom(model: TextModel, offset: number, reach = 6): 'self' | 'other' | 'unknown' {
  for (const word of wordsBefore(model, offset, reach)) {
    if (FIRST_PERSON.has(word)) return 'self';
    if (OTHER_PARTY.has(word)) return 'other';
  }
  return 'unknown';
}

/**
 * The earliest of `matches` in each sentence, in text order: one finding per sentence and rule.
 *
 * @example
 * ```ts
 * firstPerSentence(findMatches(buildTextModel('Late and rude. Fine.'), /\b(?:rude|late)\b/g)).map((match) => match.phrase);
 * //=> [ 'late' ]
 * ```
 */
export function firstPerSentence(matches: readonly Match[]): Match[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const seen = new Set<number>();
  return sorted.filter((match) => {
    if (seen.has(match.sentence.start)) return false;
    seen.add(match.sentence.start);
    return true;
  });
}

/**
 * True when the sentence around `offset` also holds any of the given lower-case cue words.
 *
 * @example
 * ```ts
 * const model = buildTextModel('Thanks again. Bye.');
 * sentenceHas(model, model.sentences[1]!, /\bthanks\b/);
 * //=> false
 * ```
 */
export function sentenceHas(model: TextModel, sentence: Sentence, cue: RegExp): boolean {
  let answers = cueAnswers.get(sentence);
  if (answers === undefined) {
    answers = new Map();
    cueAnswers.set(sentence, answers);
  }
  let answer = answers.get(cue);
  if (answer === undefined) {
    answer = cue.test(model.lower.slice(sentence.start, sentence.end));
    answers.set(cue, answer);
  }
  return answer;
}
