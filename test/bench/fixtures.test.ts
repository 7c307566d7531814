import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/internal/words.js';
import { InvalidInputError, checkMessage } from '../../src/index.js';
import { alexFindings, writeGoodFindings } from '../../bench/peer-linters.js';
import {
  ADVERSARIAL_INPUTS,
  FOLLOW_UP_EMAIL,
  MESSAGE_POOL,
  ONE_MB_TEXT,
  TEN_KB_TEXT,
  messagesOfLength,
} from '../../bench/fixtures/texts.js';

// The benchmark's figures are only as good as its inputs: these tests pin what each text is.

describe('the benchmark texts', () => {
  it('the follow-up email has about 120 words and passes checkMessage with no finding', () => {
    expect(countWords(FOLLOW_UP_EMAIL)).toBe(121);
    expect(checkMessage({ text: FOLLOW_UP_EMAIL }).diagnostics).toEqual([]);
  });

  it('the 10 KB text is 10,000 UTF-16 units cut from the message pool', () => {
    expect(TEN_KB_TEXT.length).toBe(10_000);
    expect(TEN_KB_TEXT.startsWith(`${MESSAGE_POOL[0] ?? ''}\n\n${MESSAGE_POOL[1] ?? ''}`)).toBe(true);
  });

  it('the 1 MB text is exactly the longest text checkMessage accepts', () => {
    expect(ONE_MB_TEXT.length).toBe(1_000_000);
    expect(() => checkMessage({ text: `${ONE_MB_TEXT}x` })).toThrow(InvalidInputError);
  });

  it('the long texts carry the mistakes of the flawed messages, so rules fire while they are timed', () => {
    const ruleIds = new Set(checkMessage({ text: TEN_KB_TEXT }).diagnostics.map((diagnostic) => diagnostic.ruleId));
    expect([...ruleIds]).toEqual(expect.arrayContaining(['asks-for-decision', 'questions-delay', 'pushy', 'brags', 'complains']));
  });

  it('messagesOfLength gives a text of exactly the length asked for', () => {
    expect([1, 999, 4_321].map((length) => messagesOfLength(length).length)).toEqual([1, 999, 4_321]);
  });

  for (const input of ADVERSARIAL_INPUTS) {
    it(`the adversarial input ${input.id} has exactly the length asked for at both benchmark lengths`, () => {
      expect([5_000, 40_000].map((length) => input.build(length).length)).toEqual([5_000, 40_000]);
    });
  }

  it('the whitespace input is one sentence followed by nothing but spaces and tabs', () => {
    const text = ADVERSARIAL_INPUTS.find((input) => input.id === 'whitespace-run')?.build(200) ?? '';
    expect(text.slice(0, 28)).toBe('Thank you for the interview.');
    expect(/^[ \t]+$/.test(text.slice(28))).toBe(true);
  });

  it('the no-sentence-end input has no punctuation and no line break', () => {
    const text = ADVERSARIAL_INPUTS.find((input) => input.id === 'no-sentence-end')?.build(5_000) ?? '';
    expect(/[.!?\n]/.test(text)).toBe(false);
  });
});

describe('the peer linters as the benchmark calls them', () => {
  it('write-good reports its own findings on a wordy sentence', () => {
    expect(writeGoodFindings('So there is a very simple thing.')).toBe(2);
  });

  it('alex reports a gendered word', () => {
    expect(alexFindings('The chairman will call you.')).toBe(1);
  });
});
