import * as z from 'zod/mini';
import { parseInstant } from '../internal/instant.js';

// The schemas every public input uses: dates and instants, and the shared words (channels, via,
// locales). The ones only some inputs use live in their own modules (time-zone.ts,
// working-time.ts, contact-history.ts, policy.ts, fact-text.ts), so that a bundle that imports
// one function carries only the schemas of that function's input.

// ---------------------------------------------------------------------------
// Calendar dates and instants
// ---------------------------------------------------------------------------

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; Date.UTC is host-zone independent.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when `year-month-day` names a real day of the proleptic Gregorian calendar, years 1-9999. */
export function isRealCalendarDate(year: number, month: number, day: number): boolean {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True for a `YYYY-MM-DD` string naming a real calendar day. */
export function isDateOnlyString(value: string): boolean {
  const match = DATE_ONLY.exec(value);
  if (!match) return false;
  return isRealCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * True for an ISO 8601 date-time string with `Z` or a numeric offset, naming a real instant:
 * exactly the strings the library's own instant parser reads (see src/internal/instant.ts).
 */
export function isInstantString(value: string): boolean {
  return parseInstant(value) !== undefined;
}

/**
 * A calendar date, `YYYY-MM-DD`, that exists (`2026-02-30` does not).
 *
 * @example
 * ```ts
 * dateOnlySchema.safeParse('2026-02-28').success;
 * //=> true
 * ```
 */
export const dateOnlySchema = z.string().check(
  z.refine(isDateOnlyString, 'must be a real calendar date written YYYY-MM-DD, such as "2026-03-20"'),
);

/**
 * An ISO 8601 date-time string with `Z` or an offset, such as `2026-03-20T10:00:00+01:00`.
 * Accepted: a real date `YYYY-MM-DD` (years 0001-9999); `T`, `t` or a space; `HH:mm` or
 * `HH:mm:ss`, the seconds with an optional fraction of any length after `.` or `,`; and `Z`,
 * `z`, `+HH:mm`, `+HHmm` or `+HH` (or `-`). The library reads these itself, the same way on
 * every engine, rather than with `new Date(text)`.
 *
 * @example
 * ```ts
 * instantStringSchema.safeParse('2026-03-20T10:00:00Z').success;
 * //=> true
 * ```
 */
export const instantStringSchema = z.string().check(
  z.refine(
    isInstantString,
    'must be an ISO 8601 date-time with Z or an offset, such as "2026-03-20T10:00:00Z"',
  ),
);

// The first and the last instant the string forms can name (years 0001-9999 in UTC); a Date is
// held to the same range, so a Date and its JSON form are accepted alike.
// Date.UTC maps years 0-99 to 1900-1999, so the year 1 is set explicitly.
const FIRST_INSTANT_MS = new Date(0).setUTCFullYear(1, 0, 1);
const LAST_INSTANT_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** A valid `Date` in the years 0001-9999 (UTC). */
const calendarDateSchema = z.date().check(
  z.refine((date) => {
    const ms = date.getTime();
    return ms >= FIRST_INSTANT_MS && ms <= LAST_INSTANT_MS;
  }, 'must be a Date in the years 0001 to 9999'),
);

/**
 * A moment in time: a valid `Date`, or an ISO 8601 date-time string with `Z` or an offset.
 *
 * @example
 * ```ts
 * instantSchema.safeParse(new Date('2026-03-20T10:00:00Z')).success;
 * //=> true
 * ```
 */
export const instantSchema = z.union([calendarDateSchema, instantStringSchema], {
  error: 'must be a valid Date or an ISO 8601 date-time with Z or an offset, such as "2026-03-20T10:00:00Z"',
});

/**
 * An instant, or a date-only `YYYY-MM-DD` string meaning that calendar day in the interviewer's time zone.
 *
 * @example
 * ```ts
 * instantOrDateSchema.safeParse('2026-03-20').success;
 * //=> true
 * ```
 */
export const instantOrDateSchema = z.union([calendarDateSchema, instantStringSchema, dateOnlySchema], {
  error:
    'must be a date ("2026-03-20"), an ISO 8601 date-time with Z or an offset ("2026-03-20T10:00:00Z"), or a valid Date',
});

// ---------------------------------------------------------------------------
// Shared vocabulary
// ---------------------------------------------------------------------------

/**
 * The five ways to follow up, also the kinds of script. Frozen.
 *
 * @example
 * ```ts
 * CHANNELS;
 * //=> [ 'phone', 'voicemail', 'email', 'handwritten-note', 'linkedin' ]
 * ```
 */
export const CHANNELS = /* @__PURE__ */ Object.freeze(['phone', 'voicemail', 'email', 'handwritten-note', 'linkedin'] as const);

/**
 * A follow-up channel, which is also the kind of script to write.
 *
 * @example
 * ```ts
 * channelSchema.safeParse('handwritten-note').success;
 * //=> true
 * ```
 */
export const channelSchema = z.enum(CHANNELS);

/**
 * Who the candidate deals with: the employer directly, or a recruitment agency.
 *
 * @example
 * ```ts
 * viaSchema.safeParse('agency').success;
 * //=> true
 * ```
 */
export const viaSchema = z.enum(['employer', 'agency']);

/**
 * The English variants the scripts are written in.
 *
 * @example
 * ```ts
 * localeSchema.safeParse('en-GB').success;
 * //=> true
 * ```
 */
export const localeSchema = z.enum(['en-US', 'en-GB']);
