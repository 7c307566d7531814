import type * as z from 'zod/mini';

/**
 * The `when` option of a check that compares fields of an object: the check runs only when the
 * value is an object and each named field passed its own checks. Comparing with a field that is
 * already wrong would add a second issue about the same mistake, and would quote the wrong value
 * (which may be huge) in its message.
 *
 * @param fields - The keys the check reads.
 * @returns A function for the `when` option of `z.superRefine`.
 * @example
 * ```ts
 * const range = z.strictObject({ from: z.number(), to: z.number() }).check(
 *   z.superRefine(
 *     (value, ctx) => {
 *       if (value.to < value.from) ctx.issues.push({ code: 'custom', input: value.to, path: ['to'], message: 'must not be before from' });
 *     },
 *     { when: whenFieldsValid('from', 'to') },
 *   ),
 * );
 * range.safeParse({ from: 'soon', to: 1 }).error?.issues.length;
 * //=> 1
 * ```
 */
export function whenFieldsValid(...fields: readonly string[]): (payload: z.core.ParsePayload) => boolean {
  return (payload) => {
    if (typeof payload.value !== 'object' || payload.value === null) return false;
    return payload.issues.every((issue) => {
      const first = issue.path?.[0];
      // An unknown extra field leaves the named ones as valid as they were; any other issue
      // without a path is about the object as a whole.
      if (first === undefined) return issue.code === 'unrecognized_keys';
      return typeof first !== 'string' || !fields.includes(first);
    });
  };
}
