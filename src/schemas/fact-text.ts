import * as z from 'zod/mini';

// Free text supplied by people (names, roles, companies).

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
