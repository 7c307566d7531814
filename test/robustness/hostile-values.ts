import fc from 'fast-check';

// Values an HR tool might pass through from whatever its users typed or its database held:
// wrong types, edge numbers, broken dates and text that breaks naive code. Built once; the
// arbitraries below draw from them.

/** 9999-12-31T23:59:59.999Z, the last instant of the range the library promises to handle. */
export const LAST_INSTANT_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
/** 0001-01-01T00:00:00Z, the first. (Date.UTC reads years 0-99 as 1900-1999, hence the string.) */
export const YEAR_ONE_MS = Date.parse('0001-01-01T00:00:00Z');

/** Every IANA zone the runtime knows, plus aliases and spellings that `Intl` also accepts. */
export const ALL_TIME_ZONES: readonly string[] = [
  ...Intl.supportedValuesOf('timeZone'),
  'UTC',
  'Etc/UTC',
  'GMT',
  'Etc/GMT+12',
  'Etc/GMT-14',
  'US/Eastern',
  'Asia/Calcutta',
  'europe/london',
  'EST5EDT',
];

const LONE_SURROGATES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', 'a\uD83Db', '\uDE00\uD83D'];

/** Text that breaks naive code: controls, bidi marks, lone surrogates, template syntax, look-alikes. */
export const SPECIAL_STRINGS: readonly string[] = [
  '',
  ' ',
  '   ',
  '\u0000',
  'a\u0000b',
  '\t',
  '\n',
  '\r\n',
  '\u001b[31mred\u001b[0m',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u2029',
  '\uFEFF',
  '\u200B',
  '\u202Eevil\u202C',
  '\u200F\u05E9\u05DC\u05D5\u05DD',
  'שלום עליכם',
  'مرحبا بكم في الفريق',
  '😀',
  '👩🏽‍💻',
  '🇬🇧',
  ...LONE_SURROGATES,
  'Z\u0335\u0322a\u0336l\u0334g\u0338o',
  '$&',
  "$1$2$`$'",
  '${role}',
  '{{name}}',
  '%s%d%%',
  '[Your Name]',
  '<script>alert(1)</script>',
  '\\',
  '"',
  "'",
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  'null',
  'undefined',
  'true',
  '0',
  '7',
  '09:00',
  '24:00',
  '9:00',
  '09:00:00',
  '23:59',
  '2026-03-20',
  '2026-02-30',
  '2025-02-29',
  '2024-02-29',
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '10000-01-01',
  '2026-3-20',
  '20260320',
  '2026-03-20T10:00:00Z',
  '2026-03-20T10:00:00',
  '2026-03-20T24:00:00Z',
  '2026-03-20T10:00:60Z',
  '2026-03-20T10:00:00+24:00',
  '2026-03-20T10:00:00.1234567890Z',
  '0001-01-01T00:00:00+14:00',
  '9999-12-31T23:59:59-12:00',
  '+275760-09-13T00:00:00Z',
  '-000001-01-01T00:00:00Z',
  'today',
  'Europe/London',
  'Mars/Olympus',
  'Europe/London ',
  '+05:30',
  'Local',
  'Europe/',
  'UTC\u0000',
  'phone',
  'agency',
  'en-GB',
  'fr-FR',
  'GB',
  'gb',
  'error',
  'off',
];

/** Strings far over every length limit; made once, as they are costly. */
export const HUGE_STRINGS: readonly string[] = [
  'x'.repeat(201),
  '😀'.repeat(101),
  'a'.repeat(10_001),
  ' '.repeat(100_000),
  'word '.repeat(50_000),
  'y'.repeat(1_000_001),
];

/** Numbers at and around every limit, and those that are not numbers at all. */
export const SPECIAL_NUMBERS: readonly number[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  1,
  -1,
  0.5,
  1.5,
  4,
  5,
  7,
  8,
  14,
  366,
  367,
  720,
  721,
  2000,
  3660,
  10_080,
  10_081,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.EPSILON,
  1e21,
  -1e21,
];

/** Dates at the edges: invalid, year 1, year 9999, and the ends of what a Date can hold. */
export function specialDates(): Date[] {
  return [
    new Date(Number.NaN),
    new Date(YEAR_ONE_MS),
    new Date(YEAR_ONE_MS - 1),
    new Date(LAST_INSTANT_MS),
    new Date(LAST_INSTANT_MS + 1),
    new Date(8.64e15),
    new Date(-8.64e15),
    new Date(0),
    new Date(Date.UTC(2026, 2, 20, 10)),
  ];
}

const unreadableObjects = new WeakSet<object>();

/** True for the objects of {@link exoticValues} whose every operation throws. */
export function isUnreadable(value: unknown): boolean {
  return typeof value === 'object' && value !== null && unreadableObjects.has(value);
}

/** Objects that are not plain data: they must be rejected or read as the data they hold. */
export function exoticValues(): unknown[] {
  // Like a revoked proxy, every operation throws; only fast-check's own probe for a clone method
  // is answered, so that the value can be drawn at all.
  const unreadable = new Proxy(
    {},
    {
      has: (_target, key) => {
        if (key === fc.cloneMethod) return false;
        throw new TypeError('this object cannot be read');
      },
      get: () => {
        throw new TypeError('this object cannot be read');
      },
      ownKeys: () => {
        throw new TypeError('this object cannot be read');
      },
      getOwnPropertyDescriptor: () => {
        throw new TypeError('this object cannot be read');
      },
      getPrototypeOf: () => {
        throw new TypeError('this object cannot be read');
      },
    },
  );
  unreadableObjects.add(unreadable);
  const throwingGetter = Object.defineProperty({}, 'interviewAt', {
    enumerable: true,
    get() {
      throw new Error('a getter that throws');
    },
  });
  let deep: unknown = [];
  for (let i = 0; i < 5000; i++) deep = [deep];
  const sparse: unknown[] = [];
  sparse[5] = 1;
  return [
    null,
    undefined,
    true,
    false,
    [],
    {},
    sparse,
    deep,
    Object.create(null),
    new Map([['a', 1]]),
    new Set([1]),
    () => 1,
    Symbol('x'),
    1n,
    unreadable,
    throwingGetter,
    new String('2026-03-20'),
    new Number(7),
    new Boolean(true),
    /regex/,
    new Error('x'),
    new Uint8Array(4),
    Promise.resolve(1),
    { toJSON: () => 'json', valueOf: () => 7, toString: () => 'text' },
  ];
}

/** Code units of any value, lone surrogates and controls included. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

/** Any string: every kind of character, short enough to keep the fuzz fast. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...SPECIAL_STRINGS),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: anyCodeUnit, maxLength: 20 }),
);

/** Any number, the awkward ones often. */
export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...SPECIAL_NUMBERS),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double(),
);

/** Any Date, valid or not, over the whole range a Date can hold. */
export const anyDate: fc.Arbitrary<Date> = fc.oneof(
  fc.constantFrom(...specialDates()).map((date) => new Date(date.getTime())),
  fc.date({ noInvalidDate: false }),
);

/**
 * Any value at all: JSON data, edge numbers and dates, huge and broken strings, and exotic
 * objects. Each draw is fresh, so a test may mutate or freeze what it gets.
 */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: anyString, weight: 4 },
  { arbitrary: anyNumber, weight: 3 },
  { arbitrary: anyDate, weight: 2 },
  { arbitrary: fc.constantFrom(...HUGE_STRINGS), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
  { arbitrary: fc.constant(null).chain(() => fc.constantFrom(...exoticValues())), weight: 2 },
);

/** Keys to add to an object: the pollution keys, near-misses of real field names, and any string. */
export const anyKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    '',
    ' ',
    'toString',
    'valueOf',
    'hasOwnProperty',
    'then',
    'length',
    '0',
    'timezone',
    'interviewat',
    'Kind',
    'name ',
    '😀',
  ),
  fc.string({ maxLength: 12 }),
);
