import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNEL_RULES } from '../../src/channel/channel-rules.js';
import { CHANNELS, InvalidInputError, contactsSchema, recommendChannel } from '../../src/index.js';
import type { ChannelAdvice, RecommendChannelInput } from '../../src/index.js';

type Instruction = NonNullable<RecommendChannelInput['instruction']>;
type PreviousCalls = NonNullable<RecommendChannelInput['previousCalls']>;

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}

const codesOf = (advice: ChannelAdvice, channel: string): string[] =>
  advice.ranked.find((entry) => entry.channel === channel)?.reasons.map((reason) => reason.code) ?? [];
const suitableOf = (advice: ChannelAdvice, channel: string): boolean =>
  advice.ranked.find((entry) => entry.channel === channel)?.suitable ?? false;

describe('recommendChannel: named situations', () => {
  // Each row: the situation, the input, the expected primary and fallback, and codes that must appear
  // in the advice's top-level reasons.
  const situations: [string, RecommendChannelInput, string | null, string | null, string[]][] = [
    ['a direct line: call, with a voicemail as fallback', { contacts: { directPhone: true } }, 'phone', 'voicemail', ['phone-default']],
    ['a direct line given as the number itself', { contacts: { directPhone: '+44 20 7946 0001' } }, 'phone', 'voicemail', ['phone-default']],
    ['no contacts given: the usual ones are assumed', {}, 'phone', 'voicemail', ['phone-default', 'contacts-assumed']],
    ['a direct line and email: the call still comes first', { contacts: { directPhone: true, email: true } }, 'phone', 'voicemail', ['phone-default']],
    ['not comfortable on the phone, with email: email', { comfortableOnPhone: false, contacts: { directPhone: true, email: true } }, 'email', null, ['email-to-interviewer']],
    ['not comfortable, only a postal address and a phone: a handwritten note', { comfortableOnPhone: false, contacts: { directPhone: true, postalAddress: '1 High St, London' } }, 'handwritten-note', null, ['handwritten-note']],
    ['not comfortable and only a phone: still a call, with a script', { comfortableOnPhone: false, contacts: { directPhone: true } }, 'phone', 'voicemail', ['phone-default', 'not-comfortable-on-phone']],
    ['only a general number and email: email the interviewer', { contacts: { generalPhone: true, email: true } }, 'email', null, ['email-to-interviewer']],
    ['only a general number and a postal address: a note', { contacts: { generalPhone: true, postalAddress: true } }, 'handwritten-note', null, ['handwritten-note']],
    ['only a general number: call and ask for the direct line', { contacts: { generalPhone: true } }, 'phone', 'voicemail', ['phone-default', 'ask-for-direct-line']],
    ['no calls, email known: email', { instruction: { type: 'no-calls' }, contacts: { directPhone: true, email: true } }, 'email', null, ['email-to-interviewer']],
    ['no calls and only a phone: nothing fits', { instruction: { type: 'no-calls' }, contacts: { directPhone: true } }, null, null, ['no-written-channel']],
    ['the employer asked for email: email', { instruction: { type: 'use-channel', channel: 'email' }, contacts: { directPhone: true, email: true } }, 'email', null, ['employer-asked-for-this-channel']],
    ['the employer asked for email, no address known: nothing fits', { instruction: { type: 'use-channel', channel: 'email' }, contacts: { directPhone: true } }, null, null, ['requested-channel-unavailable']],
    ['the employer asked for a call though the candidate would rather write', { comfortableOnPhone: false, instruction: { type: 'use-channel', channel: 'phone' }, contacts: { directPhone: true, email: true } }, 'phone', 'voicemail', ['employer-asked-for-this-channel', 'not-comfortable-on-phone']],
    ['the employer asked for a call and only the switchboard is known', { instruction: { type: 'use-channel', channel: 'phone' }, contacts: { generalPhone: true, email: true } }, 'phone', 'voicemail', ['employer-asked-for-this-channel', 'ask-for-direct-line']],
    ['the employer asked for LinkedIn', { instruction: { type: 'use-channel', channel: 'linkedin' }, contacts: { email: true } }, 'linkedin', null, ['employer-asked-for-this-channel']],
    ['LinkedIn with earlier work messages is the only way', { contacts: { linkedin: { priorWorkMessages: true } } }, 'linkedin', null, ['linkedin-prior-contact']],
    ['LinkedIn without earlier work messages is no way at all', { contacts: { linkedin: { priorWorkMessages: false } } }, null, null, ['no-suitable-channel']],
    ['no contact details at all', { contacts: {} }, null, null, ['no-suitable-channel']],
    ['every contact point is false', { contacts: { directPhone: false, generalPhone: false, email: false, postalAddress: false } }, null, null, ['no-suitable-channel']],
    ['through an agency: the agency contact', { via: 'agency', contacts: { directPhone: true } }, 'phone', 'voicemail', ['phone-default', 'agency-contact']],
    ['already spoke: the follow-up is done', { previousCalls: [{ at: '2026-03-30T09:10:00+01:00', outcome: 'spoke' }], contacts: { directPhone: true, email: true } }, null, null, ['follow-up-done']],
    ['left a voicemail: the follow-up is done', { previousCalls: [{ at: '2026-03-30T09:10:00+01:00', outcome: 'voicemail' }], contacts: { directPhone: true } }, null, null, ['follow-up-done']],
    ['an unanswered call: try again another day', { previousCalls: [{ at: '2026-03-30T09:10:00+01:00', outcome: 'no-answer' }], contacts: { directPhone: true } }, 'phone', 'voicemail', ['phone-default', 'call-again-later-day']],
    ['asked to call back after speaking: call on that date', { instruction: { type: 'call-on', date: '2026-04-06' }, previousCalls: [{ at: '2026-03-30T09:10:00+01:00', outcome: 'spoke' }], contacts: { directPhone: true, email: true } }, 'phone', 'voicemail', ['callback-requested']],
    ['asked to call on a date but no number known', { instruction: { type: 'call-on', date: '2026-04-06' }, contacts: { email: true } }, null, null, ['requested-channel-unavailable']],
    ['asked for a voicemail: the voicemail itself', { instruction: { type: 'use-channel', channel: 'voicemail' }, contacts: { directPhone: true } }, 'voicemail', null, ['employer-asked-for-this-channel']],
    ['"not before" changes only the timing', { instruction: { type: 'not-before', date: '2026-04-01' }, contacts: { directPhone: true } }, 'phone', 'voicemail', ['phone-default']],
  ];

  it.each(situations)('%s', (_name, input, primary, fallback, codes) => {
    const advice = recommendChannel(input);
    expect(advice.primary).toBe(primary);
    expect(advice.fallback).toBe(fallback);
    expect(advice.reasons.map((reason) => reason.code)).toEqual(expect.arrayContaining(codes));
  });

  it('explains each unsuitable channel with its own reason', () => {
    const advice = recommendChannel({ contacts: { generalPhone: true, email: true, linkedin: { priorWorkMessages: false } } });
    expect(advice.ranked.map((entry) => [entry.channel, entry.suitable, entry.reasons[0]?.code])).toEqual([
      ['email', true, 'email-to-interviewer'],
      ['phone', false, 'general-line-only'],
      ['voicemail', false, 'general-line-only'],
      ['handwritten-note', false, 'no-postal-address'],
      ['linkedin', false, 'linkedin-without-prior-contact'],
    ]);
  });

  it('ranks writing first for a candidate who is not comfortable on the phone', () => {
    const advice = recommendChannel({ comfortableOnPhone: false, contacts: { directPhone: true, email: true, postalAddress: true, linkedin: { priorWorkMessages: true } } });
    expect(advice.ranked.map((entry) => entry.channel)).toEqual(['email', 'handwritten-note', 'linkedin', 'phone', 'voicemail']);
    expect(advice.ranked.every((entry) => entry.suitable)).toBe(true);
  });

  it('gives the primary channel\'s reasons as the advice\'s reasons', () => {
    const advice = recommendChannel({ via: 'agency', contacts: { email: true } });
    expect(advice.reasons).toEqual([
      { code: 'email-to-interviewer', message: expect.stringContaining('Email') },
      { code: 'agency-contact', message: expect.stringContaining('agency contact') },
    ]);
  });
});

// ---------------------------------------------------------------------------
// The whole boolean space: contacts x comfortableOnPhone x via x instruction x previous calls.
// ---------------------------------------------------------------------------

const flags = [false, true] as const;
const linkedinValues = [undefined, { priorWorkMessages: false }, { priorWorkMessages: true }] as const;
const instructions: (Instruction | undefined)[] = [
  undefined,
  { type: 'no-calls' },
  { type: 'call-on', date: '2026-04-06' },
  { type: 'not-before', date: '2026-04-01' },
  ...CHANNELS.map((channel): Instruction => ({ type: 'use-channel', channel })),
];
const callHistories: PreviousCalls[] = [
  [],
  [{ at: '2026-03-30T09:10:00Z', outcome: 'no-answer' }],
  [{ at: '2026-03-30T09:10:00Z', outcome: 'spoke' }],
  [{ at: '2026-03-30T09:10:00Z', outcome: 'voicemail' }],
];

interface Case {
  readonly input: RecommendChannelInput;
  readonly advice: ChannelAdvice;
}

function everyCase(): Case[] {
  const cases: Case[] = [];
  for (const directPhone of flags)
    for (const generalPhone of flags)
      for (const email of flags)
        for (const postalAddress of flags)
          for (const linkedin of linkedinValues)
            for (const comfortableOnPhone of flags)
              for (const via of ['employer', 'agency'] as const)
                for (const instruction of instructions)
                  for (const previousCalls of callHistories) {
                    const input: RecommendChannelInput = {
                      comfortableOnPhone,
                      contacts: { directPhone, generalPhone, email, postalAddress, ...(linkedin ? { linkedin } : {}) },
                      via,
                      previousCalls,
                      ...(instruction ? { instruction } : {}),
                    };
                    cases.push({ input, advice: recommendChannel(input) });
                  }
  return cases;
}

const cases = everyCase();
const contactsOf = (input: RecommendChannelInput) => input.contacts ?? {};

describe('recommendChannel: properties over every combination', () => {
  it(`covers ${String(cases.length)} combinations`, () => {
    expect(cases).toHaveLength(16 * 3 * 2 * 2 * instructions.length * callHistories.length);
  });

  it('ranks each of the five channels once, suitable ones first', () => {
    for (const { advice } of cases) {
      expect([...advice.ranked.map((entry) => entry.channel)].sort()).toEqual([...CHANNELS].sort());
      const firstUnsuitable = advice.ranked.findIndex((entry) => !entry.suitable);
      if (firstUnsuitable >= 0) expect(advice.ranked.slice(firstUnsuitable).every((entry) => !entry.suitable)).toBe(true);
    }
  });

  it('picks a suitable primary (the first ranked) or null when none fits', () => {
    for (const { advice } of cases) {
      if (advice.primary === null) expect(advice.ranked.some((entry) => entry.suitable)).toBe(false);
      else {
        expect(advice.ranked[0]).toMatchObject({ channel: advice.primary, suitable: true });
      }
    }
  });

  it('never finds LinkedIn suitable without earlier work messages, unless the employer asked for LinkedIn', () => {
    for (const { input, advice } of cases) {
      const askedForLinkedin = input.instruction?.type === 'use-channel' && input.instruction.channel === 'linkedin';
      if (contactsOf(input).linkedin?.priorWorkMessages !== true && !askedForLinkedin) {
        expect(suitableOf(advice, 'linkedin')).toBe(false);
      }
    }
  });

  it('never makes phone or voicemail suitable after "no calls"', () => {
    for (const { input, advice } of cases) {
      if (input.instruction?.type === 'no-calls') {
        expect(suitableOf(advice, 'phone')).toBe(false);
        expect(suitableOf(advice, 'voicemail')).toBe(false);
        expect(codesOf(advice, 'phone')).toEqual(['employer-no-calls']);
      }
    }
  });

  it('never calls a general line while email to the interviewer exists, unless the employer asked for a call', () => {
    for (const { input, advice } of cases) {
      const contacts = contactsOf(input);
      const askedForCall =
        input.instruction?.type === 'call-on' ||
        (input.instruction?.type === 'use-channel' && ['phone', 'voicemail'].includes(input.instruction.channel));
      if (!contacts.directPhone && contacts.generalPhone && contacts.email && !askedForCall) {
        expect(advice.primary).not.toBe('phone');
        expect(suitableOf(advice, 'phone')).toBe(false);
      }
    }
  });

  it('gives every ranked channel at least one reason, with a kebab-case code and a sentence', () => {
    const malformed: unknown[] = [];
    for (const { input, advice } of cases) {
      if (advice.ranked.some((entry) => entry.reasons.length === 0) || advice.reasons.length === 0) malformed.push(input);
      for (const entry of [...advice.ranked.flatMap((ranked) => ranked.reasons), ...advice.reasons]) {
        if (!/^[a-z]+(?:-[a-z]+)*$/.test(entry.code) || !/^[A-Z].*\.$/.test(entry.message)) malformed.push(entry);
      }
    }
    expect(malformed).toEqual([]);
  });

  it('falls back to a voicemail only behind a call', () => {
    for (const { advice } of cases) {
      const expected = advice.primary === 'phone' && suitableOf(advice, 'voicemail') ? 'voicemail' : null;
      expect(advice.fallback).toBe(expected);
      if (advice.primary === 'phone') expect(advice.fallback).toBe('voicemail');
    }
  });

  it('makes the voicemail primary only when the employer asked for one', () => {
    for (const { input, advice } of cases) {
      if (advice.primary === 'voicemail') expect(input.instruction).toEqual({ type: 'use-channel', channel: 'voicemail' });
    }
  });

  it('follows a channel the employer asked for, or recommends nothing', () => {
    for (const { input, advice } of cases) {
      if (input.instruction?.type === 'use-channel') expect([input.instruction.channel, null]).toContain(advice.primary);
      if (input.instruction?.type === 'call-on') expect(['phone', null]).toContain(advice.primary);
    }
  });

  it('recommends nothing after a call that was answered or left a voicemail, unless a callback was asked for', () => {
    for (const { input, advice } of cases) {
      const called = (input.previousCalls ?? []).some((call) => call.outcome !== 'no-answer');
      if (called && input.instruction?.type !== 'call-on') {
        expect(advice.primary).toBeNull();
        expect(advice.reasons.map((reason) => reason.code)).toEqual(['follow-up-done']);
      }
    }
  });

  it('puts writing first for a candidate not comfortable on the phone, when writing is possible and not overruled', () => {
    for (const { input, advice } of cases) {
      const writable = advice.ranked.some((entry) => entry.suitable && !['phone', 'voicemail'].includes(entry.channel));
      if (input.comfortableOnPhone === false && writable) expect(['email', 'handwritten-note', 'linkedin']).toContain(advice.primary);
    }
  });

  it('sends every suitable channel to the agency contact through an agency', () => {
    for (const { input, advice } of cases) {
      for (const entry of advice.ranked) {
        if (entry.suitable) expect(entry.reasons.some((reason) => reason.code === 'agency-contact')).toBe(input.via === 'agency');
      }
    }
  });

  it('repeats the primary channel\'s reasons as the advice\'s reasons', () => {
    for (const { advice } of cases) {
      if (advice.primary !== null) expect(advice.reasons).toEqual(advice.ranked[0]?.reasons);
    }
  });

  it('returns plain JSON data', () => {
    for (const { advice } of cases.slice(0, 500)) expect(JSON.parse(JSON.stringify(advice))).toEqual(advice);
  });
});

describe('recommendChannel: contact details given as text', () => {
  it('treats any contact detail written out as having that contact', () => {
    // Any text the schema takes as a contact detail.
    const detail = fc.string({ minLength: 1, maxLength: 40 }).filter((text) => contactsSchema.safeParse({ email: text }).success);
    fc.assert(
      fc.property(detail, fc.constantFrom('directPhone', 'generalPhone', 'email', 'postalAddress'), fc.boolean(), (text, point, comfortableOnPhone) => {
        const withText = recommendChannel({ comfortableOnPhone, contacts: { [point]: text } });
        const withTrue = recommendChannel({ comfortableOnPhone, contacts: { [point]: true } });
        expect(withText).toEqual(withTrue);
      }),
    );
  });
});

describe('recommendChannel: input handling', () => {
  it.each<[string, unknown, (string | number)[]]>([
    ['a contact point that is a number', { contacts: { email: 42 } }, ['contacts', 'email']],
    ['an empty contact detail', { contacts: { directPhone: '   ' } }, ['contacts', 'directPhone']],
    ['an unknown contact point', { contacts: { fax: true } }, ['contacts', 'fax']],
    ['linkedin without priorWorkMessages', { contacts: { linkedin: {} } }, ['contacts', 'linkedin', 'priorWorkMessages']],
    ['comfortableOnPhone as text', { comfortableOnPhone: 'yes' }, ['comfortableOnPhone']],
    ['an unknown channel asked for', { instruction: { type: 'use-channel', channel: 'fax' } }, ['instruction', 'channel']],
    ['an unknown via', { via: 'friend' }, ['via']],
    ['an unknown field', { urgency: 'high' }, ['urgency']],
  ])('rejects %s with InvalidInputError', (_name, input, path) => {
    expect(() => recommendChannel(input as RecommendChannelInput)).toThrow(InvalidInputError);
    try {
      recommendChannel(input as RecommendChannelInput);
    } catch (error) {
      expect((error as InvalidInputError).issues.map((issue) => issue.path)).toContainEqual(path);
    }
  });

  it.each([null, undefined, 'phone', 42, []])('rejects %j as the whole input', (input) => {
    expect(() => recommendChannel(input as unknown as RecommendChannelInput)).toThrow(InvalidInputError);
  });

  it('does not change its input', () => {
    const input: RecommendChannelInput = {
      comfortableOnPhone: false,
      contacts: { directPhone: true, email: 'sam@example.com', linkedin: { priorWorkMessages: true } },
      previousCalls: [{ at: '2026-03-30T09:10:00Z', outcome: 'no-answer' }],
    };
    deepFreeze(input);
    const before = JSON.stringify(input);
    recommendChannel(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('returns fresh reasons, so editing one result cannot change the next', () => {
    const first = recommendChannel({ contacts: { directPhone: true } });
    (first.ranked[0]?.reasons[0] as { message: string }).message = 'changed';
    expect(recommendChannel({ contacts: { directPhone: true } }).ranked[0]?.reasons[0]?.message).not.toBe('changed');
  });
});

describe('the channel table', () => {
  it.each(CHANNELS)('ends with a row that always judges %s', (channel) => {
    const verdicts = CHANNEL_RULES.filter((rule) => rule.then !== 'note' && rule.channels.includes(channel));
    const last = verdicts.at(-1);
    expect(last?.then).toBe('suitable');
    // The catch-all must hold in any situation at all, so probe it with two opposite ones.
    const everything = { comfortableOnPhone: true, contactsGiven: true, directPhone: true, generalPhone: true, email: true, postalAddress: true, linkedinConnected: true, linkedinPriorWork: true, via: 'employer', noCalls: false, callbackRequested: false, requestedChannel: null, alreadyCalled: false, unansweredCall: false } as const;
    const nothing = { ...everything, directPhone: false, generalPhone: false, email: false, postalAddress: false, linkedinConnected: false, linkedinPriorWork: false, noCalls: true, alreadyCalled: true };
    expect(last?.when(everything, channel)).toBe(true);
    expect(last?.when(nothing, channel)).toBe(true);
  });

  it('gives each code one meaning', () => {
    const messages = new Map<string, string>();
    for (const rule of CHANNEL_RULES) {
      const seen = messages.get(rule.reason.code);
      if (seen !== undefined) expect(rule.reason.message).toBe(seen);
      messages.set(rule.reason.code, rule.reason.message);
    }
    expect(messages.size).toBe(CHANNEL_RULES.length);
  });
});
