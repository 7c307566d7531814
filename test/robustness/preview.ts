import { isContainer } from './mutate.js';

const MAX_STRING = 120;
const MAX_ITEMS = 12;
const MAX_DEPTH = 5;

/**
 * A short, readable picture of any value for a failure report: long strings cut, deep nesting
 * elided, getters never called, and nothing that can throw (a revoked proxy included).
 *
 * @example
 * ```ts
 * preview({ text: 'x'.repeat(500), at: new Date(0) });
 * //=> '{ "text": "xxx…" (500 chars), "at": new Date("1970-01-01T00:00:00.000Z") }' (shortened here)
 * ```
 */
export function preview(value: unknown, depth = 0): string {
  try {
    return describe(value, depth);
  } catch {
    return '<an object that cannot be read>';
  }
}

function describe(value: unknown, depth: number): string {
  switch (typeof value) {
    case 'string':
      return value.length > MAX_STRING
        ? `${JSON.stringify(value.slice(0, MAX_STRING))}… (${String(value.length)} chars)`
        : JSON.stringify(value);
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${String(value)}n`;
    case 'symbol':
      return String(value);
    case 'function':
      return '<a function>';
    case 'undefined':
      return 'undefined';
    case 'boolean':
      return String(value);
    default:
      break;
  }
  if (value === null) return 'null';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'new Date(NaN)' : `new Date(${JSON.stringify(value.toISOString())})`;
  if (!isContainer(value)) return `<${Object.prototype.toString.call(value).slice(8, -1)}>`;
  if (depth >= MAX_DEPTH) return Array.isArray(value) ? '[…]' : '{…}';
  if (Array.isArray(value)) {
    // Every index up to the length, so that the holes of a sparse array show.
    const shown = Array.from({ length: Math.min(value.length, MAX_ITEMS) }, (_, index) => {
      const descriptor = Object.getOwnPropertyDescriptor(value, index);
      return descriptor === undefined ? '<hole>' : 'value' in descriptor ? preview(descriptor.value, depth + 1) : '<a getter>';
    });
    if (value.length > MAX_ITEMS) shown.push(`… ${String(value.length - MAX_ITEMS)} more`);
    return `[${shown.join(', ')}]`;
  }
  const descriptors = Object.entries(Object.getOwnPropertyDescriptors(value)).filter(([, descriptor]) => descriptor.enumerable === true);
  const parts = descriptors.slice(0, MAX_ITEMS).map(([key, descriptor]) => {
    const shown = 'value' in descriptor ? preview(descriptor.value, depth + 1) : '<a getter>';
    return `${JSON.stringify(key)}: ${shown}`;
  });
  if (descriptors.length > MAX_ITEMS) parts.push(`… ${String(descriptors.length - MAX_ITEMS)} more`);
  return `{ ${parts.join(', ')} }`;
}
