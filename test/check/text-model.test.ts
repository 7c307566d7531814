import { describe, expect, it } from 'vitest';
import { buildTextModel, isQuoted, isWhiteSpace, sentenceAt } from '../../src/check/text-model.js';
import { countWords, findWordSpans, findWords, speakingSeconds } from '../../src/internal/words.js';

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

  it('grows its lists for a long text of words shorter than the estimate', () => {
    const text = 'a '.repeat(15_000);
    const { starts, ends } = findWordSpans(text);
    expect(starts.length).toBe(15_000);
    expect([starts[0], ends[0], starts[14_999], ends[14_999]]).toEqual([0, 1, 29_998, 29_999]);
    expect(findWords(text.slice(0, 20)).length).toBe(10);
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
