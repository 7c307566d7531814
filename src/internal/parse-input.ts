import type * as z from 'zod/mini';
import { InvalidInputError, type InputIssue } from '../errors.js';
import { closestName } from './closest-name.js';

// Issues without a message of our own schemas get this marker through a per-parse error map,
// which outranks zod's global locale: a host app that loads zod classic (and with it an English
// locale) must not change our wording. We then write the message from the issue data.
const NO_OWN_MESSAGE = '\u0000interview-followup:no-own-message';
// The error map is the one place that sees the object schema behind an unknown field, so for
// that issue it passes the object's own fields on after this separator, as JSON.
const KNOWN_FIELDS = '\u0000known-fields:';
const parseOptions = {
  error: (issue: z.core.$ZodRawIssue) =>
    issue.code === 'unrecognized_keys' ? `${NO_OWN_MESSAGE}${KNOWN_FIELDS}${JSON.stringify(knownFieldsOf(issue.inst))}` : NO_OWN_MESSAGE,
};

function knownFieldsOf(schema: unknown): string[] {
  const shape = (schema as { _zod?: { def?: { shape?: unknown } } } | undefined)?._zod?.def?.shape;
  return typeof shape === 'object' && shape !== null ? Object.keys(shape) : [];
}

function unknownFieldMessage(key: string, mapped: string): string {
  const at = mapped.indexOf(KNOWN_FIELDS);
  const known = at < 0 ? [] : (JSON.parse(mapped.slice(at + KNOWN_FIELDS.length)) as string[]);
  const suggestion = closestName(key, known);
  return suggestion === undefined ? 'is not a known field' : `is not a known field; did you mean ${JSON.stringify(suggestion)}?`;
}

/**
 * Validates `input` against `schema` and returns the parsed value, or throws an
 * {@link InvalidInputError}. This is the only place where zod errors are seen: public functions
 * call it once at their boundary and work on the parsed value after that.
 */
export function parseInput<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  let result: ReturnType<S['safeParse']>;
  try {
    // Most inputs are valid, and zod's quickest path is a parse without options (with an error
    // map it costs about 2 µs more per call), so that comes first. Only a failed parse is run
    // again with the error map that words the issues.
    const quick = schema.safeParse(input) as ReturnType<S['safeParse']>;
    if (quick.success) return quick.data as z.output<S>;
    result = schema.safeParse(input, parseOptions) as ReturnType<S['safeParse']>;
  } catch {
    // A getter that throws, a revoked proxy or similar: the value cannot even be read.
    throw new InvalidInputError([{ path: [], message: 'could not be read as plain data' }]);
  }
  if (result.success) return result.data as z.output<S>;
  throw new InvalidInputError(result.error.issues.flatMap((issue) => toReadableIssues(issue, input)));
}

// Wording a message reads the offending value again; a value that cannot be read (a revoked
// proxy, a throwing getter) must still give an InvalidInputError, never a TypeError.
function toReadableIssues(issue: z.core.$ZodIssue, root: unknown): InputIssue[] {
  try {
    return toInputIssues(issue, root);
  } catch {
    const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
    return [{ path, message: 'could not be read as plain data' }];
  }
}

type ZodIssue = z.core.$ZodIssue;

const MISSING_VALUE_CODES: ReadonlySet<ZodIssue['code']> = new Set(['invalid_type', 'invalid_union', 'invalid_value']);

function toInputIssues(issue: ZodIssue, root: unknown): InputIssue[] {
  const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: [...path, key], message: unknownFieldMessage(key, issue.message) }));
  }
  const value = valueAt(root, path);
  // A missing required field is "required", whatever its schema's own message says about its
  // form, or the values it may take.
  if (value === undefined && path.length > 0 && MISSING_VALUE_CODES.has(issue.code)) {
    return [{ path, message: 'is required' }];
  }
  if (issue.message !== NO_OWN_MESSAGE) return [{ path, message: issue.message }];
  return [{ path, message: describeZodIssue(issue, value) }];
}

function describeZodIssue(issue: ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'is required';
      return `must be ${withArticle(issue.expected)} (got ${describeValue(value)})`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')} (got ${describeValue(value)})`;
    case 'too_small':
      return issue.origin === 'array'
        ? `must have at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`
        : issue.origin === 'string'
          ? `must have at least ${String(issue.minimum)} character${issue.minimum === 1 ? '' : 's'}`
          : `must be at least ${String(issue.minimum)} (got ${describeValue(value)})`;
    case 'too_big':
      return issue.origin === 'array'
        ? `must have at most ${String(issue.maximum)} items`
        : issue.origin === 'string'
          ? `must have at most ${String(issue.maximum)} characters`
          : `must be at most ${String(issue.maximum)} (got ${describeValue(value)})`;
    case 'invalid_union':
      if ('options' in issue && Array.isArray(issue.options) && issue.options.length > 0) {
        const options: unknown[] = issue.options;
        return `must be one of ${options.map((v) => JSON.stringify(v)).join(', ')} (got ${describeValue(value)})`;
      }
      return `is not valid (got ${describeValue(value)})`;
    case 'invalid_key':
      return 'has a key that is not allowed';
    case 'invalid_element':
      return 'has an element that is not allowed';
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_format':
      return `is not in the expected format (got ${describeValue(value)})`;
    case 'custom':
      return 'is not valid';
    default:
      return 'is not valid';
  }
}

function withArticle(expected: string): string {
  const names: Record<string, string> = {
    int: 'a whole number',
    number: 'a number',
    string: 'a string',
    boolean: 'true or false',
    object: 'an object',
    array: 'an array',
    date: 'a valid Date',
  };
  return names[expected] ?? `a ${expected}`;
}

/** A short, safe description of a value for an error message; never prints more than 40 characters of it. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'bigint') return `${String(value)}n`;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : 'a Date';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  return 'an object';
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
