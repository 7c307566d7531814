import fc from 'fast-check';
import { anyKey, anyValue } from './hostile-values.js';

/** A key path from an input's root: object keys and array indexes. */
export type Path = readonly (string | number)[];

/** One change to an input: the target is picked among the input's paths by `pick`, modulo their number. */
export type Edit =
  | { readonly kind: 'replace'; readonly pick: number; readonly value: unknown }
  | { readonly kind: 'delete'; readonly pick: number }
  | { readonly kind: 'add'; readonly pick: number; readonly key: string; readonly value: unknown }
  | { readonly kind: 'retype'; readonly pick: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: anyValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('add' as const), pick: fc.nat(), key: anyKey, value: anyValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('retype' as const), pick: fc.nat() }) },
);

/** `instanceof Date` that cannot throw: an object whose prototype cannot be read is no Date. */
export function isDate(value: unknown): value is Date {
  try {
    return value instanceof Date;
  } catch {
    return false;
  }
}

/** True for the containers an edit walks into: arrays and objects that are neither Dates nor exotic. */
export function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (value === null || typeof value !== 'object') return false;
  try {
    if (Array.isArray(value)) return true;
    const prototype = Object.getPrototypeOf(value) as unknown;
    return prototype === Object.prototype || prototype === null;
  } catch {
    // A revoked proxy cannot even say what it is.
    return false;
  }
}

/** The own data properties of a container; getters are never called. */
function dataEntries(container: Record<string, unknown> | unknown[]): [string, unknown][] {
  const entries: [string, unknown][] = [];
  for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(container))) {
    if ('value' in descriptor && descriptor.enumerable === true && !(Array.isArray(container) && key === 'length')) {
      entries.push([key, descriptor.value]);
    }
  }
  return entries;
}

/** A deep copy of plain data (objects, arrays, Dates), own keys such as `__proto__` kept as own keys. */
export function copyData<T>(value: T): T {
  if (isDate(value)) return new Date(value.getTime()) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => copyData(item)) as T;
  if (!isContainer(value)) return value;
  const copy: Record<string, unknown> = Object.getPrototypeOf(value) === null ? (Object.create(null) as Record<string, unknown>) : {};
  for (const key of Object.keys(value)) setOwn(copy, key, copyData((value as Record<string, unknown>)[key]));
  return copy as T;
}

/** Sets an own, enumerable property, even one named `__proto__`. */
export function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

// Inputs are at most five levels deep; an edit that nests a value 5000 levels deep must not make
// every later edit walk all of it.
const MAX_EDIT_DEPTH = 8;

/** Every path in `value` that leads to a value, the root (`[]`) included, down to a few levels. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (prefix.length >= MAX_EDIT_DEPTH || !isContainer(value)) return paths;
  for (const [key, item] of dataEntries(value)) paths.push(...pathsOf(item, [...prefix, Array.isArray(value) ? Number(key) : key]));
  return paths;
}

/** The value at `path`, or `undefined`. */
export function valueAt(root: unknown, path: Path): unknown {
  let current = root;
  for (const key of path) {
    if (!isContainer(current)) return undefined;
    const descriptor = Object.getOwnPropertyDescriptor(current, key);
    current = descriptor !== undefined && 'value' in descriptor ? descriptor.value : undefined;
  }
  return current;
}

/** The same value in another JSON type: a number as text, text as a number, an object as an array, and so on. */
function retyped(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : [value];
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 0;
  if (isDate(value)) return value.getTime();
  if (isContainer(value)) {
    const entries = dataEntries(value);
    return Array.isArray(value) ? Object.fromEntries(entries) : entries.map(([, item]) => item);
  }
  return null;
}

/** `input` with `edits` applied in turn to a copy. */
export function applyEdits(input: unknown, edits: readonly Edit[]): unknown {
  let root = copyData(input);
  for (const change of edits) {
    const paths = change.kind === 'add' ? pathsOf(root).filter((path) => isContainer(valueAt(root, path))) : pathsOf(root);
    const candidates = change.kind === 'delete' ? paths.filter((path) => path.length > 0) : paths;
    if (candidates.length === 0) continue;
    const path = candidates[change.pick % candidates.length] ?? [];
    if (change.kind === 'add') {
      const container = valueAt(root, path) as Record<string, unknown> | unknown[];
      if (Array.isArray(container)) container.push(change.value);
      else setOwn(container, change.key, change.value);
      continue;
    }
    const replacement = change.kind === 'replace' ? change.value : change.kind === 'retype' ? retyped(valueAt(root, path)) : undefined;
    if (path.length === 0) {
      root = replacement;
      continue;
    }
    const parent = valueAt(root, path.slice(0, -1)) as Record<string | number, unknown> | unknown[];
    const key = path[path.length - 1] as string | number;
    if (change.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else Reflect.deleteProperty(parent, key);
    } else if (Array.isArray(parent)) {
      parent[Number(key)] = replacement;
    } else {
      setOwn(parent, String(key), replacement);
    }
  }
  return root;
}

/** A valid input from `valid`, broken by one to three edits. */
export function mutated<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.tuple(valid, fc.array(edit, { minLength: 1, maxLength: 3 })).map(([input, edits]) => applyEdits(input, edits));
}
