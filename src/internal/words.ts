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

/** The offsets of every word of a text, as two parallel lists of the same length. */
export interface WordSpans {
  readonly starts: ArrayLike<number>;
  readonly ends: ArrayLike<number>;
}

/**
 * The same words as {@link findWords}, as offsets only. The checker uses this on texts of up to a
 * million characters, where one object and one string per word, or plain arrays grown one number
 * at a time, would cost several times the scan itself.
 *
 * @example
 * ```ts
 * Array.from(findWordSpans('a bc').ends);
 * //=> [ 1, 4 ]
 * ```
 */
export function findWordSpans(text: string): WordSpans {
  // A typed array's buffer is allocated outside the heap, at a cost larger than the scan of a
  // short message; on a long text, plain arrays grown one number at a time cost far more.
  return text.length <= MOST_SHORT_TEXT ? spansInArrays(text) : spansInTypedArray(text);
}

function spansInArrays(text: string): WordSpans {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let index = 0; index < text.length; ) {
    const end = wordEnd(text, index);
    if (end === index) {
      index = gapEnd(text, index);
      continue;
    }
    starts.push(index);
    ends.push(end);
    index = end;
  }
  return { starts, ends };
}

// One buffer for both lists, starts in the first half and ends in the second.
function spansInTypedArray(text: string): WordSpans {
  // English averages under six characters a word with its space, so most texts need no regrowth.
  let capacity = Math.ceil(text.length / 5) + 16;
  let offsets = new Int32Array(capacity * 2);
  let count = 0;
  for (let index = 0; index < text.length; ) {
    const end = wordEnd(text, index);
    if (end === index) {
      index = gapEnd(text, index);
      continue;
    }
    if (count === capacity) {
      const grown = new Int32Array(capacity * 4);
      grown.set(offsets.subarray(0, capacity));
      grown.set(offsets.subarray(capacity), capacity * 2);
      capacity *= 2;
      offsets = grown;
    }
    offsets[count] = index;
    offsets[capacity + count] = end;
    count++;
    index = end;
  }
  return { starts: offsets.subarray(0, count), ends: offsets.subarray(capacity, capacity + count) };
}

// Where the word that starts at `index` ends, joiners and all; `index` when no word starts there.
function wordEnd(text: string, index: number): number {
  // Spaces and punctuation, the commonest case, first.
  const code = text.charCodeAt(index);
  if (code < 128 && ASCII_WORD[code] === 0) return index;
  let end = runEnd(text, index);
  if (end === index) return index;
  while (end < text.length && isJoiner(text.charCodeAt(end))) {
    const joined = runEnd(text, end + 1);
    if (joined === end + 1) break;
    end = joined;
  }
  return end;
}

// Where the stretch between words that starts at `index` (where no word starts) ends. A space or
// a mark of ASCII is passed over here; anything else with a pattern that passes over the whole
// stretch at once, surrogate pairs whole, since one call per character would cost far more on a
// text of punctuation or symbols.
function gapEnd(text: string, index: number): number {
  if (text.charCodeAt(index) < 128) return index + 1;
  NOT_LETTERS_FROM_HERE.lastIndex = index;
  NOT_LETTERS_FROM_HERE.test(text);
  return Math.max(index + 1, NOT_LETTERS_FROM_HERE.lastIndex);
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
  return findWordSpans(text).starts.length;
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
