import { describe, expect, it } from 'vitest';
import { LEAD_KEY_LENGTH, leadKeysOf } from '../../src/check/pattern-leads.js';

function keysOf(pattern: RegExp): string[] | undefined {
  const keys = leadKeysOf(pattern);
  return keys === undefined ? undefined : [...keys].sort();
}

// The words a match can begin with, cut to LEAD_KEY_LENGTH characters, read from the pattern.
const LISTED: readonly { readonly pattern: RegExp; readonly keys: readonly string[]; readonly why: string }[] = [
  { pattern: /\bthanks?\b/g, keys: ['thank', 'thanks'], why: 'an optional letter gives two words' },
  { pattern: /\bi\s+am\b|\bi'm\b/g, keys: ['i am', 'i m'], why: 'a space or an apostrophe ends the first word' },
  { pattern: /\binterviewing\b/g, keys: ['interv'], why: 'a long word is cut to its first characters' },
  { pattern: /\bdisorgani[sz]ed\b/g, keys: ['disorg'], why: 'a class past the cut does not matter' },
  { pattern: /\b[a-c]x\b/g, keys: ['ax', 'bx', 'cx'], why: 'a class of letters gives one word per letter' },
  { pattern: /\bo(?:h|ne)\b/g, keys: ['oh', 'one'], why: 'a group of endings gives one word per ending' },
  { pattern: /\bsingle-?handedly\b/g, keys: ['single'], why: 'both spellings share their first characters' },
  { pattern: /\bx(?!z)[yz]\b/g, keys: ['xy', 'xz'], why: 'a lookahead only narrows the match, and is not read' },
  { pattern: /\b\u0061b\b/g, keys: ['ab'], why: 'an escaped letter is a letter' },
  { pattern: /\btop\s+(?:\d|ten)\s*%/g, keys: ['top'], why: 'a second word that may begin with any digit is not listed' },
  { pattern: /\bthanks/g, keys: ['thanks'], why: 'a match that reaches the cut needs no end' },
  { pattern: /\bno(?:\s+one|-one)\b|\bnobody\b/g, keys: ['no one', 'nobody'], why: 'a hyphen ends a word' },
  { pattern: /\bi\s+(?:really\s+)?(?:need|want)\b/g, keys: ['i need', 'i really', 'i want'], why: 'the second word is the next one' },
  { pattern: /\btaking\s+so\s+long\b/g, keys: ['taking so'], why: 'a first word past the cut still has a second' },
  { pattern: /\bi\b(?:\s+need)?/g, keys: ['i'], why: 'a match that may end after its first word keeps that word alone' },
  { pattern: /\bi\s+need|\bi\b/g, keys: ['i'], why: 'a pair whose first word is a key of its own is left out' },
  { pattern: /\bhow\s+\w+\s+you\b/g, keys: ['how'], why: 'any word at all as the second word: the first word alone' },
  { pattern: /\bi\s+ne/g, keys: ['i'], why: 'a match that may end inside its second word keeps the first word alone' },
  { pattern: /\bi\s+(?:extraordinarily|a)\b/g, keys: ['i a', 'i extrao'], why: 'the second word is cut too' },
  { pattern: /\bi\s+[a-c]x\b/g, keys: ['i ax', 'i bx', 'i cx'], why: 'a small class gives one second word per letter' },
  { pattern: /\binterviewing_notes\s+now\b/g, keys: ['interv'], why: 'an underscore joins words that the index keeps apart' },
  { pattern: /\bi\s+a_b\b/g, keys: ['i'], why: 'nor is a second word with an underscore listed' },
];

// No answer: the caller scans the whole text with the pattern instead.
const UNLISTED: readonly { readonly pattern: RegExp; readonly why: string }[] = [
  { pattern: /(?:\bnot|n't)\s+fair/g, why: "a match may begin inside a word (n't)" },
  { pattern: /!{3,}/g, why: 'a match begins with punctuation' },
  { pattern: /thanks\b/g, why: 'without \\b a match may begin inside a word' },
  { pattern: /\bthank/g, why: 'a match may end inside its first word before the cut' },
  { pattern: /\b\w+\b/g, why: 'any word at all: too many to list' },
  { pattern: /\b(a)\1\b/g, why: 'a back reference' },
  { pattern: /\bthank\b/gi, why: 'the i flag: upper-case letters match too' },
  { pattern: /\bthank\b/gy, why: 'the y flag: a sticky pattern does not scan the text' },
  { pattern: /\b\p{Lu}{2}/gu, why: 'a letter outside ASCII is not a \\w character' },
  { pattern: /^thanks\b/g, why: 'an anchor, not \\b, marks the start' },
  { pattern: /\b(?:thanks)?\b/g, why: 'a match may be empty' },
];

describe('leadKeysOf lists the words a match can begin with', () => {
  for (const row of LISTED) {
    it(`${String(row.pattern)}: ${row.keys.join(', ')} (${row.why})`, () => {
      expect(keysOf(row.pattern)).toEqual(row.keys);
    });
  }
});

describe('leadKeysOf gives no answer', () => {
  for (const row of UNLISTED) {
    it(`${String(row.pattern)}: ${row.why}`, () => {
      expect(leadKeysOf(row.pattern)).toBeUndefined();
    });
  }
});

describe('LEAD_KEY_LENGTH', () => {
  it('cuts every key to at most that many characters', () => {
    const keys = keysOf(/\b(?:extraordinarily|unprecedented|a)\b/g) ?? [];
    expect(keys).toEqual(['a', 'extrao', 'unprec']);
    expect(Math.max(...keys.map((key) => key.length))).toBe(LEAD_KEY_LENGTH);
  });
});
