import { describe, expect, it } from 'vitest';
import { InvalidInputError, MAX_MESSAGE_LENGTH, checkMessage, isInvalidInputError, rules } from '../../src/index.js';

const clean =
  'Dear Jordan,\n\nThank you for the Data Analyst interview on March 20. I remain very interested in the role. ' +
  'Could you share what the next steps look like?\n\nBest regards,\nAna Silva\n555-014-2000';

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

describe('checkMessage', () => {
  it('finds nothing in a good follow-up email and counts its words (33 words, 14 s at 150 words a minute)', () => {
    const result = checkMessage({ text: clean });
    expect(result).toEqual({ ok: true, diagnostics: [], stats: { words: 33, estimatedSeconds: 14 } });
  });

  it('is not ok when a rule reports an error, and stays ok with warnings only', () => {
    expect(checkMessage({ text: `${clean}\nDid I get the job?` }).ok).toBe(false);
    const warned = checkMessage({ text: `${clean}\nPlease reply by Friday.` });
    expect(warned.ok).toBe(true);
    expect(warned.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['pushy', 'warning']]);
  });

  it('points at the offending words with UTF-16 offsets and 1-based line and column', () => {
    const text = 'Hi Jordan 👋,\n\nWhy is it taking so long?';
    const [finding] = checkMessage({ text, channel: 'linkedin' }).diagnostics;
    expect(finding).toMatchObject({ ruleId: 'questions-delay', severity: 'error', start: 15, end: 39, line: 3, column: 1 });
    expect(text.slice(finding!.start, finding!.end)).toBe('Why is it taking so long');
  });

  it('counts CRLF as one line break', () => {
    const [finding] = checkMessage({ text: 'Hi Jordan,\r\nThanks.\r\n  Did I get the job?', channel: 'linkedin' }).diagnostics;
    expect(finding).toMatchObject({ ruleId: 'asks-for-decision', line: 3, column: 3 });
  });

  it('lists findings in text order, message-level findings last', () => {
    const result = checkMessage({ text: 'Why is it taking so long? Did I get the job?', channel: 'email' });
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual([
      'questions-delay',
      'asks-for-decision',
      'missing-introduction',
      'missing-thanks',
      'missing-interest',
      'missing-contact-details',
    ]);
    expect(result.diagnostics.slice(2).every((d) => d.start === undefined && d.line === undefined)).toBe(true);
  });

  it('defaults to the email channel', () => {
    const ids = checkMessage({ text: 'Thanks, Ana' }).diagnostics.map((d) => d.ruleId);
    expect(ids).toContain('missing-contact-details');
  });

  it('applies a rule only on its channels', () => {
    const ids = checkMessage({ text: 'Thanks, Ana', channel: 'phone' }).diagnostics.map((d) => d.ruleId);
    expect(ids).not.toContain('missing-contact-details');
  });

  it('lets the caller change a severity or turn a rule off', () => {
    const text = `${clean}\nDid I get the job? Please reply by Friday.`;
    const result = checkMessage({ text, rules: { 'asks-for-decision': 'warning', pushy: 'off' } });
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['asks-for-decision', 'warning']]);
    expect(result.ok).toBe(true);
    expect(checkMessage({ text: clean, rules: { 'missing-thanks': 'info' } }).ok).toBe(true);
  });

  it('rejects an unknown rule id with its path', () => {
    const error = thrownBy(() => checkMessage({ text: clean, rules: { 'asks-for-decison': 'off', pushy: 'off', brag: 'error' } }));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).issues.map((issue) => issue.path)).toEqual([
      ['rules', 'asks-for-decison'],
      ['rules', 'brag'],
    ]);
    expect((error as InvalidInputError).message).toMatch(/^rules\.asks-for-decison is not a rule id/);
  });

  it('rejects a bad severity, a bad channel and unknown fields as InvalidInputError', () => {
    for (const input of [
      { text: clean, rules: { pushy: 'loud' } },
      { text: clean, channel: 'fax' },
      { text: clean, colour: 'red' },
      { text: 42 },
      null,
      { text: clean, context: { timeZone: 'Mars/Olympus' } },
    ]) {
      expect(isInvalidInputError(thrownBy(() => checkMessage(input as never)))).toBe(true);
    }
  });

  it('accepts 1,000,000 characters and rejects one more', () => {
    expect(checkMessage({ text: 'a'.repeat(MAX_MESSAGE_LENGTH) }).stats.words).toBe(1);
    const error = thrownBy(() => checkMessage({ text: 'a'.repeat(MAX_MESSAGE_LENGTH + 1) }));
    expect((error as InvalidInputError).issues[0]?.path).toEqual(['text']);
  });

  it('reports window errors of the context under context', () => {
    const error = thrownBy(() =>
      checkMessage({ text: clean, context: { interviewAt: '9999-12-30', plannedAt: '9999-12-31T00:00:00Z' } }),
    );
    expect(isInvalidInputError(error)).toBe(true);
    expect((error as InvalidInputError).issues[0]?.path[0]).toBe('context');
  });

  it('does not mutate its input and returns plain JSON data', () => {
    const input = {
      text: `${clean}\nDid I get the job?`,
      channel: 'phone' as const,
      rules: { pushy: 'error' as const },
      context: { previousCalls: [{ at: new Date('2026-03-30T08:10:00Z'), outcome: 'spoke' as const }], recipient: 'general-line' as const },
    };
    const before = structuredClone(input);
    const result = checkMessage(input);
    expect(input).toEqual(before);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['asks-for-decision', 'repeat-call', 'general-line']);
  });

  it('exports the metadata of all 18 rules as plain data', () => {
    expect(rules.map((rule) => rule.id)).toEqual([
      'asks-about-other-candidates',
      'complains',
      'asks-for-decision',
      'questions-delay',
      'brags',
      'too-long',
      'missing-introduction',
      'missing-thanks',
      'missing-interest',
      'missing-contact-details',
      'pushy',
      'too-early',
      'too-late',
      'outside-call-hours',
      'repeat-call',
      'general-line',
      'linkedin-without-prior-contact',
      'interest-then-decline',
    ]);
    expect(JSON.parse(JSON.stringify(rules))).toEqual(rules);
    const errors = rules.filter((rule) => rule.severity === 'error').map((rule) => rule.id);
    expect(errors).toEqual([
      'asks-about-other-candidates',
      'complains',
      'asks-for-decision',
      'questions-delay',
      'repeat-call',
      'linkedin-without-prior-contact',
    ]);
    expect(rules.every((rule) => rule.severity !== 'info')).toBe(true);
  });
});
