import * as z from 'zod/mini';
import { parseInstant } from '../internal/instant.js';
import { whenFieldsValid } from './when-fields-valid.js';

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
// Zones, clock times and weekdays
// ---------------------------------------------------------------------------

const knownZones = new Map<string, boolean>();

/** True when the runtime's `Intl` accepts `zone` as an IANA time zone name. Results are cached. */
export function isValidTimeZone(zone: string): boolean {
  const cached = knownZones.get(zone);
  if (cached !== undefined) return cached;
  let valid = zone.length > 0 && zone.length <= 64;
  if (valid) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
    } catch {
      valid = false;
    }
  }
  if (knownZones.size < 1024) knownZones.set(zone, valid);
  return valid;
}

/**
 * An IANA time zone name the runtime knows, such as `Europe/London`.
 *
 * @example
 * ```ts
 * timeZoneSchema.safeParse('Mars/Olympus').success;
 * //=> false
 * ```
 */
export const timeZoneSchema = z.string().check(
  z.refine(isValidTimeZone, 'must be an IANA time zone such as "Europe/London" or "America/New_York"'),
);

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * A wall-clock time `HH:mm`, 00:00 to 23:59.
 *
 * @example
 * ```ts
 * clockTimeSchema.safeParse('25:00').success;
 * //=> false
 * ```
 */
export const clockTimeSchema = z.string().check(z.regex(CLOCK_TIME, 'must be a time written HH:mm, from 00:00 to 23:59'));

/**
 * An ISO weekday: 1 is Monday, 7 is Sunday.
 *
 * @example
 * ```ts
 * isoWeekdaySchema.safeParse(7).success;
 * //=> true
 * ```
 */
export const isoWeekdaySchema = z.number().check(
  z.refine((n) => Number.isInteger(n) && n >= 1 && n <= 7, 'must be an ISO weekday from 1 (Monday) to 7 (Sunday)'),
);

/**
 * Working hours in the interviewer's zone; `end` must be later than `start`.
 *
 * @example
 * ```ts
 * workingHoursSchema.safeParse({ start: '08:30', end: '16:30' }).success;
 * //=> true
 * ```
 */
export const workingHoursSchema = z
  .strictObject({ start: clockTimeSchema, end: clockTimeSchema })
  .check(
    z.superRefine(
      (hours, ctx) => {
        if (hours.end <= hours.start) {
          ctx.issues.push({
            code: 'custom',
            input: hours.end,
            path: ['end'],
            message: `must be later than workingHours.start (${hours.start})`,
          });
        }
      },
      { when: whenFieldsValid('start', 'end') },
    ),
  );

/**
 * The days of the interviewer's work week as ISO weekdays, each once, at least one.
 *
 * @example
 * ```ts
 * workDaysSchema.safeParse([7, 1, 2, 3, 4]).success; // Sunday to Thursday
 * //=> true
 * ```
 */
export const workDaysSchema = z.array(isoWeekdaySchema).check(
  z.minLength(1, 'must list at least one working day'),
  z.maxLength(7, 'must list each weekday at most once'),
  z.refine((days) => new Set(days).size === days.length, 'must list each weekday at most once'),
);

/**
 * Holidays in the interviewer's zone as `YYYY-MM-DD` dates; no calls are planned on them.
 *
 * @example
 * ```ts
 * holidaysSchema.safeParse(['2026-12-25', '2026-12-26']).success;
 * //=> true
 * ```
 */
export const holidaysSchema = z.array(dateOnlySchema).check(z.maxLength(3660, 'must list at most 3660 dates'));

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

/**
 * What the employer said about contact. `call-on` means exactly that date; `not-before` moves
 * the window's opening; `no-calls` means no call at all; `use-channel` names the channel they asked for.
 *
 * @example
 * ```ts
 * instructionSchema.safeParse({ type: 'call-on', date: '2026-03-30' }).success;
 * //=> true
 * ```
 */
export const instructionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('call-on'), date: instantOrDateSchema }),
  z.strictObject({ type: z.literal('not-before'), date: instantOrDateSchema }),
  z.strictObject({ type: z.literal('no-calls') }),
  z.strictObject({ type: z.literal('use-channel'), channel: channelSchema }),
]);

/**
 * A follow-up call already made. `spoke` and `voicemail` count as the call; `no-answer` does not.
 *
 * @example
 * ```ts
 * previousCallSchema.safeParse({ at: '2026-03-30T09:10:00+01:00', outcome: 'no-answer' }).success;
 * //=> true
 * ```
 */
export const previousCallSchema = z.strictObject({
  at: instantSchema,
  outcome: z.enum(['spoke', 'voicemail', 'no-answer']),
});

/**
 * The list of follow-up calls already made.
 *
 * @example
 * ```ts
 * previousCallsSchema.safeParse([]).success;
 * //=> true
 * ```
 */
export const previousCallsSchema = z.array(previousCallSchema).check(z.maxLength(100, 'must list at most 100 calls'));

const MAX_POLICY_DAYS = 366;

function dayCount(label: string) {
  return z.number().check(
    z.refine(
      (n) => Number.isInteger(n) && n >= 0 && n <= MAX_POLICY_DAYS,
      `must be a whole number of ${label} from 0 to ${String(MAX_POLICY_DAYS)}`,
    ),
  );
}

/**
 * The policy numbers behind the call window. Every field is optional; defaults are 7 and 14 days
 * after the interview, 2 and 7 days through an agency, and 60-minute slots.
 *
 * @example
 * ```ts
 * policySchema.safeParse({ earliestDays: 5, latestDays: 10 }).success;
 * //=> true
 * ```
 */
export const policySchema = z
  .strictObject({
    earliestDays: z.optional(dayCount('days')),
    latestDays: z.optional(dayCount('days')),
    agencyEarliestDays: z.optional(dayCount('days')),
    agencyLatestDays: z.optional(dayCount('days')),
    slotMinutes: z.optional(
      z.number().check(
        z.refine((n) => Number.isInteger(n) && n >= 5 && n <= 720, 'must be a whole number of minutes from 5 to 720'),
      ),
    ),
  })
  .check(
    z.superRefine(
      (policy, ctx) => {
        const earliest = policy.earliestDays ?? DEFAULT_POLICY.earliestDays;
        const latest = policy.latestDays ?? DEFAULT_POLICY.latestDays;
        if (latest < earliest) {
          ctx.issues.push({
            code: 'custom',
            input: policy.latestDays,
            path: [policy.latestDays === undefined ? 'earliestDays' : 'latestDays'],
            message: `must leave latestDays (${String(latest)}) at or after earliestDays (${String(earliest)})`,
          });
        }
      },
      { when: whenFieldsValid('earliestDays', 'latestDays') },
    ),
    z.superRefine(
      (policy, ctx) => {
        const agencyEarliest = policy.agencyEarliestDays ?? DEFAULT_POLICY.agencyEarliestDays;
        const agencyLatest = policy.agencyLatestDays ?? DEFAULT_POLICY.agencyLatestDays;
        if (agencyLatest < agencyEarliest) {
          ctx.issues.push({
            code: 'custom',
            input: policy.agencyLatestDays,
            path: [policy.agencyLatestDays === undefined ? 'agencyEarliestDays' : 'agencyLatestDays'],
            message: `must leave agencyLatestDays (${String(agencyLatest)}) at or after agencyEarliestDays (${String(agencyEarliest)})`,
          });
        }
      },
      { when: whenFieldsValid('agencyEarliestDays', 'agencyLatestDays') },
    ),
  );

/**
 * The policy defaults from good practice (see docs/timing.md). Pass `policy` to
 * {@link nextCallWindow} to change any of them. Frozen, like every constant the package
 * exports: the library reads it for every default window, so a change by one caller would
 * reach all the others.
 *
 * @example
 * ```ts
 * DEFAULT_POLICY;
 * //=> { earliestDays: 7, latestDays: 14, agencyEarliestDays: 2, agencyLatestDays: 7, slotMinutes: 60 }
 * ```
 */
export const DEFAULT_POLICY = /* @__PURE__ */ Object.freeze({
  earliestDays: 7,
  latestDays: 14,
  agencyEarliestDays: 2,
  agencyLatestDays: 7,
  slotMinutes: 60,
} as const);

/**
 * The default working hours, 09:00-17:00. Frozen.
 *
 * @example
 * ```ts
 * DEFAULT_WORKING_HOURS;
 * //=> { start: '09:00', end: '17:00' }
 * ```
 */
export const DEFAULT_WORKING_HOURS = /* @__PURE__ */ Object.freeze({ start: '09:00', end: '17:00' } as const);

/**
 * The default work week, Monday to Friday, as ISO weekdays (1 = Monday ... 7 = Sunday). Frozen.
 *
 * @example
 * ```ts
 * DEFAULT_WORK_DAYS;
 * //=> [ 1, 2, 3, 4, 5 ]
 * ```
 */
export const DEFAULT_WORK_DAYS: readonly number[] = /* @__PURE__ */ Object.freeze([1, 2, 3, 4, 5]);

// ---------------------------------------------------------------------------
// Free text supplied by people (names, roles, companies)
// ---------------------------------------------------------------------------

/**
 * The longest fact (name, role, company, topic) accepted, in UTF-16 code units.
 *
 * @example
 * ```ts
 * factTextSchema.safeParse('x'.repeat(MAX_FACT_LENGTH + 1)).success;
 * //=> false
 * ```
 */
export const MAX_FACT_LENGTH = 200;

function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/**
 * A short piece of text a person typed (a name, a role, a company): 1-200 characters, not only
 * spaces, no control characters, no broken surrogate pairs. It is inserted verbatim.
 *
 * @example
 * ```ts
 * factTextSchema.safeParse('Senior Data Analyst').success;
 * //=> true
 * ```
 */
export const factTextSchema = z.string().check(
  z.refine((v) => v.trim().length > 0, 'must not be empty'),
  z.refine((v) => v.length <= MAX_FACT_LENGTH, `must have at most ${String(MAX_FACT_LENGTH)} characters`),
  z.refine((v) => !hasControlCharacter(v), 'must not contain control characters such as line breaks or tabs'),
  z.refine((v) => v.isWellFormed(), 'must be well-formed text (it contains a broken surrogate pair)'),
);
