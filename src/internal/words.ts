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

/** Every word of `text`, in order, with offsets. One linear scan. */
export function findWords(text: string): WordToken[] {
  const words: WordToken[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    words.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/** How many words `text` has. The single definition shared by the checker and the scripts. */
export function countWords(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) count++;
  return count;
}

/** Seconds to say `words` words at 150 words a minute, rounded up. */
export function speakingSeconds(words: number): number {
  return Math.ceil((words * 60) / 150);
}
