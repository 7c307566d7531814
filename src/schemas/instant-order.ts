import * as z from 'zod/mini';
import { instantMsOf } from '../internal/calendar-date.js';
import { whenFieldsValid } from './when-fields-valid.js';

/** A validated instant: a `Date` or an ISO 8601 date-time string with an offset. */
type Instant = Date | string;

/**
 * A valid instant as an error message may quote it: as the caller wrote it when that is short,
 * otherwise (a `Date`, or a string with a very long fraction) in UTC.
 *
 * @example
 * ```ts
 * quotedInstant(new Date('2026-03-27T09:00:00Z'));
 * //=> '2026-03-27T09:00:00.000Z'
 * ```
 */
export function quotedInstant(value: Instant): string {
  if (typeof value === 'string' && value.length <= 40) return value;
  return new Date(instantMsOf(value)).toISOString();
}

/** The moment previous calls are held to: a field of the same input, and what stands in for it when it is left out. */
interface Reference {
  /** The field, `now` or `plannedAt`. */
  readonly field: string;
  /** `true` when an omitted field means the current time (as an omitted `now` does). */
  readonly clockWhenOmitted: boolean;
}

interface WithPreviousCalls {
  readonly previousCalls?: readonly { readonly at: Instant }[] | undefined;
}

/**
 * A check that no previous call is dated after the given moments (`now`, and in a plan also
 * `plannedAt`): a call that was already made cannot have happened later than the moment being
 * judged, and such a date would make the call window's status contradict its next slot. It runs
 * only when `previousCalls` and the moments' fields are valid, gives at most one issue per call
 * (for the first moment it is after) at `previousCalls[i].at`, and reads the clock only for an
 * omitted field that stands for the current time.
 *
 * @param references - The moments, in the order they are checked.
 * @returns A check for an input object that has `previousCalls`.
 * @example
 * ```ts
 * const input = z.strictObject(callWindowFields).check(previousCallsNotAfter([{ field: 'now', clockWhenOmitted: true }]));
 * input.safeParse({ interviewAt: '2026-03-20', now: '2026-03-21T12:00:00Z', previousCalls: [{ at: '2026-03-22T10:00:00Z', outcome: 'spoke' }] })
 *   .error?.issues[0]?.message;
 * //=> 'must not be after now (2026-03-21T12:00:00Z)'
 * ```
 */
export function previousCallsNotAfter(references: readonly Reference[]): z.core.$ZodCheck<WithPreviousCalls> {
  return z.superRefine<WithPreviousCalls>(
    (input, ctx) => {
      const calls = input.previousCalls ?? [];
      if (calls.length === 0) return;
      const limits = references.flatMap(({ field, clockWhenOmitted }) => {
        const given = (input as Readonly<Record<string, unknown>>)[field] as Instant | undefined;
        if (given !== undefined) return [{ ms: instantMsOf(given), wording: `${field} (${quotedInstant(given)})` }];
        // Read only for a field the caller left out, so a given `now` keeps the answer clock-free.
        return clockWhenOmitted ? [{ ms: Date.now(), wording: `${field} (the current time, as ${field} is not given)` }] : [];
      });
      calls.forEach((call, index) => {
        const at = instantMsOf(call.at);
        const passed = limits.find((limit) => at > limit.ms);
        if (passed === undefined) return;
        ctx.issues.push({ code: 'custom', input: call.at, path: ['previousCalls', index, 'at'], message: `must not be after ${passed.wording}` });
      });
    },
    { when: whenFieldsValid('previousCalls', ...references.map((reference) => reference.field)) },
  );
}
