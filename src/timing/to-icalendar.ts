import { instantMsOf } from '../internal/calendar-date.js';
import { parseInput } from '../internal/parse-input.js';
import { callWindowSlotsSchema, iCalendarOptionsSchema, type ICalendarOptions } from '../schemas/calendar-export.js';
import type { CallSlot, CallWindow } from './types.js';

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;
const DEFAULT_SUMMARY = 'Follow-up call';
const DEFAULT_ALARM_MINUTES = 15;

/**
 * Writes a call window as an iCalendar (RFC 5545) file, so the candidate gets a reminder: one
 * event for the next slot, or one per slot with `slots: "all"`. Each event has a reminder
 * (VALARM) `alarmMinutesBefore` minutes ahead. Times are in UTC, so no VTIMEZONE is needed and
 * every calendar app shows them in its own zone. Lines end in CRLF and are folded at 75 octets;
 * text is escaped. The UID of each event is derived from its slot and text, so exporting the same
 * plan again updates the event instead of adding a copy.
 *
 * Returns `null` when there is nothing to put in a calendar (no next slot, or no slots at all).
 *
 * @param window - A result of {@link nextCallWindow}, or any object with its `slots` and
 * `nextSlot` (a stored copy after a JSON round trip works too).
 * @param options - The event's `summary` and `description`, `slots: "all"` for every slot,
 * `alarmMinutesBefore` (default 15) and `now` for the DTSTAMP; see {@link ICalendarOptions}.
 * @returns The iCalendar text, or `null` when there is no slot to export.
 * @throws {@link InvalidInputError} when the window has no valid `slots`/`nextSlot`, or an option is invalid.
 * @example
 * ```ts
 * const window = nextCallWindow({ interviewAt: '2026-03-20', timeZone: 'Europe/London', now: '2026-03-23T12:00:00Z' });
 * const ics = toICalendar(window, { summary: 'Call Sam Lee', now: '2026-03-23T12:00:00Z' });
 * ics?.split('\r\n').filter((line) => line.startsWith('DTSTART') || line.startsWith('TRIGGER'));
 * //=> [ 'DTSTART:20260327T090000Z', 'TRIGGER:-PT15M' ]
 * ```
 */
export function toICalendar(window: Pick<CallWindow, 'slots' | 'nextSlot'>, options: ICalendarOptions = {}): string | null {
  const parsedWindow = parseInput(callWindowSlotsSchema, window);
  const parsed = parseInput(iCalendarOptionsSchema, options);
  const slots: readonly CallSlot[] =
    parsed.slots === 'all' ? parsedWindow.slots : parsedWindow.nextSlot ? [parsedWindow.nextSlot] : [];
  if (slots.length === 0) return null;

  // The clock is read only when the caller gave no `now`.
  const stamp = utcStamp(parsed.now === undefined ? Date.now() : instantMsOf(parsed.now));
  const summary = parsed.summary ?? DEFAULT_SUMMARY;
  const alarmMinutes = parsed.alarmMinutesBefore ?? DEFAULT_ALARM_MINUTES;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//interview-followup//call window//EN', 'CALSCALE:GREGORIAN'];
  for (const slot of slots) {
    const startMs = instantMsOf(slot.start);
    const endMs = instantMsOf(slot.end);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${eventUid([String(startMs), String(endMs), slot.part, summary, parsed.description ?? ''])}@interview-followup`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${utcStamp(startMs)}`,
      `DTEND:${utcStamp(endMs)}`,
      `SUMMARY:${escapeText(summary)}`,
    );
    if (parsed.description !== undefined) lines.push(`DESCRIPTION:${escapeText(parsed.description)}`);
    lines.push(
      'TRANSP:OPAQUE',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(summary)}`,
      `TRIGGER:${alarmMinutes === 0 ? 'PT0M' : `-PT${String(alarmMinutes)}M`}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** An instant as an iCalendar UTC DATE-TIME: `20260327T090000Z`. */
function utcStamp(instantMs: number): string {
  const iso = new Date(Math.floor(instantMs / 1000) * 1000).toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

/** TEXT escaping of RFC 5545 section 3.3.11: backslash, semicolon, comma and line breaks. */
function escapeText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === '\\') out += '\\\\';
    else if (char === ';') out += '\\;';
    else if (char === ',') out += '\\,';
    else if (char === '\r') {
      out += '\\n';
      if (text.charAt(i + 1) === '\n') i++;
    } else if (char === '\n') out += '\\n';
    else out += char;
  }
  return out;
}

const encoder = new TextEncoder();

/**
 * Folds a content line so no physical line exceeds 75 octets of UTF-8 (RFC 5545 section 3.1).
 * Continuation lines start with one space, which counts toward their 75. A character is never
 * split: the fold goes before any character whose bytes would not fit.
 */
function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_LINE_OCTETS) return line;
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join(`${CRLF} `);
}

/**
 * A stable identifier from the event's facts: two 32-bit multiply-and-xor hashes over the UTF-16
 * code units (FNV-1a, and the same loop with another seed and multiplier), as 16 hex digits. It
 * only needs to be the same for the same facts and unlikely to collide; it is not a security measure.
 */
function eventUid(facts: readonly string[]): string {
  const text = facts.join('\u0000');
  let first = 0x811c9dc5;
  let second = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    first = Math.imul(first ^ unit, 0x01000193) >>> 0;
    second = Math.imul(second ^ unit, 0x5bd1e995) >>> 0;
  }
  return `${first.toString(16).padStart(8, '0')}${second.toString(16).padStart(8, '0')}`;
}
