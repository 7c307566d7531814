import * as zodClassic from 'zod';
import { describe, expect, it } from 'vitest';
import { checkMessage, isInvalidInputError, nextCallWindow, renderScript, rules } from '../../src/index.js';
import { grows } from './hostile-text.js';
import { regexWork } from './regex-work.js';

// Bugs the robustness suite found and that are fixed; each row keeps its fix in place.

function thrownBy(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('fixed: bad input is still an InvalidInputError when the value cannot be read', () => {
  it('reports a revoked proxy inside the input at its field, without a TypeError', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const error = thrownBy(() => checkMessage({ text: '', context: { timeZone: proxy as unknown as string } }));
    expect(isInvalidInputError(error)).toBe(true);
  });
});

describe('fixed: messages do not change when the host app also uses zod classic', () => {
  it('keeps its own wording after the host built a schema with zod classic', () => {
    // Building a classic schema loads zod's English locale into the shared zod core.
    zodClassic.z.object({ name: zodClassic.z.string() }).safeParse({ name: 1 });
    const error = thrownBy(() => nextCallWindow({ interviewAt: '2026-03-20', via: 'friend' as never }));
    expect((error as Error).message).toBe('via must be one of "employer", "agency" (got "friend")');
  });
});

describe('fixed: a Date is held to the years 0001-9999, like the string forms', () => {
  it.each([
    ['the last instant a Date can hold', new Date(8.64e15)],
    ['the first instant a Date can hold', new Date(-8.64e15)],
    ['the year 0', new Date('0000-12-31T23:59:59Z')],
  ])('rejects %s as interviewedOn with an InvalidInputError', (_label, date) => {
    const error = thrownBy(() =>
      renderScript({ kind: 'email', candidate: { name: 'Ana Silva' }, role: 'Data Analyst', interviewedOn: date }),
    );
    expect(isInvalidInputError(error)).toBe(true);
    expect((error as { issues: { path: unknown[] }[] }).issues[0]?.path).toEqual(['interviewedOn']);
  });

  it('accepts the first and the last day of the range', () => {
    expect(nextCallWindow({ interviewAt: new Date('0001-01-01T00:00:00Z'), now: new Date('0001-01-01T00:00:00Z') }).status).toBe('too-early');
    expect(() => renderScript({ kind: 'email', candidate: { name: 'Ana Silva' }, role: 'Data Analyst', interviewedOn: new Date('9999-12-31T12:00:00Z') })).not.toThrow();
  });
});

describe('fixed: the complains rule does work in proportion to the text, not to the sentence per match', () => {
  it('spends the same regex work per character on 5,000 and on 20,000 characters of one endless sentence', () => {
    const bad = rules.find((rule) => rule.id === 'complains')?.examples.bad.text ?? '';
    const piece = `${bad.split(' ').slice(0, -1).join(' ')} `;
    const only = Object.fromEntries(rules.map((rule) => [rule.id, rule.id === 'complains' ? ('error' as const) : ('off' as const)]));
    const perCharacter = (length: number) => {
      const text = piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
      return regexWork(() => checkMessage({ text, rules: only })) / length;
    };
    expect(grows(perCharacter(5_000), perCharacter(20_000))).toBe(false);
  });
});
