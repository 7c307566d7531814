import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, nextCallWindow, toICalendar } from '../../src/index.js';

const window = nextCallWindow({ interviewAt: '2026-03-20', timeZone: 'Europe/London', now: '2026-03-23T12:00:00Z' });
const stamp = { now: '2026-03-23T12:00:00Z' } as const;

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('toICalendar', () => {
  it('writes the next slot as one event in UTC that a real parser reads back', () => {
    const ics = toICalendar(window, { summary: 'Call Sam Lee', ...stamp })!;
    const [event, ...rest] = events(ics);
    expect(rest).toHaveLength(0);
    expect(event!.summary).toBe('Call Sam Lee');
    expect(event!.startDate.toJSDate().toISOString()).toBe('2026-03-27T09:00:00.000Z');
    expect(event!.endDate.toJSDate().toISOString()).toBe('2026-03-27T10:00:00.000Z');
    expect(event!.startDate.zone.tzid).toBe('UTC');
    expect(ics).not.toContain('VTIMEZONE');
  });

  it('writes every slot with slots: "all", each at its own UTC instant across the clock change', () => {
    const all = events(toICalendar(window, { slots: 'all', ...stamp })!);
    expect(all).toHaveLength(window.slots.length);
    expect(all.map((e) => e.startDate.toJSDate().getTime())).toEqual(window.slots.map((s) => new Date(s.start).getTime()));
    // Mon 30 Mar 09:00 BST is 08:00 UTC.
    expect(all[2]!.startDate.toJSDate().toISOString()).toBe('2026-03-30T08:00:00.000Z');
  });

  it('adds a display alarm the given minutes before, 15 by default', () => {
    const alarmOf = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!.getFirstSubcomponent('valarm')!;
    const byDefault = alarmOf(toICalendar(window, stamp)!);
    expect(byDefault.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect((byDefault.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-15 * 60);
    const custom = alarmOf(toICalendar(window, { alarmMinutesBefore: 90, ...stamp })!);
    expect((custom.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-90 * 60);
    const atStart = alarmOf(toICalendar(window, { alarmMinutesBefore: 0, ...stamp })!);
    expect((atStart.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(0);
  });

  it('escapes backslashes, semicolons, commas and line breaks so they come back unchanged', () => {
    const description = 'Ask about next steps; mention the SQL test, the dashboard\\report.\nBring notes.\r\nSmile.';
    const summary = 'Call Sam, re: analyst; role';
    const ics = toICalendar(window, { summary, description, ...stamp })!;
    const [event] = events(ics);
    expect(event!.summary).toBe(summary);
    expect(event!.description).toBe(description.replace('\r\n', '\n'));
    expect(ics).toContain('SUMMARY:Call Sam\\, re: analyst\\; role');
  });

  it('ends every line with CRLF and folds lines at 75 octets without splitting characters', () => {
    const description = `${'Ünïcödé façade, naïve café — 日本語のテキスト. '.repeat(12)}End.`;
    const ics = toICalendar(window, { description, ...stamp })!;
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(events(ics)[0]!.description).toBe(description);
  });

  it('gives the same UID for the same plan and a different one for another slot or title', () => {
    const uid = (ics: string) => events(ics)[0]!.uid;
    const first = uid(toICalendar(window, { summary: 'Call Sam', ...stamp })!);
    expect(uid(toICalendar(structuredClone(window), { summary: 'Call Sam', now: '2026-03-25T08:00:00Z' })!)).toBe(first);
    expect(first).toMatch(/^[0-9a-f]{16}@interview-followup$/);
    expect(uid(toICalendar(window, { summary: 'Call Alex', ...stamp })!)).not.toBe(first);
    const all = events(toICalendar(window, { slots: 'all', ...stamp })!).map((e) => e.uid);
    expect(new Set(all).size).toBe(all.length);
  });

  it('writes DTSTAMP from now, and survives a JSON round trip of the window', () => {
    const ics = toICalendar(JSON.parse(JSON.stringify(window)), stamp)!;
    expect(ics).toContain('DTSTAMP:20260323T120000Z\r\n');
  });

  it('reads every instant spelling the schema accepts, not only the one new Date(text) must read', () => {
    const slot = { start: '2026-03-27 09:00:00,5+0000', end: '2026-03-27t10:00z', part: 'start-of-day' } as const;
    const ics = toICalendar({ slots: [], nextSlot: slot }, { now: '0050-03-02 10:00:00.123456789-01' })!;
    expect(ics).toContain('DTSTART:20260327T090000Z\r\nDTEND:20260327T100000Z\r\n');
    expect(ics).toContain('DTSTAMP:00500302T110000Z\r\n');
  });

  it('returns null when there is nothing to put in a calendar', () => {
    const none = nextCallWindow({ interviewAt: '2026-03-20', instruction: { type: 'no-calls' }, now: '2026-03-23T12:00:00Z' });
    expect(toICalendar(none, stamp)).toBeNull();
    const late = nextCallWindow({ interviewAt: '2026-03-20', now: '2026-05-01T12:00:00Z' });
    expect(toICalendar(late, stamp)).toBeNull();
    expect(toICalendar(late, { slots: 'all', ...stamp })).not.toBeNull();
  });

  it.each([
    ['a window without slots', { nextSlot: null }, {}, ['slots']],
    ['a slot with a local time', { slots: [], nextSlot: { start: '2026-03-27T09:00:00', end: '2026-03-27T10:00:00Z', part: 'start-of-day' } }, {}, ['nextSlot', 'start']],
    ['a negative alarm', window, { alarmMinutesBefore: -5 }, ['alarmMinutesBefore']],
    ['an empty summary', window, { summary: '  ' }, ['summary']],
    ['an unknown option', window, { all: true }, ['all']],
  ])('rejects %s with InvalidInputError', (_what, badWindow, options, path) => {
    let caught: unknown;
    try {
      toICalendar(badWindow as never, options as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidInputError);
    expect((caught as InvalidInputError).issues[0]?.path).toEqual(path);
  });
});
