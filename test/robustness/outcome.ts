import { performance } from 'node:perf_hooks';
import { describeIssue, InvalidInputError, isInvalidInputError, type InputIssue } from '../../src/index.js';
import type { Path } from './mutate.js';

/**
 * The longest a single call may take before the fuzz calls it a hang in the making. Generous: a
 * call on a 1 MB message takes a fraction of this on a loaded two-core machine; it is here to
 * catch super-linear work, not to measure speed (the benchmarks do that).
 */
export const SLOW_CALL_MS = 3000;

/**
 * Whether an issue's path exists in what the caller passed. A path exists when
 * 1. it is `[]`, the input as a whole; or
 * 2. starting from the input, each key is an own property of the object reached so far (for an
 *    array, a whole-number index below its length), so the path names a value the caller wrote,
 *    even one set to `undefined`; or
 * 3. all keys but the last lead that way to an object that lacks the last key: a field the
 *    caller left out, such as a required one, or a hole in a sparse array (an index below its
 *    length).
 * Any non-null object counts as an object here, as it does for the schemas (a Date passed where
 * the input object belongs has no `interviewAt`). For a function of several arguments
 * (toICalendar), the path must exist in one of them.
 */
export function pathExists(input: unknown, issue: InputIssue): boolean {
  try {
    return walk(input, issue.path);
  } catch {
    // An object whose every operation throws has no path inside it.
    return false;
  }
}

function walk(input: unknown, path: Path): boolean {
  let current = input;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (current === null || typeof current !== 'object' || key === undefined) return false;
    const isArray = Array.isArray(current);
    if (isArray && (typeof key !== 'number' || !Number.isInteger(key) || key < 0 || key >= (current as unknown[]).length)) return false;
    const descriptor = Object.getOwnPropertyDescriptor(current, key);
    const isLast = i === path.length - 1;
    // A hole of a sparse array is an element the caller left out, like a missing field.
    if (descriptor === undefined) return isLast && (isArray || typeof key === 'string');
    if (isLast) return true;
    if (!('value' in descriptor)) return false;
    current = descriptor.value;
  }
  return true;
}

const MAX_MESSAGE = 500;

/** What a call came to: a result, or an InvalidInputError. Anything else was thrown on. */
export type Outcome<T> = { readonly kind: 'result'; readonly value: T } | { readonly kind: 'invalid'; readonly error: InvalidInputError };

/**
 * Calls `call` and checks the contract for bad input: it returns, or throws an
 * InvalidInputError whose issues are well formed and at least one of which points at a path
 * that exists in one of `args`. Any other exception, a malformed error, or a call slower than
 * {@link SLOW_CALL_MS} throws an Error that says what went wrong (fast-check then shrinks the
 * input and prints it).
 */
export function outcomeOf<T>(call: () => T, args: readonly unknown[]): Outcome<T> {
  const started = performance.now();
  let outcome: Outcome<T>;
  try {
    outcome = { kind: 'result', value: call() };
  } catch (error) {
    if (!(error instanceof InvalidInputError) || !isInvalidInputError(error)) {
      const name = error instanceof Error ? error.name : typeof error;
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`threw ${name} instead of InvalidInputError: ${message}`, { cause: error });
    }
    checkInvalidInputError(error, args);
    outcome = { kind: 'invalid', error };
  }
  const elapsed = performance.now() - started;
  if (elapsed > SLOW_CALL_MS) throw new Error(`one call took ${elapsed.toFixed(0)} ms (limit ${String(SLOW_CALL_MS)} ms)`);
  return outcome;
}

function checkInvalidInputError(error: InvalidInputError, args: readonly unknown[]): void {
  const problems: string[] = [];
  const name: string = error.name;
  if (name !== 'InvalidInputError') problems.push(`name is ${name}`);
  if (!Array.isArray(error.issues) || error.issues.length === 0) problems.push('no issues');
  for (const issue of error.issues) {
    const pathOk =
      Array.isArray(issue.path) && issue.path.every((key) => typeof key === 'string' || (typeof key === 'number' && Number.isInteger(key)));
    if (!pathOk) problems.push(`a malformed path ${JSON.stringify(issue.path)}`);
    if (typeof issue.message !== 'string' || issue.message.trim() === '' || issue.message !== issue.message.trim()) {
      problems.push(`a malformed message ${JSON.stringify(issue.message)}`);
    } else if (issue.message.length > MAX_MESSAGE) {
      // A message quotes at most a short piece of what was given, never a whole huge string.
      problems.push(`a message of ${String(issue.message.length)} characters`);
    }
  }
  const first = error.issues[0];
  if (first && !error.message.startsWith(describeIssue(first)))
    problems.push(`message "${error.message}" does not start with the first issue`);
  if (!error.issues.some((issue) => args.some((arg) => pathExists(arg, issue)))) {
    problems.push(
      `no issue points into the input: ${error.issues
        .map((issue) => `${describeIssue(issue)} [${issue.path.map(String).join(', ')}]`)
        .join('; ')}`,
    );
  }
  if (problems.length > 0) throw new Error(`a malformed InvalidInputError (${error.message}): ${problems.join('; ')}`);
}
