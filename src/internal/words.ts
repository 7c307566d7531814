// A word is a run of letters, digits and combining marks, optionally joined by an apostrophe
// (straight or curly) or a hyphen inside it: "don't", "follow-up", "naïve", "2026". Linear: each
// repetition must consume a letter, digit or mark, so there is no backtracking blow-up.
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-‐][\p{L}\p{N}\p{M}]+)*/gu;

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
  const words: WordToken[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    words.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/** The offsets of every word of a text, as two parallel lists of the same length. */
export interface WordSpans {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
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
  let capacity = 64;
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let count = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    if (count === capacity) {
      capacity *= 2;
      const grownStarts = new Int32Array(capacity);
      grownStarts.set(starts);
      starts = grownStarts;
      const grownEnds = new Int32Array(capacity);
      grownEnds.set(ends);
      ends = grownEnds;
    }
    starts[count] = match.index;
    ends[count] = WORD.lastIndex;
    count++;
  }
  return { starts: starts.subarray(0, count), ends: ends.subarray(0, count) };
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
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) count++;
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
