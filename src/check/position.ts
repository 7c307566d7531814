import { lastAtOrBefore } from './text-model.js';

/** Turns UTF-16 offsets into 1-based lines and columns. Line breaks: LF, CRLF, CR, U+2028, U+2029. */
export class LineIndex {
  readonly #lineStarts: number[] = [0];

  constructor(text: string) {
    // Most texts break lines with LF alone, which indexOf finds faster than a pattern does.
    if (!text.includes('\r') && !text.includes('\u2028') && !text.includes('\u2029')) {
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.#lineStarts.push(at + 1);
      return;
    }
    const breaks = /\r\n?|[\n\u2028\u2029]/gu;
    for (let hit = breaks.exec(text); hit !== null; hit = breaks.exec(text)) {
      this.#lineStarts.push(hit.index + hit[0].length);
    }
  }

  /** The 1-based line and column (in UTF-16 code units) of `offset`. */
  positionOf(offset: number): { line: number; column: number } {
    const line = Math.max(0, lastAtOrBefore(this.#lineStarts, offset));
    return { line: line + 1, column: offset - (this.#lineStarts[line] ?? 0) + 1 };
  }
}
