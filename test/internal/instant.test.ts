import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantMsOf, toDate } from '../../src/internal/calendar-date.js';
import { parseInstant, parseWrittenInstant } from '../../src/internal/instant.js';
import { formatZonedInstant } from '../../src/timing/format-zoned-instant.js';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

// Each accepted spelling beside the same instant in the ECMAScript format, which Date.parse is
// required to read exactly (a "T", a four-digit year, three fraction digits, "Z" or "+HH:mm").
describe('parseInstant: the spellings it accepts', () => {
  it.each([
    ['the ECMAScript format itself', '2026-03-23T12:00:00.000Z', '2026-03-23T12:00:00.000Z'],
    ['no seconds', '2026-03-23T12:00Z', '2026-03-23T12:00:00.000Z'],
    ['no fraction', '2026-03-23T12:00:00+01:00', '2026-03-23T11:00:00.000Z'],
    ['a comma before the fraction', '2026-03-23T12:00:00,5Z', '2026-03-23T12:00:00.500Z'],
    ['one fraction digit', '2026-03-23T12:00:00.5Z', '2026-03-23T12:00:00.500Z'],
    ['nine fraction digits, cut to the millisecond', '2026-03-23T12:00:00.123456789Z', '2026-03-23T12:00:00.123Z'],
    ['twenty fraction digits', '2026-03-23T12:00:00,99999999999999999999Z', '2026-03-23T12:00:00.999Z'],
    ['a lower-case t and z', '2026-03-23t12:00:00z', '2026-03-23T12:00:00.000Z'],
    ['a space before the time (RFC 3339)', '2026-03-23 12:00:00Z', '2026-03-23T12:00:00.000Z'],
    ['an offset without a colon', '2026-03-23T12:00:00+0530', '2026-03-23T06:30:00.000Z'],
    ['an offset of whole hours', '2026-03-23T12:00:00-03', '2026-03-23T15:00:00.000Z'],
    ['a negative offset with minutes', '2026-03-23T12:00:00-09:30', '2026-03-23T21:30:00.000Z'],
    ['the offset -00:00 (RFC 3339: offset unknown), as UTC', '2026-03-23T12:00:00-00:00', '2026-03-23T12:00:00.000Z'],
    ['the largest offset', '2026-03-23T12:00:00+23:59', '2026-03-22T12:01:00.000Z'],
    ['the year 1', '0001-01-01T00:00:00Z', '0001-01-01T00:00:00.000Z'],
    ['a year below 100 with a space', '0050-03-02 10:00+00:00', '0050-03-02T10:00:00.000Z'],
    ['the year 99', '0099-12-31T23:59:59.999Z', '0099-12-31T23:59:59.999Z'],
    ['the last second of 9999', '9999-12-31T23:59:59Z', '9999-12-31T23:59:59.000Z'],
    ['a leap day', '2024-02-29T12:00:00Z', '2024-02-29T12:00:00.000Z'],
    ['a leap day of a year divisible by 400', '2000-02-29T00:00Z', '2000-02-29T00:00:00.000Z'],
    ['local year 1 that is year 0 in UTC', '0001-01-01T00:30:00+01:00', '0000-12-31T23:30:00.000Z'],
    ['local year 9999 that is year 10000 in UTC', '9999-12-31T23:00:00-05:00', '+010000-01-01T04:00:00.000Z'],
  ])('reads %s: %s', (_what, text, ecmascript) => {
    expect(parseInstant(text)).toBe(Date.parse(ecmascript));
  });
});

describe('parseInstant: the spellings it rejects', () => {
  it.each([
    ['no offset (a local time would depend on the host)', '2026-03-23T12:00:00'],
    ['a date only', '2026-03-23'],
    ['February 30 (which V8 rolls over to March 2)', '2026-02-30T12:00:00Z'],
    ['February 29 of a common year', '2025-02-29T12:00:00Z'],
    ['February 29 of 1900, a century that is no leap year', '1900-02-29T12:00:00Z'],
    ['April 31', '2026-04-31T12:00:00Z'],
    ['month 13', '2026-13-01T12:00:00Z'],
    ['month 00', '2026-00-10T12:00:00Z'],
    ['day 00', '2026-03-00T12:00:00Z'],
    ['the year 0', '0000-06-01T12:00:00Z'],
    ['a five-digit year', '10000-01-01T00:00:00Z'],
    ['an expanded ECMAScript year', '+002026-03-23T12:00:00Z'],
    ['hour 24 (which the ECMAScript format allows as the end of a day)', '2026-03-23T24:00:00Z'],
    ['minute 60', '2026-03-23T12:60:00Z'],
    ['a leap second', '2026-12-31T23:59:60Z'],
    ['one-digit hours', '2026-03-23T9:00:00Z'],
    ['a fraction without seconds', '2026-03-23T12:00.5Z'],
    ['a point without fraction digits', '2026-03-23T12:00:00.Z'],
    ['an offset hour of 24', '2026-03-23T12:00:00+24:00'],
    ['an offset minute of 60', '2026-03-23T12:00:00+05:60'],
    ['a one-digit offset', '2026-03-23T12:00:00+5'],
    ['an offset with three digits', '2026-03-23T12:00:00+053'],
    ['an offset with a colon and one minute digit', '2026-03-23T12:00:00+05:3'],
    ['Z and an offset', '2026-03-23T12:00:00Z+01:00'],
    ['an underscore before the time', '2026-03-23_12:00:00Z'],
    ['two spaces before the time', '2026-03-23  12:00:00Z'],
    ['the basic format without separators', '20260323T120000Z'],
    ['a named zone', '2026-03-23T12:00:00 UTC'],
    ['a leading space', ' 2026-03-23T12:00:00Z'],
    ['a trailing line break', '2026-03-23T12:00:00Z\n'],
    ['Arabic-Indic digits', '٢٠٢٦-03-23T12:00:00Z'],
    ['free text', 'next Tuesday'],
    ['nothing', ''],
  ])('rejects %s: %j', (_what, text) => {
    expect(parseInstant(text)).toBeUndefined();
  });
});

describe('parseInstant against Date.parse, on the ECMAScript format', () => {
  // The format Date.parse must read the same way on every engine: YYYY-MM-DDTHH:mm[:ss[.sss]]
  // with Z or +HH:mm. On such strings, for every real date and time, the two must agree.
  const realDay = fc
    .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .filter(({ year, month, day }) => {
      const date = new Date(0);
      date.setUTCFullYear(year, month - 1, day);
      return date.getUTCDate() === day;
    });
  const time = fc.record({
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.option(fc.integer({ min: 0, max: 59 })),
    millisecond: fc.option(fc.integer({ min: 0, max: 999 })),
  });
  const offset = fc.oneof(
    fc.constant('Z'),
    fc
      .record({ sign: fc.constantFrom('+', '-'), hours: fc.integer({ min: 0, max: 23 }), minutes: fc.integer({ min: 0, max: 59 }) })
      .map(({ sign, hours, minutes }) => `${sign}${pad(hours)}:${pad(minutes)}`),
  );
  const ecmascriptString = fc.tuple(realDay, time, offset).map(([{ year, month, day }, { hour, minute, second, millisecond }, zone]) => {
    const seconds = second === null ? '' : `:${pad(second)}${millisecond === null ? '' : `.${pad(millisecond, 3)}`}`;
    return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}${seconds}${zone}`;
  });

  it('gives the same epoch milliseconds as Date.parse for every ECMAScript-format instant', () => {
    fc.assert(
      fc.property(ecmascriptString, (text) => {
        const expected = Date.parse(text);
        expect(Number.isNaN(expected)).toBe(false);
        expect(parseInstant(text)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the other spellings of the same instant the same way', () => {
    fc.assert(
      fc.property(ecmascriptString, fc.constantFrom(' ', 't'), fc.boolean(), (text, separator, dropColon) => {
        const expected = Date.parse(text);
        let other = `${text.slice(0, 10)}${separator}${text.slice(11)}`.replace('.', ',');
        if (other.endsWith('Z')) other = `${other.slice(0, -1)}z`;
        else if (dropColon) other = `${other.slice(0, -3)}${other.slice(-2)}`;
        expect(parseInstant(other)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("parseInstant reads the library's own output", () => {
  const ZONES = ['UTC', 'Europe/London', 'America/New_York', 'Asia/Kathmandu', 'Pacific/Chatham', 'Africa/Monrovia', 'America/St_Johns'];
  const FIRST_MS = new Date(0).setUTCFullYear(1, 0, 2);
  const LAST_MS = Date.UTC(9999, 11, 30);

  it('gives back the instant, to the second, of every formatZonedInstant string', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_MS, max: LAST_MS }), fc.constantFrom(...ZONES), (ms, zone) => {
        expect(parseInstant(formatZonedInstant(ms, zone))).toBe(Math.floor(ms / 1000) * 1000);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives back the instant of every Date#toISOString string in the years 1-9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_MS, max: LAST_MS }), (ms) => {
        expect(parseInstant(new Date(ms).toISOString())).toBe(ms);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseInstant on hostile text', () => {
  it('reads a fraction of a million digits in linear time', () => {
    const started = performance.now();
    expect(parseInstant(`2026-03-23T12:00:00.${'7'.repeat(1_000_000)}Z`)).toBe(Date.parse('2026-03-23T12:00:00.777Z'));
    expect(parseInstant(`2026-03-23T12:00:00.${'7'.repeat(1_000_000)}`)).toBeUndefined();
    expect(parseInstant(`2026-03-23T12:00:00,${'1'.repeat(1_000_000)}+01:0`)).toBeUndefined();
    // A generous bound, only to catch backtracking; the work is one pass over the text.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('instantMsOf and toDate', () => {
  it('read a string with the parser and a Date as it is', () => {
    expect(instantMsOf('2026-03-23T12:00:00,5Z')).toBe(Date.UTC(2026, 2, 23, 12, 0, 0, 500));
    expect(instantMsOf(new Date(Date.UTC(2026, 2, 23)))).toBe(Date.UTC(2026, 2, 23));
    expect(toDate('0050-03-02 10:00Z').toISOString()).toBe('0050-03-02T10:00:00.000Z');
  });

  it('gives a new Date, never the one passed in', () => {
    const date = new Date(Date.UTC(2026, 2, 23));
    expect(toDate(date)).not.toBe(date);
    expect(toDate(date).getTime()).toBe(date.getTime());
  });

  it('refuse a string that was not validated, rather than give an Invalid Date', () => {
    expect(() => instantMsOf('2026-02-30T12:00:00Z')).toThrow('not a validated instant: "2026-02-30T12:00:00Z"');
  });
});

describe('parseWrittenInstant: the library\'s own strings, which may name the year 0000', () => {
  it('reads "0000-12-31T23:59:36-04:33" as the first hours of year 1 UTC', () => {
    expect(new Date(parseWrittenInstant('0000-12-31T23:59:36-04:33') ?? Number.NaN).toISOString()).toBe('0001-01-01T04:32:36.000Z');
  });

  it('is read by instantMsOf, which converts what the library wrote', () => {
    expect(instantMsOf('0000-12-31T23:59:36-04:33')).toBe(new Date('0001-01-01T04:32:36Z').getTime());
  });

  it('is not what the input schemas accept: parseInstant still rejects the year 0000', () => {
    expect(parseInstant('0000-12-31T23:59:36-04:33')).toBeUndefined();
  });

  it('agrees with parseInstant on every other year', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0001-01-02T00:00:00Z'), max: new Date('9999-12-30T00:00:00Z'), noInvalidDate: true }), (date) => {
        const text = date.toISOString();
        expect(parseWrittenInstant(text)).toBe(parseInstant(text));
      }),
    );
  });
});
