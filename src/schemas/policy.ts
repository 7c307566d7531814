import * as z from 'zod/mini';
import { whenFieldsValid } from './when-fields-valid.js';

// The policy numbers behind the call window, and their defaults.

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
  .check(daysInOrder('earliestDays', 'latestDays'), daysInOrder('agencyEarliestDays', 'agencyLatestDays'));

type DayFields = 'earliestDays' | 'latestDays' | 'agencyEarliestDays' | 'agencyLatestDays';

/**
 * The check that a window's last day is not before its first: `latest` at or after `earliest`,
 * each given or the default. The issue is at `latest`, or at `earliest` when only that was given.
 */
function daysInOrder(earliestField: DayFields, latestField: DayFields) {
  return z.superRefine<Partial<Record<DayFields, number | undefined>>>(
    (policy, ctx) => {
      const earliest = policy[earliestField] ?? DEFAULT_POLICY[earliestField];
      const latest = policy[latestField] ?? DEFAULT_POLICY[latestField];
      if (latest < earliest) {
        ctx.issues.push({
          code: 'custom',
          input: policy[latestField],
          path: [policy[latestField] === undefined ? earliestField : latestField],
          message: `must leave ${latestField} (${String(latest)}) at or after ${earliestField} (${String(earliest)})`,
        });
      }
    },
    { when: whenFieldsValid(earliestField, latestField) },
  );
}

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
