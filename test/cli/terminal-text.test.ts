import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeForTerminal, quoteForTerminal } from '../../src/cli/terminal-text.js';

// Characters a terminal acts on or that break a line: C0, DEL, C1, U+2028/U+2029, the
// bidirectional controls, and (checked apart) lone surrogates.
// eslint-disable-next-line no-control-regex -- the control characters are what this looks for
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('escapeForTerminal', () => {
  it.each([
    ['a line feed', 'a\nb', 'a\\nb'],
    ['a carriage return and a tab', 'a\r\tb', 'a\\r\\tb'],
    ['ESC starting a colour sequence', '\u001b[31mred', '\\u001b[31mred'],
    ['NUL', 'a\u0000b', 'a\\u0000b'],
    ['DEL', 'a\u007fb', 'a\\u007fb'],
    ['a C1 control (CSI)', 'a\u009b2Jb', 'a\\u009b2Jb'],
    ['the line separator', 'a\u2028b', 'a\\u2028b'],
    ['a right-to-left override', 'abc\u202edcba', 'abc\\u202edcba'],
    ['a lone high surrogate', 'a\uD800b', 'a\\ud800b'],
    ['a lone low surrogate at the end', 'a\uDC00', 'a\\udc00'],
    ['a high surrogate before another high one', '\uD83D\uD83D\uDE00', '\\ud83d\uD83D\uDE00'],
  ])('escapes %s', (_what, text, escaped) => {
    expect(escapeForTerminal(text)).toBe(escaped);
  });

  it.each([
    ['plain ASCII', 'unknown command "windw"'],
    ['an emoji (a surrogate pair)', 'Zoë 😀'],
    ['right-to-left letters', 'שלום مرحبا'],
    ['a backslash', 'C:\\temp'],
  ])('leaves %s as it is', (_what, text) => {
    expect(escapeForTerminal(text)).toBe(text);
  });

  it('leaves no unsafe character in any text, and changes nothing that is safe', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const escaped = escapeForTerminal(text);
        expect(UNSAFE.test(escaped)).toBe(false);
        expect(escaped.isWellFormed()).toBe(true);
        if (!UNSAFE.test(text) && text.isWellFormed()) expect(escaped).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('quoteForTerminal', () => {
  it.each([
    ['plain text, as JSON shows it', 'windw', '"windw"'],
    ['quotes and backslashes, as JSON escapes them', 'a "b" \\ c', '"a \\"b\\" \\\\ c"'],
    ['a line break and ESC', 'a\n\u001b', '"a\\n\\u001b"'],
    ['a C1 control, which JSON leaves raw', '\u0085', '"\\u0085"'],
    ['a lone surrogate', '\uDFFF', '"\\udfff"'],
  ])('quotes %s', (_what, text, quoted) => {
    expect(quoteForTerminal(text)).toBe(quoted);
  });

  it('leaves nothing unsafe and reads back as the same text with JSON.parse', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const quoted = quoteForTerminal(text);
        expect(UNSAFE.test(quoted)).toBe(false);
        // JSON.parse reads the \u escapes back, so nothing is lost, only written safely.
        expect(JSON.parse(quoted)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});
