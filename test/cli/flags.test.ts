import { describe, expect, it } from 'vitest';
import { buildInput, flagForField, flagsFor, INPUT_FLAGS, missingFlag, UsageError } from '../../src/cli/flags.js';

describe('buildInput writes each flag into the command input', () => {
  const rows: readonly (readonly [string, Parameters<typeof buildInput>, Record<string, unknown>])[] = [
    ['--interview-at is interviewAt for window', ['window', { 'interview-at': '2026-03-20' }, {}], { interviewAt: '2026-03-20' }],
    ['--interview-at is interviewedOn for script', ['script', { 'interview-at': '2026-03-20' }, {}], { interviewedOn: '2026-03-20' }],
    ['--interview-at is context.interviewAt for check', ['check', { 'interview-at': '2026-03-20' }, {}], { context: { interviewAt: '2026-03-20' } }],
    ['--name and --phone fill the candidate', ['plan', { name: 'Ana Silva', phone: '+44 7700 900123' }, {}], { candidate: { name: 'Ana Silva', phone: '+44 7700 900123' } }],
    ['--working-hours is a start and an end', ['window', { 'working-hours': '08:30-16:30' }, {}], { workingHours: { start: '08:30', end: '16:30' } }],
    ['--work-days is a list of numbers', ['window', { 'work-days': '7, 1,2,3,4' }, {}], { workDays: [7, 1, 2, 3, 4] }],
    ['--holidays is a list of dates', ['window', { holidays: '2026-04-03,2026-04-06' }, {}], { holidays: ['2026-04-03', '2026-04-06'] }],
    ['--call-on is an instruction', ['window', { 'call-on': '2026-03-30' }, {}], { instruction: { type: 'call-on', date: '2026-03-30' } }],
    ['--no-calls is an instruction', ['plan', { 'no-calls': true }, {}], { instruction: { type: 'no-calls' } }],
    ['--previous-call splits at the last comma', ['window', { 'previous-call': ['2026-03-30T09:10:00+01:00,no-answer', '2026-03-31T16:30:00+01:00, voicemail'] }, {}], { previousCalls: [{ at: '2026-03-30T09:10:00+01:00', outcome: 'no-answer' }, { at: '2026-03-31T16:30:00+01:00', outcome: 'voicemail' }] }],
    ['the policy flags are numbers under policy', ['window', { 'earliest-days': '5', 'slot-minutes': '30' }, {}], { policy: { earliestDays: 5, slotMinutes: 30 } }],
    ['a policy value that is no number stays text for the library to reject', ['window', { 'latest-days': 'ten' }, {}], { policy: { latestDays: 'ten' } }],
    ['--variant is a number', ['script', { variant: '2' }, {}], { variant: 2 }],
    ['--comfortable-on-phone no is false', ['plan', { 'comfortable-on-phone': 'no' }, {}], { comfortableOnPhone: false }],
    ['a contact point is the detail itself', ['plan', { 'direct-phone': '+44 20 7946 0001' }, {}], { contacts: { directPhone: '+44 20 7946 0001' } }],
    ['a contact point may be just yes', ['plan', { 'contact-email': 'yes' }, {}], { contacts: { email: true } }],
    ['--linkedin-prior-work-messages fills contacts.linkedin', ['plan', { 'linkedin-prior-work-messages': 'yes' }, {}], { contacts: { linkedin: { priorWorkMessages: true } } }],
    ['--rule settings form a record', ['check', { rule: ['pushy=error', 'too-long=off'] }, {}], { rules: { pushy: 'error', 'too-long': 'off' } }],
    ['--recipient and --intent go in the context', ['check', { recipient: 'general-line', intent: 'decline' }, {}], { context: { recipient: 'general-line', intent: 'decline' } }],
    ['flags override the --input JSON and keep its other fields', ['plan', { name: 'Ana Silva' }, { candidate: { name: 'A. Silva', email: 'ana@example.com' }, role: 'Analyst' }], { candidate: { name: 'Ana Silva', email: 'ana@example.com' }, role: 'Analyst' }],
  ];

  for (const [what, args, expected] of rows) {
    it(what, () => {
      expect(buildInput(...args)).toEqual(expected);
    });
  }

  it('leaves the --input object as it was', () => {
    const base = { candidate: { name: 'A. Silva' } };
    buildInput('plan', { name: 'Ana Silva' }, base);
    expect(base).toEqual({ candidate: { name: 'A. Silva' } });
  });

  it('refuses two flags for the same field', () => {
    expect(() => buildInput('script', { 'interview-at': '2026-03-20', 'interviewed-on': '2026-03-21' }, {})).toThrow(
      new UsageError('--interview-at and --interviewed-on cannot be used together'),
    );
  });
});

describe('the flag table', () => {
  it('names every flag in kebab case', () => {
    for (const flag of INPUT_FLAGS) expect(flag.name).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it('has each flag once', () => {
    const names = INPUT_FLAGS.map((flag) => flag.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives the rules command no input flags', () => {
    expect(flagsFor('rules')).toEqual([]);
  });

  it('finds the flag behind a field path', () => {
    expect(flagForField('plan', ['candidate', 'name'])).toBe('name');
    expect(flagForField('check', ['context', 'policy', 'slotMinutes'])).toBe('slot-minutes');
    expect(flagForField('window', ['previousCalls', 1, 'outcome'])).toBe('previous-call');
    expect(flagForField('window', ['instruction', 'date'])).toBeUndefined();
  });

  it('finds the first required flag still missing', () => {
    expect(missingFlag('plan', { interviewAt: '2026-03-20', candidate: {} })?.name).toBe('name');
    expect(missingFlag('plan', { interviewAt: '2026-03-20', candidate: { name: 'Ana' }, role: 'Analyst' })).toBeUndefined();
    expect(missingFlag('check', {})).toBeUndefined();
  });
});
