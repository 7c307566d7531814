// What the CLI writes on standard error is one line per problem, and often holds text the user
// gave: an argument, a file name, a JSON.parse message quoting the --input file. A line break in
// that text would split the line, and ESC, C1 controls or bidirectional overrides would reach the
// terminal, which acts on them (a crafted input file could send escape sequences). So such
// characters are written as escapes, the way JSON and JavaScript write them.

/** Bidirectional formatting characters, which reorder how the rest of the line is shown. */
function isBidiControl(unit: number): boolean {
  return unit === 0x061c || unit === 0x200e || unit === 0x200f || (unit >= 0x202a && unit <= 0x202e) || (unit >= 0x2066 && unit <= 0x2069);
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

const SHORT_ESCAPES: Readonly<Record<number, string>> = { 0x08: '\\b', 0x09: '\\t', 0x0a: '\\n', 0x0c: '\\f', 0x0d: '\\r' };

function unicodeEscape(unit: number): string {
  return `\\u${unit.toString(16).padStart(4, '0')}`;
}

/**
 * `text` with every character a terminal would act on, or that would break the line, written as
 * an escape: C0 controls (`\n`, `\t`, `\u001b`...), DEL and C1 controls, the line and paragraph
 * separators U+2028/U+2029, bidirectional controls, and lone surrogates. Everything else,
 * including emoji and right-to-left letters, is left as it is. One pass over the text.
 *
 * @example
 * ```ts
 * escapeForTerminal('a\nb \u001b[31mred\u001b[0m');
 * //=> 'a\\nb \\u001b[31mred\\u001b[0m'
 * ```
 */
export function escapeForTerminal(text: string): string {
  let out = '';
  let plainFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (isHighSurrogate(unit) && isLowSurrogate(text.charCodeAt(i + 1))) {
      i++; // a whole pair: an emoji or another character beyond the first plane
      continue;
    }
    const unsafe =
      unit < 0x20 ||
      (unit >= 0x7f && unit <= 0x9f) ||
      unit === 0x2028 ||
      unit === 0x2029 ||
      isBidiControl(unit) ||
      isHighSurrogate(unit) ||
      isLowSurrogate(unit);
    if (!unsafe) continue;
    out += text.slice(plainFrom, i) + (SHORT_ESCAPES[unit] ?? unicodeEscape(unit));
    plainFrom = i + 1;
  }
  return out + text.slice(plainFrom);
}

/**
 * `text` in double quotes, safe for a one-line message: quotes and backslashes escaped as in
 * JSON, and every character {@link escapeForTerminal} escapes written as an escape too. Plain
 * text reads as JSON would show it: `"windw"`.
 *
 * @example
 * ```ts
 * quoteForTerminal('a "b"\nc');
 * //=> '"a \\"b\\"\\nc"'
 * ```
 */
export function quoteForTerminal(text: string): string {
  // JSON.stringify escapes quotes, backslashes, C0 controls and lone surrogates; the rest
  // (DEL, C1, U+2028/U+2029, bidirectional controls) is left to escapeForTerminal.
  return escapeForTerminal(JSON.stringify(text));
}
