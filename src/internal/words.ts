// A word is a run of letters, digits and combining marks (\p{L}, \p{N}, \p{M}), optionally joined
// by an apostrophe (straight or curly) or a hyphen inside it: "don't", "follow-up", "naïve",
// "2026". The same words as the pattern /[\p{L}\p{N}\p{M}]+(?:['’\-‐][\p{L}\p{N}\p{M}]+)*/gu, found
// without it: that pattern costs a match object per word, which on a text of a million characters
// was most of the checker's time. ASCII is classified by its code; any other unit by a sticky
// pattern that consumes the whole run of letters at once.
const LETTERS_FROM_HERE = /[\p{L}\p{N}\p{M}]+/uy;
const NOT_LETTERS_FROM_HERE = /[^\p{L}\p{N}\p{M}]+/uy;

// 1 for the ASCII letters and digits, the only ASCII characters in \p{L}, \p{N} and \p{M}.
const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) ASCII_WORD[code] = 1;
}

// Texts up to this long keep their word offsets in plain arrays (see findWordSpans).
const MOST_SHORT_TEXT = 20_000;

// ' ’ - ‐
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45 || code === 0x2010;
}

// Where the run of letters, digits and marks that starts at `from` ends; `from` when there is none.
function runEnd(text: string, from: number): number {
  let index = from;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    // Past the length of any ordinary word, let the pattern consume the rest of the run: on a run
    // of thousands of letters it is several times faster than this loop.
    if (code >= 128 || index - from === LONG_RUN) {
      LETTERS_FROM_HERE.lastIndex = index;
      if (!LETTERS_FROM_HERE.test(text)) return index;
      index = LETTERS_FROM_HERE.lastIndex;
    } else {
      if (ASCII_WORD[code] === 0) return index;
      index++;
    }
  }
  return index;
}

const LONG_RUN = 24;
const ASCII_LETTERS_FROM_HERE = /[\da-z]+/iy;

/**
 * How many characters of a word its head covers (see {@link WordSpans.heads}).
 *
 * @example
 * ```ts
 * HEAD_LENGTH;
 * //=> 6
 * ```
 */
export const HEAD_LENGTH = 6;

/**
 * One step of the hash of a word's head: the hash so far with the character `code` added. ASCII
 * letters count in lower case, so "Thanks" and "thanks" have the same head.
 *
 * @example
 * ```ts
 * headHashStep(headHashStep(0, 0x48), 0x69) === headHashStep(headHashStep(0, 0x68), 0x69);
 * //=> true
 * ```
 */
export function headHashStep(hash: number, code: number): number {
  // Setting bit 5 makes an ASCII capital lower case and leaves digits and lower case as they are.
  return (Math.imul(hash, 31) + (code | 0x20)) | 0;
}

/** A word of a text with its UTF-16 offsets (end exclusive). */
export interface WordToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Every word of `text`, in order, with offsets. One linear scan.
 *
 * @example
 * ```ts
 * findWords('Don’t stop');
 * //=> [ { text: 'Don’t', start: 0, end: 5 }, { text: 'stop', start: 6, end: 10 } ]
 * ```
 */
export function findWords(text: string): WordToken[] {
  const { starts, ends } = findWordSpans(text);
  return Array.from(starts, (start, index) => {
    const end = ends[index] ?? start;
    return { text: text.slice(start, end), start, end };
  });
}

/** The offsets of every word of a text, as parallel lists of the same length. */
export interface WordSpans {
  readonly starts: ArrayLike<number>;
  readonly ends: ArrayLike<number>;
  /**
   * For a word of ASCII letters and digits only, the hash of its first {@link HEAD_LENGTH}
   * characters in lower case ({@link headHashStep} from 0, one step per character); 0 for any
   * other word, such as "don't", "naïve" or "follow-up". The checker's trigger-word index reads
   * these instead of the characters; a reader that needs the head of another word works it out.
   */
  readonly heads: ArrayLike<number>;
}

/**
 * The same words as {@link findWords}, as offsets only, with the head of each word. The checker
 * uses this on texts of up to a million characters, where one object and one string per word
 * would cost several times the scan itself.
 *
 * @example
 * ```ts
 * Array.from(findWordSpans('a bc').ends);
 * //=> [ 1, 4 ]
 * ```
 */
export function findWordSpans(text: string): WordSpans {
  // A typed array's buffer is allocated outside the heap, at a cost larger than the scan of a
  // short message: a short text's lists are plain arrays. A long one's are typed arrays, which
  // keep hundreds of thousands of numbers out of the garbage collector's way.
  return text.length <= MOST_SHORT_TEXT ? spansInArrays(text) : spansInTypedArrays(text);
}

// The words are found into lists kept from text to text and copied out at their final length:
// their memory follows the number of words, not the length of the text (a long run of spaces costs
// none), and a long text does not leave a trail of outgrown lists. A short text has at most some
// ten thousand words; the buffers for a long one grow by doubling.
const shortStarts: number[] = [];
const shortEnds: number[] = [];
const shortHeads: number[] = [];

function spansInArrays(text: string): WordSpans {
  const word: WordRead = { end: 0, head: 0 };
  let count = 0;
  for (let start = nextWord(text, 0, word); start >= 0; start = nextWord(text, word.end, word)) {
    shortStarts[count] = start;
    shortEnds[count] = word.end;
    shortHeads[count] = word.head;
    count++;
  }
  return { starts: shortStarts.slice(0, count), ends: shortEnds.slice(0, count), heads: shortHeads.slice(0, count) };
}

function spansInTypedArrays(text: string): WordSpans {
  let starts = longStarts;
  let ends = longEnds;
  let heads = longHeads;
  const word: WordRead = { end: 0, head: 0 };
  let count = 0;
  for (let start = nextWord(text, 0, word); start >= 0; start = nextWord(text, word.end, word)) {
    if (count === starts.length) {
      starts = grown(starts);
      ends = grown(ends);
      heads = grown(heads);
    }
    starts[count] = start;
    ends[count] = word.end;
    heads[count] = word.head;
    count++;
  }
  // Keep the buffers for the next text, unless a very long text made them large.
  if (starts.length <= MOST_KEPT_SCRATCH) {
    longStarts = starts;
    longEnds = ends;
    longHeads = heads;
  }
  return { starts: starts.slice(0, count), ends: ends.slice(0, count), heads: heads.slice(0, count) };
}

const MOST_KEPT_SCRATCH = 1 << 18;
let longStarts = new Int32Array(4096);
let longEnds = new Int32Array(4096);
let longHeads = new Int32Array(4096);

function grown(list: Int32Array): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(list.length * 2);
  larger.set(list);
  return larger;
}

/** The end and the head of a word that {@link nextWord} found. */
interface WordRead {
  end: number;
  head: number;
}

// The start of the first word at or after `from`, where the last word ended (or the text starts),
// or -1 when there is none; the word's end and head go into `word`.
function nextWord(text: string, from: number, word: WordRead): number {
  const length = text.length;
  let index = from;
  while (index < length) {
    const code = text.charCodeAt(index);
    // Spaces and punctuation of ASCII, the commonest characters between words, one at a time: most
    // gaps are one or two of them. A long gap is passed over by gapEnd.
    if (code < 128 && ASCII_WORD[code] === 0) {
      index = index - from < LONG_RUN ? index + 1 : gapEnd(text, index);
      continue;
    }
    // A word of ASCII letters and digits, the commonest word, is read here with its head; the
    // rest of a word that goes on with other letters or a joiner, by runEnd.
    let end = index;
    let head = 0;
    while (end < length) {
      const unit = text.charCodeAt(end);
      if (unit >= 128 || ASCII_WORD[unit] === 0) break;
      if (end - index < HEAD_LENGTH) head = headHashStep(head, unit);
      end++;
      if (end - index === LONG_RUN) break;
    }
    // Past the length of any ordinary word, a pattern passes over the rest of the run at once.
    if (end - index === LONG_RUN) {
      ASCII_LETTERS_FROM_HERE.lastIndex = end;
      if (ASCII_LETTERS_FROM_HERE.test(text)) end = ASCII_LETTERS_FROM_HERE.lastIndex;
    }
    const asciiEnd = end;
    if (end < length && text.charCodeAt(end) >= 128) end = runEnd(text, end);
    if (end === index) {
      index = gapEnd(text, index);
      continue;
    }
    while (end < length && isJoiner(text.charCodeAt(end))) {
      const joined = runEnd(text, end + 1);
      if (joined === end + 1) break;
      end = joined;
    }
    word.end = end;
    word.head = end === asciiEnd ? head : 0;
    return index;
  }
  return -1;
}

// Where the stretch between words that starts at `index` (where no word starts) ends. Spaces and
// marks of ASCII are passed over here, a few at a time; anything else, and a long stretch, with a
// pattern that passes over the rest of the stretch at once, surrogate pairs whole: one step per
// character would cost far more on a long run of spaces, punctuation or symbols.
function gapEnd(text: string, index: number): number {
  for (let at = index; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 128 && ASCII_WORD[code] === 1) return at;
    if (code >= 128 || at - index === LONG_RUN) {
      NOT_LETTERS_FROM_HERE.lastIndex = at;
      // A failed test leaves lastIndex at 0: then a word starts at `at`.
      const passed = NOT_LETTERS_FROM_HERE.test(text) ? NOT_LETTERS_FROM_HERE.lastIndex : at;
      return Math.max(index + 1, passed);
    }
  }
  return text.length;
}

/**
 * How many words `text` has. The single definition shared by the checker and the scripts.
 *
 * @example
 * ```ts
 * countWords("It's a follow-up.");
 * //=> 3
 * ```
 */
export function countWords(text: string): number {
  // Counted as findWordSpans finds them, without keeping their offsets.
  const word: WordRead = { end: 0, head: 0 };
  let count = 0;
  for (let start = nextWord(text, 0, word); start >= 0; start = nextWord(text, word.end, word)) count++;
  return count;
}

/**
 * Seconds to say `words` words at 150 words a minute, rounded up.
 *
 * @example
 * ```ts
 * speakingSeconds(150);
 * //=> 60
 * ```
 */
export function speakingSeconds(words: number): number {
  return Math.ceil((words * 60) / 150);
}
