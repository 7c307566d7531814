// A fact typed by a person may already end a sentence ("Acme Inc.", "Yahoo!"); adding our own
// full stop after it would print "Acme Inc..".
const TERMINAL_PUNCTUATION = /[.!?…]$/u;

/**
 * Ends a sentence that finishes with a fact: adds a full stop unless the text already ends with
 * `.`, `!`, `?` or `…`. The fact itself is left exactly as typed.
 *
 * @example
 * ```ts
 * closeSentence('I am still interested in joining Acme Inc.');
 * //=> 'I am still interested in joining Acme Inc.'
 * closeSentence('This is Ana Silva');
 * //=> 'This is Ana Silva.'
 * ```
 */
export function closeSentence(text: string): string {
  return TERMINAL_PUNCTUATION.test(text) ? text : `${text}.`;
}
