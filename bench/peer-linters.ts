import { text as alexText } from 'alex';
import writeGood from 'write-good';

// The prose linters a developer might pick instead of checkMessage, called the way their READMEs
// show, with their default settings. Each returns how many problems it found, so the benchmark
// consumes the result and the sanity test can see that the linter really ran.

/**
 * write-good's suggestions for `text` (passive voice, weasel words, wordiness, cliches...).
 *
 * @example
 * ```ts
 * writeGoodFindings('So there is a very simple thing.');
 * //=> 2
 * ```
 */
export function writeGoodFindings(text: string): number {
  return writeGood(text).length;
}

/**
 * alex's warnings for `text` read as plain text (insensitive or inconsiderate wording).
 *
 * @example
 * ```ts
 * alexFindings('The chairman will call you.');
 * //=> 1
 * ```
 */
export function alexFindings(text: string): number {
  return alexText(text).messages.length;
}
