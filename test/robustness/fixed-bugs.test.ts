import * as zodClassic from 'zod';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { checkMessage, isInvalidInputError, nextCallWindow, planFollowUp, renderScript, rules, toICalendar } from '../../src/index.js';
import { grows } from './hostile-text.js';
import { regexWork } from './regex-work.js';
import { ruleById } from '../../src/check/registry.js';
import { PUBLIC_HOLIDAY_YEARS, publicHolidays } from '../../src/holidays.js';
import * as api from '../../src/index.js';
import { runIsolatedProbes } from './run-probes.js';

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

describe('fixed: instant strings are read by our own parser, not by new Date(text) (instant-strings-parsed-by-date-constructor)', () => {
  it('reads a comma before the fraction: now inside the window is "open", not a silent NaN', () => {
    const window = nextCallWindow({ interviewAt: '2026-03-20', now: '2026-03-30T12:00:00,5Z' });
    expect(window.status).toBe('open');
    expect(window.nextSlot?.start).toBe('2026-03-30T16:00:00+00:00');
  });

  it('reads a year below 100 after a space as that year, not as 1950', () => {
    const window = nextCallWindow({ interviewAt: '0050-03-02 10:00+00:00', now: '0050-03-05 10:00+00:00' });
    expect([window.status, window.opensAt]).toEqual(['too-early', '0050-03-09T09:00:00+00:00']);
  });

  it('judges plannedAt in any accepted spelling in the timing rules', () => {
    const context = { interviewAt: '2026-03-20', timeZone: 'Europe/London' };
    const early = checkMessage({ text: 'Hello', context: { ...context, plannedAt: '2026-03-23 09:30:00,5z' } });
    const late = checkMessage({ text: 'Hello', context: { ...context, plannedAt: '2026-04-20t09:30+01' } });
    expect(early.diagnostics.map((d) => d.ruleId)).toContain('too-early');
    expect(late.diagnostics.map((d) => d.ruleId)).toContain('too-late');
  });

  it('writes calendar events for slots in any accepted spelling', () => {
    const slot = { start: '2026-03-27 09:00:00,25+0000', end: '2026-03-27t10:00:00.123456789z', part: 'start-of-day' } as const;
    expect(toICalendar({ slots: [], nextSlot: slot }, { now: '2026-03-23T12:00Z' })).toContain('DTSTART:20260327T090000Z\r\nDTEND:20260327T100000Z');
  });
});

describe('fixed: planFollowUp keeps plannedAt on the calendar (plan-planned-at-outside-calendar)', () => {
  it('rejects now whose day in the interviewer\'s zone is in the year 10000 at now, not at context.plannedAt', () => {
    let thrown: unknown;
    try {
      planFollowUp({ interviewAt: '2026-03-20', timeZone: 'Asia/Tokyo', now: '9999-12-31T20:00:00Z', candidate: { name: 'Ana Silva' }, role: 'Data Analyst' });
    } catch (error) {
      thrown = error;
    }
    expect(isInvalidInputError(thrown)).toBe(true);
    expect((thrown as { issues: { path: unknown[] }[] }).issues.map((issue) => issue.path)).toEqual([['now']]);
  });
});

describe('fixed: the CLI quotes what the user typed in its one-line errors (cli-message-line-break)', () => {
  it.each([
    ['a line break in an argument', ['window', 'a\nb']],
    ['ESC in a command name', ['\u001b[2J']],
    ['NUL and a lone surrogate in a flag value', ['window', '--interview-at', '2026-03-20', '--format', '\u0000\uD800']],
  ])('prints %s as an escape, on one line', async (_what, argv) => {
    let stderr = '';
    const code = await run(argv, { stdout: () => undefined, stderr: (text) => (stderr += text), readStdin: () => Promise.resolve(''), version: '0', colour: false });
    expect(code).toBe(2);
    // eslint-disable-next-line no-control-regex -- the control characters are what this looks for
    expect(stderr).toMatch(/^interview-followup: [^\u0000-\u001f\u007f-\u009f]+\n$/);
    expect(stderr.isWellFormed()).toBe(true);
  });
});

/** The issues of the InvalidInputError `call` throws, as dotted paths with their messages; fails on any other outcome. */
function issuesOf(call: () => unknown): { path: string; message: string }[] {
  const error = thrownBy(call);
  if (!isInvalidInputError(error)) throw new Error(`expected an InvalidInputError, got ${String(error)}`);
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

/** True when `value` and every object and array inside it are frozen. */
function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every((item: unknown) => isDeepFrozen(item));
}

describe('fixed: one caller cannot change the library for the others (exported-constants-leak-into-results)', () => {
  it('lets no change to an exported constant reach a later result (probed in a worker of its own)', async () => {
    expect((await runIsolatedProbes()).leaks).toEqual([]);
  });

  it.each<[string, unknown]>([
    ['DEFAULT_POLICY', api.DEFAULT_POLICY],
    ['DEFAULT_WORKING_HOURS', api.DEFAULT_WORKING_HOURS],
    ['DEFAULT_WORK_DAYS', api.DEFAULT_WORK_DAYS],
    ['CHANNELS', api.CHANNELS],
    ['SCRIPT_WORD_BUDGETS', api.SCRIPT_WORD_BUDGETS],
    ['CALL_WINDOW_REASON_CODES', api.CALL_WINDOW_REASON_CODES],
    ['PUBLIC_HOLIDAY_YEARS', PUBLIC_HOLIDAY_YEARS],
    ...api.rules.map((rule): [string, unknown] => [`the metadata of ${rule.id} in rules`, rule]),
  ])('freezes %s all the way down', (_name, constant) => {
    expect(isDeepFrozen(constant)).toBe(true);
  });

  it('freezes jsonSchemas, whose every read builds a fresh copy a caller may change', () => {
    expect(Object.isFrozen(api.jsonSchemas)).toBe(true);
    expect(api.jsonSchemas.callWindowInput).not.toBe(api.jsonSchemas.callWindowInput);
  });

  it("hands out copies in rules: no rule's metadata shares an object with the rule the checker runs", () => {
    for (const meta of api.rules) {
      const rule = ruleById(meta.id);
      expect(meta.channels).not.toBe(rule?.channels);
      expect(meta.examples).not.toBe(rule?.examples);
      expect(meta.examples.bad).not.toBe(rule?.examples.bad);
      // The same metadata by value: the rule without its check.
      expect(meta).toEqual(Object.fromEntries(Object.entries(rule ?? {}).filter(([key]) => key !== 'check')));
    }
  });

  it('still computes the default window from the constants, which the library itself never writes to', () => {
    const window = api.nextCallWindow({ interviewAt: '2026-03-20', now: '2026-03-23T12:00:00Z' });
    expect([window.opensAt, window.closesAt]).toEqual(['2026-03-27T09:00:00+00:00', '2026-04-03T17:00:00+00:00']);
  });
});

describe('fixed: a check that compares two fields runs only when both are valid (cross-field-check-on-invalid-fields)', () => {
  it.each([
    ['a start without two digits', { start: '9:00', end: '17:00' }, 'workingHours.start'],
    ['an end without two digits before the start', { start: '09:00', end: '8:00' }, 'workingHours.end'],
    ['a 10,000-character start', { start: '1'.repeat(10_000), end: '08:00' }, 'workingHours.start'],
    ['a missing end', { start: '09:00' }, 'workingHours.end'],
  ])('reports only the invalid field of working hours with %s', (_what, workingHours, path) => {
    const issues = issuesOf(() => nextCallWindow({ interviewAt: '2026-03-20', workingHours: workingHours as never }));
    expect(issues.map((issue) => issue.path)).toEqual([path]);
    expect(issues[0]?.message.length).toBeLessThan(100);
  });

  it.each([
    ['an earliest day out of range', { earliestDays: 400 }, ['policy.earliestDays']],
    ['an agency latest day of half a day', { agencyEarliestDays: 5, agencyLatestDays: 4.5 }, ['policy.agencyLatestDays']],
    ['a bad slot length beside a backwards window', { earliestDays: 10, latestDays: 5, slotMinutes: 1 }, ['policy.slotMinutes', 'policy.latestDays']],
  ])('reports the policy with %s once per mistake', (_what, policy, paths) => {
    expect(issuesOf(() => nextCallWindow({ interviewAt: '2026-03-20', policy })).map((issue) => issue.path)).toEqual(paths);
  });

  it('still compares the two fields when the object also has an unknown field', () => {
    const issues = issuesOf(() => nextCallWindow({ interviewAt: '2026-03-20', workingHours: { start: '09:00', end: '08:30', lunch: '12:00' } as never }));
    expect(issues).toContainEqual({ path: 'workingHours.end', message: 'must be later than workingHours.start (09:00)' });
  });

  it('never quotes a 100,000-character date of publicHolidays, and does not compare it', () => {
    const issues = issuesOf(() => publicHolidays({ country: 'GB', from: '2'.repeat(100_000), to: '2026-01-01' }));
    expect(issues.map((issue) => issue.path)).toEqual(['from']);
    expect(issues[0]?.message.length).toBeLessThan(100);
  });
});

describe('fixed: publicHolidays answers only for the years its data covers (holidays-years-the-data-does-not-cover)', () => {
  it('rejects the year 9999 for Iran, where the data threw a plain Error, at from and to', () => {
    const issues = issuesOf(() => publicHolidays({ country: 'IR', from: '9999-11-01', to: '9999-11-01' }));
    expect(issues).toEqual([
      { path: 'from', message: 'must be in the years 1970 to 2076 (those the holiday data covers)' },
      { path: 'to', message: 'must be in the years 1970 to 2076 (those the holiday data covers)' },
    ]);
  });

  it.each(['CN', 'PH', 'VN', 'KR', 'TW'])('rejects the year 1 for %s at once, where the data never returned', (country) => {
    const started = performance.now();
    expect(issuesOf(() => publicHolidays({ country, from: '0001-01-01', to: '0001-01-31' })).map((issue) => issue.path)).toEqual(['from', 'to']);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('fixed: toICalendar rejects a slot that does not end after it starts (icalendar-empty-event)', () => {
  const start = '2026-03-27T09:00:00+00:00';
  const options = { now: '2026-03-23T12:00:00Z' };

  it.each([
    ['ends when it starts', '2026-03-27T09:00:00+00:00'],
    ['ends in the same second (DTEND would equal DTSTART)', '2026-03-27T09:00:00.900+00:00'],
    ['ends before it starts', '2026-03-27T08:00:00+00:00'],
    ['ends at the same instant written in another offset', '2026-03-27T10:00:00+01:00'],
  ])('rejects a next slot that %s, at nextSlot.end', (_what, end) => {
    expect(issuesOf(() => toICalendar({ slots: [], nextSlot: { start, end, part: 'start-of-day' } }, options))).toEqual([
      { path: 'nextSlot.end', message: `must be at least a second later than start (${start})` },
    ]);
  });

  it('rejects such a slot in the list of slots at slots[i].end', () => {
    const good = { start, end: '2026-03-27T10:00:00+00:00', part: 'start-of-day' } as const;
    const empty = { start: '2026-03-27T16:00:00Z', end: '2026-03-27T16:00:00Z', part: 'end-of-day' } as const;
    expect(issuesOf(() => toICalendar({ slots: [good, empty], nextSlot: good }, { ...options, slots: 'all' })).map((issue) => issue.path)).toEqual([
      'slots.1.end',
    ]);
  });

  it('accepts a slot one second long, with DTEND after DTSTART', () => {
    const ics = toICalendar({ slots: [], nextSlot: { start, end: '2026-03-27T09:00:01+00:00', part: 'start-of-day' } }, options);
    expect(ics).toContain('DTSTART:20260327T090000Z\r\nDTEND:20260327T090001Z');
  });
});

describe('fixed: a previous call cannot be dated after now (previous-call-after-now)', () => {
  const facts = { candidate: { name: 'Ana Silva' }, role: 'Data Analyst' };

  it('rejects, in nextCallWindow, an unanswered call after now at previousCalls[i].at', () => {
    const error = thrownBy(() =>
      nextCallWindow({
        interviewAt: '2026-03-20',
        now: '2026-03-21T12:00:00Z',
        previousCalls: [
          { at: '2026-03-21T09:00:00Z', outcome: 'no-answer' },
          { at: '2026-04-30T10:00:00Z', outcome: 'no-answer' },
        ],
      }),
    );
    expect((error as Error).message).toBe('previousCalls[1].at must not be after now (2026-03-21T12:00:00Z)');
  });

  it('accepts a call at now itself', () => {
    const window = nextCallWindow({ interviewAt: '2026-03-20', now: '2026-03-30T12:00:00Z', previousCalls: [{ at: '2026-03-30T12:00:00Z', outcome: 'no-answer' }] });
    expect(window.nextSlot?.start).toBe('2026-03-31T09:00:00+00:00');
  });

  it('holds the calls to the current time when now is left out', () => {
    expect(issuesOf(() => nextCallWindow({ interviewAt: '2026-03-20', previousCalls: [{ at: '9999-01-01T00:00:00Z', outcome: 'spoke' }] }))).toEqual([
      { path: 'previousCalls.0.at', message: 'must not be after now (the current time, as now is not given)' },
    ]);
  });

  it('rejects, in planFollowUp, a call after now, and a call after plannedAt, at previousCalls[i].at', () => {
    const base = { interviewAt: '2026-03-20', ...facts };
    expect(issuesOf(() => planFollowUp({ ...base, now: '2026-03-21T12:00:00Z', previousCalls: [{ at: '2026-03-30T10:00:00Z', outcome: 'no-answer' }] }))).toEqual([
      { path: 'previousCalls.0.at', message: 'must not be after now (2026-03-21T12:00:00Z)' },
    ]);
    expect(
      issuesOf(() =>
        planFollowUp({ ...base, now: '2026-04-01T12:00:00Z', plannedAt: '2026-03-28T10:00:00Z', previousCalls: [{ at: '2026-03-30T10:00:00Z', outcome: 'no-answer' }] }),
      ),
    ).toEqual([{ path: 'previousCalls.0.at', message: 'must not be after plannedAt (2026-03-28T10:00:00Z)' }]);
  });

  it("rejects, in checkMessage, a call after the context's plannedAt, the moment the rules judge", () => {
    const context = { interviewAt: '2026-03-20', plannedAt: '2026-03-28T10:00:00Z', previousCalls: [{ at: '2026-03-30T10:00:00Z', outcome: 'voicemail' as const }] };
    expect(issuesOf(() => checkMessage({ text: 'Hello', channel: 'phone', context }))).toEqual([
      { path: 'context.previousCalls.0.at', message: 'must not be after plannedAt (2026-03-28T10:00:00Z)' },
    ]);
  });

  it('compares no dates in a check context without plannedAt: repeat-call still fires', () => {
    const context = { previousCalls: [{ at: '2099-03-30T10:00:00Z', outcome: 'voicemail' as const }] };
    expect(checkMessage({ text: 'Hello', channel: 'phone', context }).diagnostics.map((d) => d.ruleId)).toContain('repeat-call');
  });

  it('gives a plan whose calls are all before now and plannedAt, with a check that raises no timing error about them', () => {
    const plan = planFollowUp({
      interviewAt: '2026-03-20',
      ...facts,
      now: '2026-03-30T12:00:00Z',
      plannedAt: '2026-03-31T08:00:00Z',
      previousCalls: [{ at: '2026-03-30T09:00:00Z', outcome: 'no-answer' }],
    });
    expect(plan.window.nextSlot?.start).toBe('2026-03-31T09:00:00+00:00');
    expect(plan.check?.diagnostics.map((d) => d.ruleId)).not.toContain('repeat-call');
  });
});

describe('fixed: a slot the library writes in the year 0000 (found by the fuzz in CI after the instant parser landed)', () => {
  // A call-on date of 0001-01-01 in La Paz gives a slot at midnight local mean time (-04:32:36),
  // which the library writes with the offset rounded to -04:33, in the year 0000. The plan then
  // read that string back with the input parser, which takes only the years 0001-9999, and threw
  // a plain Error.
  it('plans with such a slot instead of throwing', () => {
    const plan = planFollowUp({
      interviewAt: '4081-11-02T10:04:59Z',
      timeZone: 'America/La_Paz',
      workingHours: { start: '00:00', end: '00:01' },
      instruction: { type: 'call-on', date: '0001-01-01' },
      now: '2026-01-01T00:00:00Z',
      candidate: { name: 'Ana Silva' },
      role: 'Data Analyst',
    });
    expect(plan.plannedAt).toBe('2025-12-31T20:00:00-04:00');
  });
});
