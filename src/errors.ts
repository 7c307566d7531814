/**
 * One problem found in a caller's input: where it is and what is wrong with it.
 *
 * @example
 * ```ts
 * const issue: InputIssue = { path: ['workingHours', 'end'], message: 'must be later than workingHours.start (09:00)' };
 * ```
 */
export interface InputIssue {
  /** The field, as keys and array indexes from the input's root; `[]` is the input itself. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in plain words that read well after the field name. */
  readonly message: string;
}

/**
 * The base class of every error this library throws on purpose. Catch it to handle all of them.
 *
 * @example
 * ```ts
 * try {
 *   nextCallWindow({ interviewAt: 'yesterday' });
 * } catch (error) {
 *   if (error instanceof InterviewFollowupError) console.log(error.name);
 * }
 * //=> InvalidInputError
 * ```
 */
export class InterviewFollowupError extends Error {
  override readonly name: string = 'InterviewFollowupError';
}

/**
 * Thrown when an input does not match its schema. `issues` lists every problem; `message`
 * names the first one in plain words, field first.
 *
 * @example
 * ```ts
 * try {
 *   nextCallWindow({ interviewAt: '2026-03-20', timeZone: 'Mars/Olympus' });
 * } catch (error) {
 *   if (isInvalidInputError(error)) console.log(error.issues[0]?.path);
 * }
 * //=> [ 'timeZone' ]
 * ```
 */
export class InvalidInputError extends InterviewFollowupError {
  override readonly name = 'InvalidInputError' as const;
  /** Every problem found, in input order. Never empty. */
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[]) {
    const list = issues.length > 0 ? issues : [{ path: [], message: 'is not valid' }];
    super(describeIssue(list[0] as InputIssue) + (list.length > 1 ? ` (and ${String(list.length - 1)} more)` : ''));
    this.issues = list;
  }
}

/**
 * Tells whether a value is an {@link InvalidInputError}. It checks the `name`, so it also works
 * when two copies of this package are installed side by side.
 *
 * @param value - Anything caught, typically in a `catch` block.
 * @returns `true` when `value` is an {@link InvalidInputError}, narrowing its type.
 * @example
 * ```ts
 * isInvalidInputError(new InvalidInputError([{ path: ['role'], message: 'is required' }]));
 * //=> true
 * ```
 */
export function isInvalidInputError(value: unknown): value is InvalidInputError {
  return (
    value instanceof Error &&
    value.name === 'InvalidInputError' &&
    Array.isArray((value as Partial<InvalidInputError>).issues)
  );
}

/**
 * Renders an issue as one sentence: the dotted field path, then the message.
 *
 * @param issue - One of the `issues` of an {@link InvalidInputError}.
 * @returns The sentence, e.g. to show beside a form or to send back to an LLM tool call.
 * @example
 * ```ts
 * describeIssue({ path: ['previousCalls', 0, 'outcome'], message: 'is required' });
 * //=> 'previousCalls[0].outcome is required'
 * ```
 */
export function describeIssue(issue: InputIssue): string {
  return `${formatPath(issue.path)} ${issue.message}`;
}

function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'input';
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${String(key)}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out === '' ? 'input' : out;
}
