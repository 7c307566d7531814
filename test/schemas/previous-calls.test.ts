import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { callWindowInputSchema, checkContextSchema, planFollowUpInputSchema } from '../../src/index.js';

// A previous call cannot be dated after the moment an input is judged at: `now` for the call
// window and the plan (the current time when `now` is left out), `plannedAt` for the plan and for
// checkMessage's context.

const interview = { interviewAt: '2026-03-20' };
const plan = { ...interview, candidate: { name: 'Ana Silva' }, role: 'Data Analyst' };

/** The issues of `value` as `path: message` lines, or `[]` when it is accepted. */
function issuesOf(schema: typeof callWindowInputSchema | typeof planFollowUpInputSchema | typeof checkContextSchema, value: unknown): string[] {
  return (schema.safeParse(value).error?.issues ?? []).map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('callWindowInputSchema holds previous calls to now', () => {
  it.each([
    ['a call before now', '2026-03-21T11:59:59Z', []],
    ['a call at now', '2026-03-21T12:00:00Z', []],
    ['a call at now, written in another offset', '2026-03-21T13:00:00+01:00', []],
    ['a call a millisecond after now', '2026-03-21T12:00:00.001Z', ['previousCalls.0.at: must not be after now (2026-03-21T12:00:00Z)']],
    ['a call weeks after now, as a Date', new Date('2026-04-30T10:00:00Z'), ['previousCalls.0.at: must not be after now (2026-03-21T12:00:00Z)']],
  ])('%s', (_what, at, expected) => {
    expect(issuesOf(callWindowInputSchema, { ...interview, now: '2026-03-21T12:00:00Z', previousCalls: [{ at, outcome: 'no-answer' }] })).toEqual(expected);
  });

  it('reports each call that is after now, at its own index', () => {
    const calls = ['2026-03-22T09:00:00Z', '2026-03-20T09:00:00Z', '2026-03-23T09:00:00Z'].map((at) => ({ at, outcome: 'spoke' }));
    expect(issuesOf(callWindowInputSchema, { ...interview, now: '2026-03-21T12:00:00Z', previousCalls: calls }).map((line) => line.split(':')[0])).toEqual([
      'previousCalls.0.at',
      'previousCalls.2.at',
    ]);
  });

  it('quotes a Date now in UTC', () => {
    expect(issuesOf(callWindowInputSchema, { ...interview, now: new Date('2026-03-21T12:00:00Z'), previousCalls: [{ at: '2026-03-22T09:00:00Z', outcome: 'spoke' }] })).toEqual([
      'previousCalls.0.at: must not be after now (2026-03-21T12:00:00.000Z)',
    ]);
  });

  it('compares nothing while now or a call is invalid', () => {
    expect(issuesOf(callWindowInputSchema, { ...interview, now: 'tomorrow', previousCalls: [{ at: '2999-01-01T00:00:00Z', outcome: 'spoke' }] })).toHaveLength(1);
    expect(issuesOf(callWindowInputSchema, { ...interview, now: '2026-03-21T12:00:00Z', previousCalls: [{ at: '2999-01-01T00:00:00Z', outcome: 'rang' }] })).toHaveLength(1);
  });

  it('reads the clock only when now is left out', () => {
    const clock = vi.spyOn(Date, 'now');
    callWindowInputSchema.safeParse({ ...interview, now: '2026-03-21T12:00:00Z', previousCalls: [{ at: '2026-03-20T12:00:00Z', outcome: 'spoke' }] });
    expect(clock).not.toHaveBeenCalled();
    clock.mockReturnValue(Date.UTC(2026, 2, 21, 12));
    expect(issuesOf(callWindowInputSchema, { ...interview, previousCalls: [{ at: '2026-03-21T12:00:01Z', outcome: 'spoke' }] })).toEqual([
      'previousCalls.0.at: must not be after now (the current time, as now is not given)',
    ]);
    expect(issuesOf(callWindowInputSchema, { ...interview, previousCalls: [{ at: '2026-03-21T12:00:00Z', outcome: 'spoke' }] })).toEqual([]);
  });

  it('rejects a call exactly when it is later than now (property)', () => {
    const ms = fc.integer({ min: Date.UTC(1, 0, 1) + 86_400_000, max: Date.UTC(9999, 11, 31) });
    fc.assert(
      fc.property(ms, ms, fc.boolean(), (nowMs, atMs, asDate) => {
        const at = asDate ? new Date(atMs) : new Date(atMs).toISOString();
        const accepted = callWindowInputSchema.safeParse({ ...interview, now: new Date(nowMs).toISOString(), previousCalls: [{ at, outcome: 'no-answer' }] }).success;
        expect(accepted).toBe(atMs <= nowMs);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('planFollowUpInputSchema holds previous calls to now and to plannedAt', () => {
  const call = { at: '2026-03-30T10:00:00Z', outcome: 'no-answer' };

  it.each([
    ['before both', { now: '2026-04-01T12:00:00Z', plannedAt: '2026-04-02T09:00:00Z' }, []],
    ['after plannedAt only', { now: '2026-04-01T12:00:00Z', plannedAt: '2026-03-28T10:00:00Z' }, ['previousCalls.0.at: must not be after plannedAt (2026-03-28T10:00:00Z)']],
    ['after now only', { now: '2026-03-29T12:00:00Z', plannedAt: '2026-04-02T09:00:00Z' }, ['previousCalls.0.at: must not be after now (2026-03-29T12:00:00Z)']],
    ['after both: now is named, once', { now: '2026-03-29T12:00:00Z', plannedAt: '2026-03-28T10:00:00Z' }, ['previousCalls.0.at: must not be after now (2026-03-29T12:00:00Z)']],
    ['after plannedAt, with no now', { plannedAt: '2026-03-28T10:00:00Z' }, ['previousCalls.0.at: must not be after plannedAt (2026-03-28T10:00:00Z)']],
  ])('a call %s', (_what, moments, expected) => {
    expect(issuesOf(planFollowUpInputSchema, { ...plan, ...moments, previousCalls: [call] })).toEqual(expected);
  });
});

describe("checkContextSchema holds previous calls to plannedAt, the moment the context's rules judge", () => {
  it.each([
    ['a call before plannedAt', { plannedAt: '2026-03-31T09:00:00Z' }, []],
    ['a call after plannedAt', { plannedAt: '2026-03-28T10:00:00Z' }, ['previousCalls.0.at: must not be after plannedAt (2026-03-28T10:00:00Z)']],
    ['a call in 2999 without plannedAt: nothing to compare with', {}, []],
  ])('%s', (_what, moments, expected) => {
    const at = 'plannedAt' in moments ? '2026-03-30T10:00:00Z' : '2999-03-30T10:00:00Z';
    expect(issuesOf(checkContextSchema, { ...moments, previousCalls: [{ at, outcome: 'voicemail' }] })).toEqual(expected);
  });

  it('never reads the clock', () => {
    const clock = vi.spyOn(Date, 'now');
    checkContextSchema.safeParse({ previousCalls: [{ at: '2999-03-30T10:00:00Z', outcome: 'voicemail' }] });
    expect(clock).not.toHaveBeenCalled();
  });
});
