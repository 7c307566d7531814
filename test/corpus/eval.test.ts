import { describe, expect, it } from 'vitest';
import { TARGETS, evaluate, missedTargets, readCorpus } from '../../scripts/eval.js';
import { rules } from '../../src/index.js';

const corpus = readCorpus();
const evaluation = evaluate(corpus);
const textRules = rules.filter((rule) => rule.needs === 'text').map((rule) => rule.id);

describe('the labelled corpus', () => {
  it('holds at least 300 messages across all five channels, with unique ids', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(new Set(corpus.map((message) => message.channel))).toEqual(
      new Set(['phone', 'voicemail', 'email', 'handwritten-note', 'linkedin']),
    );
    expect(new Set(corpus.map((message) => message.id)).size).toBe(corpus.length);
  });

  it('holds at least 80 clean messages', () => {
    expect(corpus.filter((message) => message.expect.length === 0).length).toBeGreaterThanOrEqual(80);
  });

  for (const id of textRules) {
    it(`holds at least 12 positives and 12 messages without ${id} on its channels`, () => {
      const channels = rules.find((rule) => rule.id === id)!.channels;
      const onChannel = corpus.filter((message) => channels.includes(message.channel));
      expect(onChannel.filter((message) => message.expect.includes(id)).length).toBeGreaterThanOrEqual(12);
      expect(onChannel.filter((message) => !message.expect.includes(id)).length).toBeGreaterThanOrEqual(12);
    });
  }
});

describe('checkMessage on the corpus', () => {
  for (const score of evaluation.scores) {
    it(`${score.ruleId}: precision >= ${String(TARGETS.precision)} and recall >= ${String(TARGETS.recall)}`, () => {
      expect(score.precision).toBeGreaterThanOrEqual(TARGETS.precision);
      expect(score.recall).toBeGreaterThanOrEqual(TARGETS.recall);
    });
  }

  it(`warns on at most ${String(TARGETS.cleanFalseAlarmShare * 100)}% of the clean messages`, () => {
    expect(evaluation.cleanFalseAlarmShare).toBeLessThanOrEqual(TARGETS.cleanFalseAlarmShare);
  });

  it('meets every target, as `npm run eval` reports', () => {
    expect(missedTargets(evaluation)).toEqual([]);
  });
});
