import { findWordSpans } from '../internal/words.js';
import { LeadIndex } from './lead-index.js';

/** A sentence (or a line such as a greeting or a sign-off) of the text. */
export interface Sentence {
  /** UTF-16 offset of its first word. */
  readonly start: number;
  /** UTF-16 offset just past its last word or its closing punctuation. */
  readonly end: number;
  /** Index of its first word in {@link TextModel.wordStarts}. */
  readonly firstWord: number;
  /** Index just past its last word. */
  readonly endWord: number;
  /** True when it ends with a question mark. */
  readonly question: boolean;
}

/** A bracketed gap such as `[Your Name]`, `{phone}` or `<your email>`, meant to be filled in. */
export interface Placeholder {
  readonly start: number;
  readonly end: number;
  /** The words inside the brackets, lower case. */
  readonly label: string;
}

/**
 * Everything the rules need to know about a text, worked out once per check and shared by every
 * rule: the words and sentences with their offsets, a lower-case copy with straight apostrophes
 * for matching, placeholders and quoted speech.
 */
export interface TextModel {
  /**
   * The text, up to a few hundred characters of white space past its last character of anything
   * else: a longer run of white space at its end is left out (offsets are the same either way).
   */
  readonly text: string;
  /**
   * `text` in lower case with curly apostrophes and quotes made straight, the same length as
   * `text`, so a match's offsets are offsets into `text`.
   */
  readonly lower: string;
  /** Offsets of the words' first characters, in text order. */
  readonly wordStarts: ArrayLike<number>;
  /** Offsets just past the words' last characters. */
  readonly wordEnds: ArrayLike<number>;
  readonly sentences: readonly Sentence[];
  readonly placeholders: readonly Placeholder[];
  /** Quoted stretches as `[start, end)` pairs, sorted: the words of someone else. */
  readonly quotes: readonly (readonly [number, number])[];
  /** Where the rules' registered patterns may match in `lower`, worked out on the first question. */
  readonly leads: LeadIndex;
}

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'vs', 'etc', 'approx', 'no', 'tel', 'ext']);
const LONGEST_ABBREVIATION = 6;

/**
 * Builds the {@link TextModel} of `text` in time linear in its length.
 *
 * @example
 * ```ts
 * buildTextModel('Hi Sam. Any news?').sentences.map((s) => s.question);
 * //=> [ false, true ]
 * ```
 */
export function buildTextModel(fullText: string): TextModel {
  const text = withoutLongTail(fullText);
  const lower = lowerSameLength(text);
  const words = findWordSpans(text);
  const { starts, ends } = words;
  return {
    text,
    lower,
    wordStarts: starts,
    wordEnds: ends,
    sentences: splitSentences(text, lower, starts, ends),
    placeholders: findPlaceholders(text, lower),
    quotes: findQuotes(text),
    leads: new LeadIndex(lower, words),
  };
}

// White space at the end of a text holds no word and no mark, and no rule looks further past the
// last of them than a few dozen characters. Past that the model leaves it out, so that a text that
// ends in a long run of white space costs no more than one without it.
const KEPT_TAIL = 256;

function withoutLongTail(text: string): string {
  // trimEnd reads the text from its end and, like \s, counts line breaks as white space.
  const end = text.trimEnd().length + KEPT_TAIL;
  return end < text.length ? text.slice(0, end) : text;
}

// A capital letter, or any unit outside ASCII.
const NOT_LOWER_ASCII = /[A-Z\u0080-\uffff]/;

// Lower case, apostrophes and quote marks made ASCII. Only U+0130 (İ) grows under
// toLowerCase, so when lengths differ we fold it first to keep every offset valid.
function lowerSameLength(text: string): string {
  // Lower-case ASCII is its own lower case. Telling so is cheaper than a copy of a long text.
  if (!NOT_LOWER_ASCII.test(text)) return text;
  let lower = text.toLowerCase();
  if (lower.length !== text.length) lower = text.replaceAll('\u0130', 'i').toLowerCase();
  if (lower.length !== text.length) lower = foldUnitByUnit(text);
  // Two replacements with a fixed string each: no function call per mark.
  return lower.replace(/[‘’ʼ′]/gu, "'").replace(/[“”„″]/gu, '"');
}

function foldUnitByUnit(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charAt(i);
    const folded = unit.toLowerCase();
    out += folded.length === 1 ? folded : unit;
  }
  return out;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

function isUpperStart(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  if (code < 0x80) return code >= 65 && code <= 90;
  const unit = text.charAt(offset);
  return unit !== unit.toLowerCase();
}

function splitSentences(text: string, lower: string, starts: ArrayLike<number>, ends: ArrayLike<number>): Sentence[] {
  const sentences: Sentence[] = [];
  const count = starts.length;
  if (count === 0) return sentences;
  let firstWord = 0;
  const close = (endWord: number, gapStart: number, gapEnd: number): void => {
    let end = ends[endWord - 1] ?? gapStart;
    let question = false;
    // Closing punctuation right after the last word belongs to the sentence.
    for (let i = gapStart; i < gapEnd; i++) {
      const code = text.charCodeAt(i);
      if (code === 63 || code === 33 || code === 46 || code === 0x2026 || code === 0xff1f) {
        end = i + 1;
        if (code === 63 || code === 0xff1f) question = true;
      } else if (!(code === 34 || code === 39 || code === 41 || code === 0x201d || code === 0x2019)) {
        break;
      }
    }
    sentences.push({ start: starts[firstWord] ?? 0, end, firstWord, endWord, question });
    firstWord = endWord;
  };
  for (let w = 1; w < count; w++) {
    const gapStart = ends[w - 1] ?? 0;
    const gapEnd = starts[w] ?? 0;
    if (gapEnd - gapStart === 1 && text.charCodeAt(gapStart) === 32) continue;
    if (isBoundary(text, lower, gapStart, gapEnd, starts[w - 1] ?? 0)) close(w, gapStart, gapEnd);
  }
  close(count, ends[count - 1] ?? 0, text.length);
  return sentences;
}

// A gap between two words ends a sentence when it holds closing punctuation followed by space,
// a blank line, or a line break before a capital letter (greetings, sign-offs, list items; a
// hard-wrapped line that goes on in lower case stays one sentence).
function isBoundary(text: string, lower: string, gapStart: number, gapEnd: number, previousStart: number): boolean {
  let sawStop = false;
  let sawPeriodOnly = true;
  let lineBreaks = 0;
  for (let i = gapStart; i < gapEnd; i++) {
    const code = text.charCodeAt(i);
    if (code === 63 || code === 33 || code === 0x2026 || code === 0xff1f || code === 0x3002) {
      sawStop = true;
      sawPeriodOnly = false;
    } else if (code === 46) {
      sawStop = true;
    } else if (isLineBreak(code)) {
      if (code !== 13 || text.charCodeAt(i + 1) !== 10) lineBreaks++;
    } else if (isSpace(code) && sawStop) {
      if (!sawPeriodOnly || gapStart - previousStart > LONGEST_ABBREVIATION) return true;
      const previous = lower.slice(previousStart, gapStart);
      // "Mr. Lee", "J. Smith": a period after an initial or a title is not a full stop.
      if ((previous.length > 1 || /\d/u.test(previous)) && !ABBREVIATIONS.has(previous)) return true;
    }
  }
  if (lineBreaks >= 2) return true;
  if (lineBreaks === 1) return sawStop || isUpperStart(text, gapEnd) || !/\p{L}/u.test(text.charAt(gapEnd));
  return sawStop && gapEnd === text.length;
}

const LONGEST_PLACEHOLDER = 60;

// The closing bracket of each opening one: [ ], { }, < >. Character codes, not strings: reading
// one-character strings of a text outside Latin-1 allocates one per character.
function closerOf(code: number): number {
  return code === 91 ? 93 : code === 123 ? 125 : code === 60 ? 62 : -1;
}

function findPlaceholders(text: string, lower: string): Placeholder[] {
  const found: Placeholder[] = [];
  // Most messages have no bracket at all; indexOf answers that faster than a pattern.
  if (!text.includes('[') && !text.includes('{') && !text.includes('<')) return found;
  const opener = /[<[{]/g;
  // test() rather than exec(): no match object per bracket, which a text full of them would feel.
  while (opener.test(text)) {
    const i = opener.lastIndex - 1;
    const bracket = text.charCodeAt(i);
    const closer = closerOf(bracket);
    let open = i + 1;
    while (open < text.length && text.charCodeAt(open) === bracket) open++; // {{name}}
    opener.lastIndex = open; // a run of brackets is passed over once
    const limit = Math.min(text.length, open + LONGEST_PLACEHOLDER);
    let close = -1;
    for (let j = open; j < limit; j++) {
      const code = text.charCodeAt(j);
      if (code === closer) {
        close = j;
        break;
      }
      if (code === 10 || closerOf(code) !== -1) break;
    }
    if (close <= open) continue;
    const label = lower.slice(open, close).trim();
    if (!/\p{L}/u.test(label)) continue;
    let end = close + 1;
    while (end < text.length && text.charCodeAt(end) === closer) end++;
    found.push({ start: i, end, label });
    opener.lastIndex = end;
  }
  return found;
}

function findQuotes(text: string): [number, number][] {
  const quotes: [number, number][] = [];
  if (!text.includes('"') && !text.includes('“') && !text.includes('«')) return quotes;
  let open = -1;
  let closer = 0;
  const marks = /["\n«»“”]/gu;
  // test() rather than exec(), and codes rather than strings: nothing is allocated per mark
  // (every line break is one).
  while (marks.test(text)) {
    const i = marks.lastIndex - 1;
    const mark = text.charCodeAt(i);
    if (open < 0) {
      if (mark === QUOTE || mark === LEFT_DOUBLE || mark === LEFT_GUILLEMET) {
        open = i;
        closer = mark === LEFT_DOUBLE ? RIGHT_DOUBLE : mark === LEFT_GUILLEMET ? RIGHT_GUILLEMET : QUOTE;
      }
    } else if (mark === closer || (closer === RIGHT_DOUBLE && mark === LEFT_DOUBLE)) {
      quotes.push([open, i + 1]);
      open = -1;
    } else if (mark === 10 && text.charCodeAt(i + 1) === 10) {
      open = -1; // an unclosed quote ends with its paragraph
    }
  }
  return quotes;
}

const QUOTE = 34; // "
const LEFT_DOUBLE = 0x201c; // “
const RIGHT_DOUBLE = 0x201d; // ”
const LEFT_GUILLEMET = 0xab; // «
const RIGHT_GUILLEMET = 0xbb; // »

/**
 * True for a character of `\s`: white space and line terminators as ECMAScript defines them. For
 * loops over a stretch of text that would otherwise slice it and test the slice with a pattern.
 *
 * @example
 * ```ts
 * [isWhiteSpace(0x20), isWhiteSpace(0xa0), isWhiteSpace(0x2d)];
 * //=> [ true, true, false ]
 * ```
 */
export function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * The index of the last entry of the sorted `list` that is at most `offset`, or -1.
 *
 * @example
 * ```ts
 * lastAtOrBefore([0, 5, 9], 7);
 * //=> 1
 * ```
 */
export function lastAtOrBefore(list: ArrayLike<number>, offset: number): number {
  let low = 0;
  let high = list.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if ((list[middle] ?? 0) <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/**
 * The sentence that holds `offset` (the one before it when the offset falls between two).
 *
 * @example
 * ```ts
 * sentenceAt(buildTextModel('One. Two.'), 6)?.start;
 * //=> 5
 * ```
 */
export function sentenceAt(model: TextModel, offset: number): Sentence | undefined {
  const { sentences } = model;
  let low = 0;
  let high = sentences.length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if ((sentences[middle]?.start ?? 0) <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return sentences[found];
}

/**
 * True when `offset` lies inside quoted speech.
 *
 * @example
 * ```ts
 * isQuoted(buildTextModel('He said "hi".'), 9);
 * //=> true
 * ```
 */
export function isQuoted(model: TextModel, offset: number): boolean {
  const { quotes } = model;
  let low = 0;
  let high = quotes.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const quote = quotes[middle];
    if (quote === undefined) return false;
    if (offset < quote[0]) high = middle - 1;
    else if (offset >= quote[1]) low = middle + 1;
    else return true;
  }
  return false;
}

/**
 * The lower-case word with index `index`.
 *
 * @example
 * ```ts
 * wordAt(buildTextModel('Hello World'), 1);
 * //=> 'world'
 * ```
 */
export function wordAt(model: TextModel, index: number): string {
  return model.lower.slice(model.wordStarts[index] ?? 0, model.wordEnds[index] ?? 0);
}
