import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CHANNELS,
  InvalidInputError,
  checkMessage,
  nextCallWindow,
  planFollowUp,
  recommendChannel,
  renderScript,
} from '../../src/index.js';
import type { FollowUpPlan, PlanFollowUpInput } from '../../src/index.js';

// The interview was on Friday 20 March 2026 in London; the default window runs from Friday
// 27 March 09:00 GMT to Friday 3 April 17:00 BST (the clocks go forward on 29 March).
const base = {
  interviewAt: '2026-03-20',
  timeZone: 'Europe/London',
  candidate: { name: 'Ana Silva', phone: '+44 7700 900123', email: 'ana.silva@example.com' },
  role: 'Data Analyst',
  company: 'Northwind',
  interviewer: { name: 'Jordan Lee' },
  topic: 'the new reporting pipeline',
} satisfies PlanFollowUpInput;

const FIRST_SLOT = '2026-03-27T09:00:00+00:00';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const ruleIds = (plan: FollowUpPlan) => plan.check?.diagnostics.map((diagnostic) => diagnostic.ruleId) ?? [];

describe('planFollowUp: named situations', () => {
  it('plans a call with a voicemail as the fallback, and judges a plan made before the window opens as too early', () => {
    const plan = planFollowUp({ ...base, now: '2026-03-27T08:00:00Z', contacts: { directPhone: true } });
    expect(plan.window.status).toBe('too-early');
    expect(plan.window.nextSlot?.start).toBe(FIRST_SLOT);
    expect(plan.channel.primary).toBe('phone');
    expect(plan.script?.kind).toBe('phone');
    expect(plan.fallbackScript?.kind).toBe('voicemail');
    expect(plan.plannedAt).toBe('2026-03-27T08:00:00+00:00');
    expect(ruleIds(plan)).toContain('too-early');
    expect(plan.fallbackCheck?.diagnostics.map((d) => d.ruleId)).toContain('too-early');
  });

  it('says too-early for a plan made days before the window opens', () => {
    const plan = planFollowUp({ ...base, now: '2026-03-23T12:00:00Z', contacts: { directPhone: true } });
    expect(plan.window.status).toBe('too-early');
    expect(plan.plannedAt).toBe('2026-03-23T12:00:00+00:00');
    expect(ruleIds(plan)).toContain('too-early');
    expect(ruleIds(plan)).not.toContain('too-late');
  });

  it('judges a plan made while the window is open at its next slot, so the timing rules stay quiet', () => {
    const plan = planFollowUp({ ...base, now: '2026-03-27T11:00:00Z', contacts: { directPhone: true } });
    expect(plan.window.status).toBe('open');
    expect(plan.plannedAt).toBe(plan.window.nextSlot?.start);
    expect(ruleIds(plan)).not.toContain('too-early');
    expect(ruleIds(plan)).not.toContain('too-late');
    expect(ruleIds(plan)).not.toContain('outside-call-hours');
  });

  it('judges the moment the caller names in plannedAt', () => {
    const plan = planFollowUp({ ...base, now: '2026-03-27T11:00:00Z', plannedAt: '2026-03-27T12:00:00Z', contacts: { directPhone: true } });
    expect(plan.plannedAt).toBe('2026-03-27T12:00:00+00:00');
    expect(ruleIds(plan)).toContain('outside-call-hours');
  });

  it('says too-late when the window has closed and no slot is left', () => {
    const plan = planFollowUp({ ...base, now: '2026-04-20T12:00:00Z', contacts: { directPhone: true } });
    expect(plan.window.status).toBe('too-late');
    expect(plan.window.nextSlot).toBeNull();
    expect(plan.plannedAt).toBe('2026-04-20T13:00:00+01:00');
    expect(ruleIds(plan)).toContain('too-late');
  });

  it('writes an email when the employer asked not to be called', () => {
    const plan = planFollowUp({ ...base, now: '2026-03-27T08:00:00Z', instruction: { type: 'no-calls' }, contacts: { directPhone: true, email: true } });
    expect(plan.window.status).toBe('do-not-call');
    expect(plan.channel.primary).toBe('email');
    expect(plan.script?.kind).toBe('email');
    expect(plan.script?.subject).toEqual(expect.any(String));
    expect(plan.fallbackScript).toBeNull();
    expect(plan.fallbackCheck).toBeNull();
    expect(plan.plannedAt).toBe('2026-03-27T08:00:00+00:00');
  });

  it('writes an email when the candidate is not comfortable on the phone', () => {
    const plan = planFollowUp({ ...base, now: '2026-03-27T08:00:00Z', comfortableOnPhone: false, contacts: { directPhone: true, email: true } });
    expect([plan.channel.primary, plan.script?.kind, plan.fallbackScript]).toEqual(['email', 'email', null]);
  });

  it('writes nothing after the candidate already spoke to the interviewer', () => {
    const plan = planFollowUp({ ...base, now: '2026-03-30T12:00:00Z', previousCalls: [{ at: '2026-03-30T08:10:00Z', outcome: 'spoke' }], contacts: { directPhone: true, email: true } });
    expect(plan.window.status).toBe('already-called');
    expect(plan.channel.primary).toBeNull();
    expect(plan.channel.reasons.map((reason) => reason.code)).toEqual(['follow-up-done']);
    expect([plan.script, plan.fallbackScript, plan.check, plan.fallbackCheck]).toEqual([null, null, null, null]);
  });

  it('flags a call that can only go to a general company number', () => {
    const plan = planFollowUp({ ...base, now: '2026-03-27T08:00:00Z', contacts: { generalPhone: true } });
    expect(plan.channel.primary).toBe('phone');
    expect(ruleIds(plan)).toContain('general-line');
  });

  it('does not flag a call to the interviewer\'s own line', () => {
    const plan = planFollowUp({ ...base, now: '2026-03-27T08:00:00Z', contacts: { directPhone: '+44 20 7946 0001' } });
    expect(ruleIds(plan)).not.toContain('general-line');
  });

  it('writes a LinkedIn message where the two exchanged work messages before, without flagging it', () => {
    const plan = planFollowUp({ ...base, now: '2026-03-27T08:00:00Z', contacts: { linkedin: { priorWorkMessages: true } } });
    expect(plan.script?.kind).toBe('linkedin');
    expect(ruleIds(plan)).not.toContain('linkedin-without-prior-contact');
  });

  it('uses the agency window and speaks to the agency through an agency', () => {
    const plan = planFollowUp({ ...base, now: '2026-03-21T12:00:00Z', via: 'agency', contacts: { directPhone: true } });
    expect(plan.window.opensAt).toBe('2026-03-23T09:00:00+00:00');
    expect(plan.plannedAt).toBe('2026-03-21T12:00:00+00:00');
    expect(plan.channel.reasons.map((reason) => reason.code)).toContain('agency-contact');
    expect(plan.script).toEqual(renderScript({ ...scriptFacts(base), kind: 'phone', interviewedOn: base.interviewAt, via: 'agency', timeZone: base.timeZone }));
  });

  it('plans a callback on the day the employer asked for, even after a call', () => {
    const plan = planFollowUp({
      ...base,
      now: '2026-03-30T12:00:00Z',
      instruction: { type: 'call-on', date: '2026-04-07' },
      previousCalls: [{ at: '2026-03-30T08:10:00Z', outcome: 'spoke' }],
      contacts: { directPhone: true },
    });
    expect(plan.window.status).toBe('callback-scheduled');
    expect(plan.plannedAt).toBe('2026-04-07T09:00:00+01:00');
    expect(plan.script?.kind).toBe('phone');
    expect(ruleIds(plan)).not.toContain('repeat-call');
  });

  it('writes nothing, and says why, when no channel fits', () => {
    const plan = planFollowUp({ ...base, now: '2026-03-27T08:00:00Z', instruction: { type: 'no-calls' }, contacts: { directPhone: true } });
    expect(plan.channel.reasons.map((reason) => reason.code)).toEqual(['no-written-channel']);
    expect([plan.script, plan.check]).toEqual([null, null]);
  });
});

function scriptFacts(input: typeof base) {
  return { candidate: input.candidate, role: input.role, company: input.company, interviewer: input.interviewer, topic: input.topic };
}

describe('planFollowUp: wiring', () => {
  const input = {
    ...base,
    now: '2026-03-27T12:00:00Z',
    workingHours: { start: '08:30', end: '17:30' },
    holidays: ['2026-04-03'],
    previousCalls: [{ at: '2026-03-27T08:40:00+00:00', outcome: 'no-answer' }],
    locale: 'en-GB',
    variant: 3,
    contacts: { generalPhone: true, linkedin: { priorWorkMessages: false } },
  } satisfies PlanFollowUpInput;
  const plan = planFollowUp(input);

  it('passes the window fields and the same `now` to nextCallWindow', () => {
    expect(plan.window).toEqual(
      nextCallWindow({
        interviewAt: input.interviewAt,
        timeZone: input.timeZone,
        now: input.now,
        workingHours: input.workingHours,
        holidays: input.holidays,
        previousCalls: input.previousCalls,
      }),
    );
  });

  it('passes the channel facts to recommendChannel', () => {
    expect(plan.channel).toEqual(recommendChannel({ contacts: input.contacts, previousCalls: input.previousCalls }));
  });

  it('writes both scripts from the facts, dated on the interview day', () => {
    const facts = { ...scriptFacts(input), interviewedOn: input.interviewAt, locale: input.locale, variant: input.variant, timeZone: input.timeZone };
    expect(plan.script).toEqual(renderScript({ ...facts, kind: 'phone' }));
    expect(plan.fallbackScript).toEqual(renderScript({ ...facts, kind: 'voicemail' }));
  });

  it('checks each script in the plan\'s context: planned at the next slot, to a general line, no earlier LinkedIn messages', () => {
    // The unanswered call at 08:40 on the 27th pushes the next try to a later working day.
    expect(plan.plannedAt).toBe(plan.window.nextSlot?.start);
    expect(plan.plannedAt).toBe('2026-03-30T08:30:00+01:00');
    const context = {
      interviewAt: input.interviewAt,
      plannedAt: plan.plannedAt,
      timeZone: input.timeZone,
      workingHours: input.workingHours,
      holidays: input.holidays,
      previousCalls: input.previousCalls,
      recipient: 'general-line',
      priorPlatformContact: false,
    } as const;
    expect(plan.check).toEqual(checkMessage({ text: plan.script?.text ?? '', channel: 'phone', context }));
    expect(plan.fallbackCheck).toEqual(checkMessage({ text: plan.fallbackScript?.text ?? '', channel: 'voicemail', context }));
  });

  it('dates the script on interviewedOn when it is given', () => {
    const dated = planFollowUp({ ...input, interviewedOn: '2026-03-19' });
    expect(dated.script).toEqual(
      renderScript({ ...scriptFacts(input), kind: 'phone', interviewedOn: '2026-03-19', locale: input.locale, variant: input.variant, timeZone: input.timeZone }),
    );
    expect(dated.window).toEqual(plan.window);
  });
});

describe('planFollowUp: the clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads the clock once when `now` is omitted, and plans as if it had been given', () => {
    vi.useFakeTimers({ now: new Date('2026-03-27T08:00:00Z') });
    const fromClock = planFollowUp({ ...base, contacts: { directPhone: true } });
    vi.useRealTimers();
    expect(fromClock).toEqual(planFollowUp({ ...base, now: '2026-03-27T08:00:00Z', contacts: { directPhone: true } }));
  });

  it('gives the same plan for `now` as a Date or as a string', () => {
    const asDate = planFollowUp({ ...base, now: new Date('2026-04-20T12:00:00Z'), contacts: { directPhone: true } });
    expect(asDate).toEqual(planFollowUp({ ...base, now: '2026-04-20T13:00:00+01:00', contacts: { directPhone: true } }));
  });

  it('does not read the clock when `now` is given', () => {
    vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z') });
    const plan = planFollowUp({ ...base, now: '2026-03-27T08:00:00Z', contacts: { directPhone: true } });
    vi.useRealTimers();
    expect(plan.plannedAt).toBe('2026-03-27T08:00:00+00:00');
    expect(plan.window.status).toBe('too-early');
  });
});

// ---------------------------------------------------------------------------
// Invariants over generated situations.
// ---------------------------------------------------------------------------

const zones = ['Europe/London', 'America/New_York', 'Asia/Kathmandu', 'Australia/Sydney', 'UTC'];
const instruction = fc.oneof(
  fc.constant(undefined),
  fc.constant({ type: 'no-calls' as const }),
  fc.record({ type: fc.constant('call-on' as const), date: fc.constantFrom('2026-03-30', '2026-04-08') }),
  fc.record({ type: fc.constant('not-before' as const), date: fc.constantFrom('2026-03-25', '2026-04-01') }),
  fc.record({ type: fc.constant('use-channel' as const), channel: fc.constantFrom(...CHANNELS) }),
);
const contactPoint = fc.oneof(fc.constant(undefined), fc.boolean(), fc.constant('+44 20 7946 0001'));
const planInput = fc
  .record({
    timeZone: fc.constantFrom(...zones),
    interviewDay: fc.integer({ min: 0, max: 30 }),
    nowOffsetHours: fc.integer({ min: 0, max: 24 * 30 }),
    via: fc.constantFrom('employer' as const, 'agency' as const),
    instruction,
    calls: fc.array(fc.record({ dayAfter: fc.integer({ min: 1, max: 12 }), outcome: fc.constantFrom('spoke' as const, 'voicemail' as const, 'no-answer' as const) }), { maxLength: 2 }),
    comfortableOnPhone: fc.boolean(),
    withContacts: fc.boolean(),
    contacts: fc.record({ directPhone: contactPoint, generalPhone: contactPoint, email: contactPoint, postalAddress: contactPoint, linkedin: fc.option(fc.record({ priorWorkMessages: fc.boolean() }), { nil: undefined }) }),
    locale: fc.constantFrom('en-US' as const, 'en-GB' as const),
    variant: fc.nat({ max: 20 }),
  })
  .map((g): PlanFollowUpInput => {
    const interview = Date.UTC(2026, 2, 1 + g.interviewDay, 10);
    const now = interview + g.nowOffsetHours * 3_600_000;
    const contacts = Object.fromEntries(Object.entries(g.contacts).filter(([, value]) => value !== undefined));
    return {
      ...base,
      interviewAt: new Date(interview).toISOString(),
      timeZone: g.timeZone,
      now: new Date(now).toISOString(),
      via: g.via,
      ...(g.instruction ? { instruction: g.instruction } : {}),
      // A call already made cannot be dated after now (the schema rejects that).
      previousCalls: g.calls
        .map((call) => ({ atMs: interview + call.dayAfter * 86_400_000, outcome: call.outcome }))
        .filter((call) => call.atMs <= now)
        .map((call) => ({ at: new Date(call.atMs).toISOString(), outcome: call.outcome })),
      comfortableOnPhone: g.comfortableOnPhone,
      ...(g.withContacts ? { contacts } : {}),
      locale: g.locale,
      variant: g.variant,
    };
  });

describe('planFollowUp: invariants', () => {
  it('writes the script for the primary channel and the fallback script for the fallback', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        const plan = planFollowUp(input);
        expect(plan.script?.kind ?? null).toBe(plan.channel.primary);
        expect(plan.fallbackScript?.kind ?? null).toBe(plan.channel.fallback);
        expect(plan.check === null).toBe(plan.script === null);
        expect(plan.fallbackCheck === null).toBe(plan.fallbackScript === null);
      }),
      { numRuns: 300 },
    );
  });

  it('never writes a phone script when the window says not to call', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        const plan = planFollowUp(input);
        if (plan.window.status === 'do-not-call') {
          expect(plan.script?.kind).not.toBe('phone');
          expect(plan.channel.ranked.find((entry) => entry.channel === 'phone')?.suitable).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('plans for the next slot while calling is open and it is still ahead, and for `now` otherwise', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        const plan = planFollowUp(input);
        const open = plan.window.status === 'open' || plan.window.status === 'callback-scheduled';
        const next = plan.window.nextSlot;
        const expected = open && next !== null && Date.parse(next.start) > Date.parse(String(input.now)) ? next.start : input.now;
        expect(Date.parse(plan.plannedAt)).toBe(Date.parse(String(expected)));
        expect(plan.plannedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      }),
      { numRuns: 300 },
    );
  });

  it('survives a JSON round trip unchanged, and leaves its input alone', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        const frozen = deepFreeze(structuredClone(input));
        const plan = planFollowUp(frozen);
        expect(frozen).toEqual(input);
        expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
      }),
      { numRuns: 300 },
    );
  });
});

describe('planFollowUp: input handling', () => {
  it.each<[string, unknown, (string | number)[]]>([
    ['no role', { interviewAt: '2026-03-20', candidate: { name: 'Ana Silva' } }, ['role']],
    ['no candidate', { interviewAt: '2026-03-20', role: 'Data Analyst' }, ['candidate']],
    ['no interview date', { candidate: { name: 'Ana Silva' }, role: 'Data Analyst' }, ['interviewAt']],
    ['a kind, which the plan chooses itself', { ...base, kind: 'email' }, ['kind']],
    ['an unknown contact point', { ...base, contacts: { fax: true } }, ['contacts', 'fax']],
    ['an impossible interview day', { ...base, interviewAt: '2026-02-30' }, ['interviewAt']],
    ['an unknown time zone', { ...base, timeZone: 'Mars/Olympus' }, ['timeZone']],
  ])('rejects %s with InvalidInputError', (_name, input, path) => {
    let thrown: unknown;
    try {
      planFollowUp(input as PlanFollowUpInput);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidInputError);
    expect((thrown as InvalidInputError).issues.map((issue) => issue.path)).toContainEqual(path);
  });
});

describe('planFollowUp: the ends of the calendar', () => {
  // Inputs need only be in the years 0001-9999 in their own offset, but plannedAt is written on
  // the interviewer's clock, which can already show the year 10000 (or still the year 0).
  const thrownBy = (input: PlanFollowUpInput): unknown => {
    try {
      planFollowUp(input);
    } catch (error) {
      return error;
    }
    return undefined;
  };

  it.each<[string, Partial<PlanFollowUpInput>, string, string]>([
    [
      'now in the last hours of 9999 in a zone ahead of UTC',
      { timeZone: 'Asia/Tokyo', now: '9999-12-31T20:00:00Z' },
      'now',
      "now must be within the years 0001 to 9999 on the interviewer's clock in Asia/Tokyo (there it is 10000-01-01T05:00:00+09:00)",
    ],
    [
      'plannedAt in the first hours of year 1 in a zone behind UTC',
      { timeZone: 'America/Bogota', now: '2026-03-30T12:00:00Z', plannedAt: '0001-01-01T02:00:00Z' },
      'plannedAt',
      "plannedAt must be within the years 0001 to 9999 on the interviewer's clock in America/Bogota (there it is 0000-12-31T21:04:00-04:56)",
    ],
    [
      'now as a Date at the first instant of year 1, west of Greenwich',
      { timeZone: 'America/Sao_Paulo', now: new Date(new Date(0).setUTCFullYear(1, 0, 1)) },
      'now',
      "now must be within the years 0001 to 9999 on the interviewer's clock in America/Sao_Paulo (there it is 0000-12-31T20:54:00-03:06)",
    ],
  ])('rejects %s at that field, with the date the clock shows', (_what, fields, field, message) => {
    const error = thrownBy({ ...base, ...fields });
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).issues).toEqual([{ path: [field], message: message.slice(field.length + 1) }]);
    expect((error as InvalidInputError).message).toBe(message);
  });

  it('plans for the last day of 9999 where the interviewer\'s clock still shows it', () => {
    const plan = planFollowUp({ ...base, timeZone: 'America/New_York', now: '9999-12-31T20:00:00Z' });
    expect(plan.plannedAt).toBe('9999-12-31T15:00:00-05:00');
    expect(plan.check?.diagnostics.map((d) => d.ruleId)).toContain('too-late');
  });

  it('plans for a plannedAt given in an offset whose UTC instant is in the year 10000', () => {
    // 23:00 on 31 December 9999 in New York is 04:00 on 1 January 10000 in UTC.
    const plan = planFollowUp({ ...base, timeZone: 'America/New_York', now: '2026-03-30T12:00:00Z', plannedAt: '9999-12-31T23:00:00-05:00' });
    expect(plan.plannedAt).toBe('9999-12-31T23:00:00-05:00');
  });

  it('never reports an issue at a field the caller left out, near either end of the calendar', () => {
    const edges = fc.oneof(
      fc.integer({ min: Date.UTC(9999, 11, 30), max: Date.UTC(9999, 11, 31, 23, 59, 59) }),
      fc.integer({ min: new Date(0).setUTCFullYear(1, 0, 1), max: new Date(0).setUTCFullYear(1, 0, 3) }),
    );
    fc.assert(
      fc.property(edges, fc.constantFrom(...zones, 'Pacific/Kiritimati', 'Pacific/Pago_Pago'), fc.boolean(), (ms, timeZone, asPlannedAt) => {
        const at = new Date(ms).toISOString();
        const input: PlanFollowUpInput = asPlannedAt ? { ...base, timeZone, now: '2026-03-30T12:00:00Z', plannedAt: at } : { ...base, timeZone, now: at };
        const error = thrownBy(input);
        if (error === undefined) return;
        expect(error).toBeInstanceOf(InvalidInputError);
        expect((error as InvalidInputError).issues.map((issue) => issue.path)).toEqual([[asPlannedAt ? 'plannedAt' : 'now']]);
      }),
      { numRuns: 300 },
    );
  });
});
