/**
 * How many characters the regex engine is handed while `run` runs, counted through
 * RegExp.prototype.exec (which test, match, matchAll, replace, split and search all go through
 * once it is replaced): from where each search starts to the end of its match, or to the end of
 * the string when nothing matches. Unlike a stopwatch it does not depend on the machine's load, so
 * it shows work that grows faster than the text: a rule that rescans the whole sentence for every
 * match hands the engine a multiple of the text that grows with the text's length.
 * Backtracking inside one search is not counted; the regexp lint rules guard against that.
 *
 * @example
 * ```ts
 * regexWork(() => /b/.test('aab'));
 * //=> 3
 * ```
 */
export function regexWork(run: () => void): number {
  let scanned = 0;
  const descriptor = Object.getOwnPropertyDescriptor(RegExp.prototype, 'exec');
  const exec = descriptor?.value as (this: RegExp, text: string) => RegExpExecArray | null;
  RegExp.prototype.exec = function counted(this: RegExp, text: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const found = exec.call(this, text);
    if (this.sticky) scanned += found ? found[0].length : 1;
    else scanned += found ? found.index + found[0].length - from : text.length - from;
    return found;
  };
  try {
    run();
  } finally {
    if (descriptor) Object.defineProperty(RegExp.prototype, 'exec', descriptor);
  }
  return scanned;
}
