import { describe, expect, it } from 'vitest';
import { closeSentence } from '../../src/script/close-sentence.js';

describe('closeSentence', () => {
  it.each([
    ['adds a full stop to a plain ending', 'This is Ana Silva', 'This is Ana Silva.'],
    ['keeps the stop of an abbreviation', 'I interviewed at Acme Inc.', 'I interviewed at Acme Inc.'],
    ['keeps a question mark', 'Is this Jordan Lee?', 'Is this Jordan Lee?'],
    ['keeps an exclamation mark that is part of a name', 'I enjoyed meeting the team at Yahoo!', 'I enjoyed meeting the team at Yahoo!'],
    ['keeps an ellipsis character', 'We talked about the plan…', 'We talked about the plan…'],
    ['adds a stop after a closing bracket', 'the Site Reliability Engineer (SRE)', 'the Site Reliability Engineer (SRE).'],
    ['adds a stop after a number', 'My number is +1 555 0100', 'My number is +1 555 0100.'],
    ['turns nothing into a lone stop', '', '.'],
  ])('%s', (_label, text, expected) => {
    expect(closeSentence(text)).toBe(expected);
  });
});
