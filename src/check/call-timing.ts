import { InvalidInputError } from '../errors.js';
import { toDate } from '../internal/calendar-date.js';
import { classifyCallTime } from '../timing/classify-call-time.js';
import { nextCallWindow } from '../timing/next-call-window.js';
import type { CallWindow } from '../timing/types.js';
import type { ParsedCheckContext } from './rule.js';

/**
 * The call window at the planned time, from {@link nextCallWindow}, or `undefined` when the
 * context lacks the interview date or the planned time. Errors about the window's facts are
 * reported under `context`, where the caller wrote them.
 *
 * @example
 * ```ts
 * callWindowAt({ interviewAt: '2026-03-20', plannedAt: '2026-03-23T12:00:00Z', timeZone: 'Europe/London' })?.status;
 * //=> 'too-early'
 * ```
 */
export function callWindowAt(context: ParsedCheckContext | undefined): CallWindow | undefined {
  if (context?.interviewAt === undefined || context.plannedAt === undefined) return undefined;
  return withContextPath(() =>
    nextCallWindow({
      interviewAt: context.interviewAt as NonNullable<ParsedCheckContext['interviewAt']>,
      now: context.plannedAt,
      ...(context.timeZone === undefined ? {} : { timeZone: context.timeZone }),
      ...(context.via === undefined ? {} : { via: context.via }),
      ...(context.workingHours === undefined ? {} : { workingHours: context.workingHours }),
      ...(context.workDays === undefined ? {} : { workDays: context.workDays }),
      ...(context.region === undefined ? {} : { region: context.region }),
      ...(context.holidays === undefined ? {} : { holidays: context.holidays }),
      ...(context.instruction === undefined ? {} : { instruction: context.instruction }),
      ...(context.previousCalls === undefined ? {} : { previousCalls: context.previousCalls }),
      ...(context.policy === undefined ? {} : { policy: context.policy }),
    }),
  );
}

/**
 * Where the planned call falls in the interviewer's working day, or `undefined` without `plannedAt`.
 *
 * @example
 * ```ts
 * plannedCallTime({ plannedAt: '2026-03-30T08:15:00Z', timeZone: 'Europe/London' })?.part;
 * //=> 'start-of-day'
 * ```
 */
export function plannedCallTime(context: ParsedCheckContext | undefined): ReturnType<typeof classifyCallTime> | undefined {
  if (context?.plannedAt === undefined) return undefined;
  const plannedAt = toDate(context.plannedAt);
  return withContextPath(() =>
    classifyCallTime(plannedAt, {
      timeZone: context.timeZone ?? 'UTC',
      ...(context.workingHours === undefined ? {} : { workingHours: context.workingHours }),
      ...(context.workDays === undefined ? {} : { workDays: context.workDays }),
      ...(context.holidays === undefined ? {} : { holidays: context.holidays }),
      ...(context.region === undefined ? {} : { region: context.region }),
      ...(context.policy?.slotMinutes === undefined ? {} : { slotMinutes: context.policy.slotMinutes }),
    }),
  );
}

function withContextPath<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof InvalidInputError) {
      throw new InvalidInputError(error.issues.map((issue) => ({ ...issue, path: ['context', ...issue.path] })));
    }
    throw error;
  }
}
