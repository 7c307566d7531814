import { describe, expect, it } from 'vitest';
import { checkMessage, type Channel } from '../../src/index.js';
import { WORD_BUDGETS } from '../../src/rules/too-long.js';

function words(count: number): string {
  return Array.from({ length: count }, (_, index) => (index % 10 === 9 ? 'word.' : 'word')).join(' ');
}

function tooLong(text: string, channel: Channel) {
  return checkMessage({ text, channel }).diagnostics.filter((diagnostic) => diagnostic.ruleId === 'too-long');
}

describe('too-long', () => {
  const budgets: [Channel, number][] = [
    ['voicemail', 90],
    ['phone', 150],
    ['linkedin', 120],
    ['handwritten-note', 150],
    ['email', 250],
  ];
  for (const [channel, budget] of budgets) {
    it(`allows ${String(budget)} words on ${channel}`, () => {
      expect(WORD_BUDGETS[channel]).toBe(budget);
      expect(tooLong(words(budget), channel)).toEqual([]);
    });
    it(`reports ${String(budget + 1)} words on ${channel}, with no span`, () => {
      const [finding] = tooLong(words(budget + 1), channel);
      expect(finding?.message).toContain(`At ${String(budget + 1)} words`);
      expect(finding?.message).toContain(`at most ${String(budget)}`);
      expect(finding?.start).toBeUndefined();
      expect(finding?.line).toBeUndefined();
    });
  }

  it('counts "follow-up", "don’t" and "2026" as one word each, as the scripts do', () => {
    const text = `${words(87)} follow-up don’t 2026`;
    expect(checkMessage({ text, channel: 'voicemail' }).stats.words).toBe(90);
    expect(tooLong(text, 'voicemail')).toEqual([]);
  });
});
