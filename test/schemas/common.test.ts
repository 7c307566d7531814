import { describe, expect, it } from 'vitest';
import {
  clockTimeSchema,
  dateOnlySchema,
  factTextSchema,
  instantOrDateSchema,
  instantSchema,
  isoWeekdaySchema,
  policySchema,
  timeZoneSchema,
  workDaysSchema,
} from '../../src/index.js';

const accepts = (schema: { safeParse: (v: unknown) => { success: boolean } }, value: unknown) => schema.safeParse(value).success;

describe('dateOnlySchema', () => {
  it.each(['2026-03-20', '2024-02-29', '0001-01-01', '9999-12-31'])('accepts the real date %s', (value) => {
    expect(accepts(dateOnlySchema, value)).toBe(true);
  });
  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-3-20', '20260320', '0000-01-01', '2026-03-20T00:00:00Z', ''])(
    'rejects %j',
    (value) => {
      expect(accepts(dateOnlySchema, value)).toBe(false);
    },
  );
});

describe('instantSchema', () => {
  it.each(['2026-03-20T10:00:00Z', '2026-03-20T10:00Z', '2026-03-20T10:00:00.123+05:30', '2026-03-20T10:00:00-0300', new Date('2026-03-20T10:00:00Z')])(
    'accepts %j',
    (value) => {
      expect(accepts(instantSchema, value)).toBe(true);
    },
  );
  it.each([
    ['a local time without an offset', '2026-03-20T10:00:00'],
    ['a date only', '2026-03-20'],
    ['an impossible day', '2026-02-30T10:00:00Z'],
    ['hour 24', '2026-03-20T24:00:00Z'],
    ['an invalid Date', new Date('nope')],
    ['a number', 1774000000000],
    ['free text', 'next Tuesday'],
  ])('rejects %s', (_label, value) => {
    expect(accepts(instantSchema, value)).toBe(false);
  });
  it('accepts a date only where a date is allowed', () => {
    expect(accepts(instantOrDateSchema, '2026-03-20')).toBe(true);
  });

  // The schema accepts exactly what the library's instant parser reads (src/internal/instant.ts),
  // including the spellings `new Date(text)` reads wrongly or not at all on some engines.
  it.each([
    ['a comma before the fraction', '2026-03-20T10:00:00,5Z'],
    ['a fraction of more than nine digits', '2026-03-20T10:00:00.1234567890123Z'],
    ['lower-case t and z', '2026-03-20t10:00:00z'],
    ['a space before the time', '2026-03-20 10:00:00+01:00'],
    ['an offset of whole hours', '2026-03-20T10:00:00+05'],
    ['a year below 100', '0050-03-02 10:00+00:00'],
  ])('accepts %s', (_label, value) => {
    expect(accepts(instantSchema, value)).toBe(true);
  });
  it.each([
    ['a one-digit offset', '2026-03-20T10:00:00+5'],
    ['a fraction without seconds', '2026-03-20T10:00.5Z'],
    ['a leap second', '2026-12-31T23:59:60Z'],
    ['the year 0', '0000-03-20T10:00:00Z'],
  ])('rejects %s', (_label, value) => {
    expect(accepts(instantSchema, value)).toBe(false);
  });
});

describe('timeZoneSchema', () => {
  it.each(['UTC', 'Europe/London', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham', 'Australia/Sydney'])('accepts %s', (zone) => {
    expect(accepts(timeZoneSchema, zone)).toBe(true);
  });
  it.each(['Mars/Olympus', '', 'Europe/Londres', 'x'.repeat(100)])('rejects %j', (zone) => {
    expect(accepts(timeZoneSchema, zone)).toBe(false);
  });
});

describe('clockTimeSchema', () => {
  it.each(['00:00', '09:00', '23:59'])('accepts %s', (value) => {
    expect(accepts(clockTimeSchema, value)).toBe(true);
  });
  it.each(['24:00', '25:00', '9:00', '09:60', '09:00:00', ''])('rejects %j', (value) => {
    expect(accepts(clockTimeSchema, value)).toBe(false);
  });
});

describe('isoWeekdaySchema and workDaysSchema', () => {
  it('accepts 1 to 7 and nothing else', () => {
    expect([0, 1, 7, 8, 1.5, Number.NaN].map((n) => accepts(isoWeekdaySchema, n))).toEqual([false, true, true, false, false, false]);
  });
  it('accepts a Sunday-Thursday week and rejects an empty or repeated one', () => {
    expect(accepts(workDaysSchema, [7, 1, 2, 3, 4])).toBe(true);
    expect(accepts(workDaysSchema, [])).toBe(false);
    expect(accepts(workDaysSchema, [1, 1])).toBe(false);
  });
});

describe('policySchema', () => {
  it('accepts a partial policy', () => {
    expect(accepts(policySchema, { slotMinutes: 30 })).toBe(true);
  });
  it('rejects negative, fractional and non-finite numbers', () => {
    for (const bad of [-1, 1.5, Number.POSITIVE_INFINITY, Number.NaN]) {
      expect(accepts(policySchema, { earliestDays: bad })).toBe(false);
    }
  });
  it('rejects a latest day before the earliest, counting defaults', () => {
    expect(accepts(policySchema, { latestDays: 5 })).toBe(false);
    expect(accepts(policySchema, { agencyEarliestDays: 9 })).toBe(false);
  });
});

describe('factTextSchema', () => {
  it('keeps template-looking text as it is', () => {
    expect(factTextSchema.safeParse('${x} {name}')).toEqual({ success: true, data: '${x} {name}' });
  });
  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['a line break', 'Ana\nSilva'],
    ['a lone surrogate', 'Ana \uD800'],
    ['201 characters', 'a'.repeat(201)],
  ])('rejects %s', (_label, value) => {
    expect(accepts(factTextSchema, value)).toBe(false);
  });
});
