import { describe, expect, it } from 'vitest';
import { buildTextModel, isQuoted, isWhiteSpace, sentenceAt } from '../../src/check/text-model.js';
import { countWords, findWordSpans, findWords, HEAD_LENGTH, headHashStep, speakingSeconds } from '../../src/internal/words.js';

function sentencesOf(text: string): string[] {
  return buildTextModel(text).sentences.map((sentence) => text.slice(sentence.start, sentence.end));
}

describe('the shared tokenizer', () => {
  it('keeps apostrophes, hyphens and digits inside words', () => {
    expect(findWords('Don’t follow-up in 2026, naïve café!').map((word) => word.text)).toEqual([
      'Don’t',
      'follow-up',
      'in',
      '2026',
      'naïve',
      'café',
    ]);
  });

  it('gives the same words as offsets only, and the same count', () => {
    const text = 'Hi Jordan — it’s Ana. 555-014-2000; ana@example.com';
    const spans = findWordSpans(text);
    expect(Array.from(spans.starts, (start, index) => text.slice(start, spans.ends[index]))).toEqual(findWords(text).map((w) => w.text));
    expect(countWords(text)).toBe(findWords(text).length);
  });

  it('says 150 words take 60 seconds', () => {
    expect(speakingSeconds(150)).toBe(60);
    expect(speakingSeconds(1)).toBe(1);
  });
});

describe('isWhiteSpace', () => {
  it('agrees with \\s on every code unit', () => {
    const disagreements: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhiteSpace(code) !== /\s/u.test(String.fromCharCode(code))) disagreements.push(code);
    }
    expect(disagreements).toEqual([]);
  });
});

describe('buildTextModel', () => {
  it('leaves out a long run of white space at the end of a text, and nothing else', () => {
    const model = buildTextModel(`Thanks, Ana.${' \t\n'.repeat(10_000)}`);
    expect(model.text.length).toBe(12 + 256);
    expect(model.lower.length).toBe(model.text.length);
    expect(sentencesOf('Thanks, Ana.')).toEqual(['Thanks, Ana.']);
    expect(model.sentences.map((s) => [s.start, s.end])).toEqual([[0, 12]]);
    expect(buildTextModel(`Thanks.${' '.repeat(200)}`).text.length).toBe(207);
  });


  it('splits sentences at closing punctuation and marks questions', () => {
    const model = buildTextModel('Hi Sam. Any news? Thanks!');
    expect(model.sentences.map((s) => s.question)).toEqual([false, true, false]);
    expect(sentencesOf('Hi Sam. Any news? Thanks!')).toEqual(['Hi Sam.', 'Any news?', 'Thanks!']);
  });

  it('does not split after titles, initials or inside numbers and addresses', () => {
    expect(sentencesOf('I met Mr. Lee and J. Smith at 9.30 today. Write to ana@example.com please.')).toEqual([
      'I met Mr. Lee and J. Smith at 9.30 today.',
      'Write to ana@example.com please.',
    ]);
  });

  it('ends a sentence at a line break before a capital or a blank line, not at a hard wrap', () => {
    expect(sentencesOf('Dear Jordan,\nThank you for the\ninterview.\n\nbest,\nAna')).toEqual([
      'Dear Jordan',
      'Thank you for the\ninterview.',
      'best',
      'Ana',
    ]);
  });

  it('keeps a lower-case copy of the same length with straight apostrophes', () => {
    for (const text of ['I’M ANA', 'İstanbul İİ', 'ΣΊΣΥΦΟΣ’', '“Quoted”']) {
      const model = buildTextModel(text);
      expect(model.lower.length).toBe(text.length);
    }
    expect(buildTextModel('I’M “ANA”').lower).toBe(`i'm "ana"`);
  });

  it('finds placeholders in square, curly and angle brackets', () => {
    const model = buildTextModel('This is [Your Name], call {{phone}} or <your email>. [] [1] [a\nb]');
    expect(model.placeholders.map((p) => p.label)).toEqual(['your name', 'phone', 'your email']);
  });

  it('finds quoted speech with straight and curly quotes', () => {
    const text = 'She said "why so long?" and “did I get it?” twice.';
    const model = buildTextModel(text);
    expect(isQuoted(model, text.indexOf('why'))).toBe(true);
    expect(isQuoted(model, text.indexOf('did'))).toBe(true);
    expect(isQuoted(model, text.indexOf('twice'))).toBe(false);
  });

  it('finds the sentence that holds an offset', () => {
    const text = 'One. Two three. Four?';
    const model = buildTextModel(text);
    expect(text.slice(sentenceAt(model, text.indexOf('three'))!.start, sentenceAt(model, text.indexOf('three'))!.end)).toBe('Two three.');
  });

  it('handles empty and word-less text', () => {
    expect(buildTextModel('').sentences).toEqual([]);
    expect(buildTextModel(' \n!!! ...').wordStarts.length).toBe(0);
  });
});

// The definition of a word, as a pattern: letters, digits and marks, joined inside the word by an
// apostrophe or a hyphen. The tokenizer finds the same words without it.
const WORD_DEFINITION = /[\p{L}\p{N}\p{M}]+(?:['’\-‐][\p{L}\p{N}\p{M}]+)*/gu;

describe('findWordSpans', () => {
  it('finds the same words as findWords on any text, however many there are', async () => {
    const fc = (await import('fast-check')).default;
    const pieces = fc.constantFrom("'", '’', '-', '‐', ' ', 'a', 'É', '\u0301', '9', '𝐀', '\ud800', '\udc00', '😀', '中', 'ß', '--', "''", 'word ');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 400 }), (parts) => {
        const text = parts.join('');
        const expected = findWords(text).map((word) => [word.start, word.end]);
        const { starts, ends } = findWordSpans(text);
        expect(Array.from(starts, (start, index) => [start, ends[index]])).toEqual(expected);
        expect(countWords(text)).toBe(expected.length);
      }),
      { numRuns: 300 },
    );
  });

  it('finds exactly the words of the definition pattern, on any text', async () => {
    const fc = (await import('fast-check')).default;
    const pieces = fc.constantFrom("'", '’', '-', '‐', ' ', '_', 'a', 'Z', 'É', 'ï', '\u0301', '9', '٣', '𝐀', '\ud835', '\udc00', '😀', '中', 'ß', 'İ', '\n');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 3 }), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const expected = Array.from(text.matchAll(WORD_DEFINITION), (match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
        expect(findWords(text)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives each word of ASCII letters and digits the hash of its first characters in lower case, and any other word 0', async () => {
    const fc = (await import('fast-check')).default;
    const hashOf = (word: string): number => {
      let hash = 0;
      for (const unit of word.slice(0, HEAD_LENGTH).toLowerCase()) hash = headHashStep(hash, unit.charCodeAt(0));
      return hash;
    };
    const pieces = fc.constantFrom("'", '’', '-', ' ', '_', 'a', 'Z', 'É', 'ï', '\u0301', '9', 'İ', '\u212a', 'Thanks', 'INTERVIEWING', 'x'.repeat(30), '\n');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const { starts, ends, heads } = findWordSpans(text);
        Array.from(starts, (start, index) => {
          const word = text.slice(start, ends[index]);
          expect(heads[index]).toBe(/^[\dA-Za-z]+$/u.test(word) ? hashOf(word) : 0);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('finds a word that starts with a letter outside ASCII after a long gap', () => {
    for (const gap of [' '.repeat(23), ' '.repeat(24), ' '.repeat(25), ' .'.repeat(40), ' —'.repeat(30)]) {
      const text = `a${gap}école${gap}Ünal 9`;
      const { starts, ends } = findWordSpans(text);
      expect(Array.from(starts, (start, index) => text.slice(start, ends[index]))).toEqual(['a', 'école', 'Ünal', '9']);
    }
  });

  it('gives "Thanks" and "thanks" the same head, and "thanksgiving" that of "thanks"', () => {
    const { heads } = findWordSpans('Thanks thanks thanksgiving follow-up');
    expect(heads[0]).toBe(heads[1]);
    expect(heads[2]).toBe(heads[1]);
    expect(heads[3]).toBe(0);
  });

  it('grows its lists for a long text of words shorter than the estimate', () => {
    const text = 'a '.repeat(15_000);
    const { starts, ends } = findWordSpans(text);
    expect(starts.length).toBe(15_000);
    expect([starts[0], ends[0], starts[14_999], ends[14_999]]).toEqual([0, 1, 29_998, 29_999]);
    expect(findWords(text.slice(0, 20)).length).toBe(10);
  });

  it('finds the words of a long text with long runs of spaces and marks between them, text after text', () => {
    const long = (gap: string) => `Don’t${gap}stop, naïve${gap}follow-up 2026 `.repeat(2_000);
    const texts = [long(' '.repeat(30)), long(' — '.repeat(20)), long('\t'), long(' _ '.repeat(40))];
    const found = texts.map((text) => findWordSpans(text));
    // Later texts reuse the buffers of earlier ones: what an earlier call returned must not change.
    texts.forEach((text, index) => {
      const { starts, ends } = found[index] ?? findWordSpans('');
      const expected = Array.from(text.matchAll(WORD_DEFINITION), (match) => [match.index, match.index + match[0].length]);
      expect(Array.from(starts, (start, at) => [start, ends[at]])).toEqual(expected);
    });
  });

  it('gives the same words on either side of the length where it changes lists', () => {
    for (const length of [19_990, 20_000, 20_010]) {
      const text = 'Don’t stop, naïve follow-up 2026 '.repeat(700).slice(0, length);
      const { starts, ends } = findWordSpans(text);
      const expected = Array.from(text.matchAll(WORD_DEFINITION), (match) => [match.index, match.index + match[0].length]);
      expect(Array.from(starts, (start, index) => [start, ends[index]])).toEqual(expected);
    }
  });
});
