import { describe, expect, it } from 'vitest';
import { buildTextModel, isQuoted, sentenceAt } from '../../src/check/text-model.js';
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
});
