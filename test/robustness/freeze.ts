import { isContainer, isDate } from './mutate.js';

/**
 * Freezes `value` and everything inside it. A Date is frozen too, though that does not stop
 * `setTime`: tests compare Dates by their time after a call.
 *
 * @example
 * ```ts
 * Object.isFrozen(deepFreeze({ at: [new Date(0)] }).at);
 * //=> true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (isContainer(value) || isDate(value)) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

/** Every object and array inside `value`, `value` included. */
export function objectsIn(value: unknown, found = new Set<object>()): Set<object> {
  if (value === null || typeof value !== 'object' || found.has(value)) return found;
  found.add(value);
  if (isContainer(value)) for (const item of Object.values(value)) objectsIn(item, found);
  return found;
}
