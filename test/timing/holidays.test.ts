import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Holidays from 'date-holidays';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PUBLIC_HOLIDAY_YEARS, publicHolidays, type PublicHolidaysInput } from '../../src/holidays.js';
import { InvalidInputError, nextCallWindow } from '../../src/index.js';

// Expected dates are the public holidays as published for 2026; the comments name them.
const rows: readonly [string, PublicHolidaysInput, string[]][] = [
  ['England at Christmas: Boxing Day falls on a Saturday and moves to Monday 28th', { country: 'GB', region: 'ENG', from: '2026-12-20', to: '2026-12-31' }, ['2026-12-25', '2026-12-26', '2026-12-28']],
  ['England at Easter: Good Friday and Easter Monday', { country: 'GB', region: 'ENG', from: '2026-03-30', to: '2026-04-12' }, ['2026-04-03', '2026-04-06']],
  ['California has Cesar Chavez Day on 31 March', { country: 'US', region: 'CA', from: '2026-03-25', to: '2026-04-05' }, ['2026-03-31']],
  ['the United States as a whole does not', { country: 'US', from: '2026-03-25', to: '2026-04-05' }, []],
  ['US Independence Day on a Saturday is observed on Friday 3 July', { country: 'US', region: 'CA', from: '2026-07-01', to: '2026-07-10' }, ['2026-07-03', '2026-07-04']],
  ['Germany in spring: Good Friday, Easter Monday, 1 May, Ascension, Whit Monday', { country: 'DE', from: '2026-04-01', to: '2026-06-10' }, ['2026-04-03', '2026-04-06', '2026-05-01', '2026-05-14', '2026-05-25']],
  ['Bavaria adds Corpus Christi on 4 June', { country: 'DE', region: 'BY', from: '2026-06-01', to: '2026-06-10' }, ['2026-06-04']],
  ['India: Republic Day and Independence Day', { country: 'IN', from: '2026-01-01', to: '2026-08-31' }, ['2026-01-26', '2026-04-03', '2026-04-14', '2026-08-15']],
  ['New South Wales at Easter and Anzac Day (moved off the Saturday)', { country: 'AU', region: 'NSW', from: '2026-04-01', to: '2026-04-30' }, ['2026-04-03', '2026-04-04', '2026-04-05', '2026-04-06', '2026-04-25', '2026-04-27']],
  ['a range across the new year', { country: 'GB', region: 'ENG', from: '2026-12-30', to: '2027-01-02' }, ['2027-01-01']],
];

describe('publicHolidays', () => {
  it.each(rows)('%s', (_name, input, expected) => {
    expect(publicHolidays(input)).toEqual(expected);
  });

  it('feeds nextCallWindow: the window skips Easter in England', () => {
    const holidays = publicHolidays({ country: 'GB', region: 'ENG', from: '2026-03-20', to: '2026-04-30' });
    const window = nextCallWindow({ interviewAt: '2026-03-27', timeZone: 'Europe/London', holidays, now: '2026-03-27T12:00:00Z' });
    expect(window.opensAt).toBe('2026-04-07T09:00:00+01:00');
  });

  it.each([
    ['an unknown country', { country: 'XX', from: '2026-01-01', to: '2026-12-31' }, ['country']],
    ['a lower-case country', { country: 'gb', from: '2026-01-01', to: '2026-12-31' }, ['country']],
    ['a region the country does not have', { country: 'US', region: 'ZZ', from: '2026-01-01', to: '2026-12-31' }, ['region']],
    ['a date that does not exist', { country: 'DE', from: '2026-02-30', to: '2026-12-31' }, ['from']],
    ['a range that runs backwards', { country: 'DE', from: '2026-12-31', to: '2026-01-01' }, ['to']],
    ['a range of more than ten years', { country: 'DE', from: '2000-01-01', to: '2026-01-01' }, ['to']],
    ['a missing date', { country: 'DE', from: '2026-01-01' }, ['to']],
  ])('rejects %s with InvalidInputError', (_what, input, path) => {
    let caught: unknown;
    try {
      publicHolidays(input as PublicHolidaysInput);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidInputError);
    expect((caught as InvalidInputError).issues[0]?.path).toEqual(path);
  });
});

describe('publicHolidays covers the years 1970 to 2076, and no others', () => {
  const { first, last } = PUBLIC_HOLIDAY_YEARS;
  // Countries whose calendars the data computes in different ways: lunisolar (CN, PH, VN, KR,
  // TW), Jalaali (IR), Islamic and Hebrew tables (SA, IL), and the Gregorian rules (US, GB).
  const countries = ['CN', 'PH', 'VN', 'KR', 'TW', 'IR', 'SA', 'IL', 'US', 'GB'];
  const errorOf = (input: PublicHolidaysInput) => {
    try {
      publicHolidays(input);
    } catch (error) {
      return error;
    }
    return undefined;
  };

  it('is the years 1970 to 2076', () => {
    expect(PUBLIC_HOLIDAY_YEARS).toEqual({ first: 1970, last: 2076 });
  });

  it.each(countries.flatMap((country) => [first, last].map((year) => [country, year] as const)))(
    'lists the holidays of %s in %i, its first or last accepted year',
    (country, year) => {
      const holidays = publicHolidays({ country, from: `${String(year)}-01-01`, to: `${String(year)}-12-31` });
      expect(holidays.length).toBeGreaterThan(0);
      expect(holidays.every((day) => day.startsWith(`${String(year)}-`))).toBe(true);
      expect(holidays).toEqual([...holidays].sort());
    },
  );

  it.each(countries)('rejects %s on the last day before 1970 at from, and the first day after 2076 at to', (country) => {
    const before = errorOf({ country, from: '1969-12-31', to: '1970-01-05' });
    const after = errorOf({ country, from: '2076-12-28', to: '2077-01-01' });
    const message = 'must be in the years 1970 to 2076 (those the holiday data covers)';
    expect(before).toBeInstanceOf(InvalidInputError);
    expect((before as InvalidInputError).issues).toEqual([{ path: ['from'], message }]);
    expect((after as InvalidInputError).issues).toEqual([{ path: ['to'], message }]);
  });

  it('keeps the Islamic holidays in 2076, the last year of the Islamic table', () => {
    // Saudi Arabia's Eid al-Fitr and Eid al-Adha last several days each; without the table only
    // the two fixed holidays would be left.
    expect(publicHolidays({ country: 'SA', from: '2076-01-01', to: '2076-12-31' }).length).toBeGreaterThan(2);
  });
});

describe('publicHolidays when the holiday data fails', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('turns an error of the data for the first year into an InvalidInputError at from', () => {
    vi.spyOn(Holidays.prototype, 'getHolidays').mockImplementation(() => {
      throw new Error('Invalid Jalaali year 3178');
    });
    let caught: unknown;
    try {
      publicHolidays({ country: 'IR', from: '2026-03-01', to: '2027-03-01' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidInputError);
    expect((caught as InvalidInputError).message).toBe('from must be in a year the holiday data can compute for IR (it failed on 2026)');
  });

  it('blames to when a later year of the range fails', () => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with each calendar as `this`
    const original = Holidays.prototype.getHolidays;
    vi.spyOn(Holidays.prototype, 'getHolidays').mockImplementation(function (this: Holidays, year) {
      if (year === 2027) throw new RangeError('no data');
      return original.call(this, year);
    });
    let caught: unknown;
    try {
      publicHolidays({ country: 'GB', from: '2026-12-01', to: '2027-01-31' });
    } catch (error) {
      caught = error;
    }
    expect((caught as InvalidInputError).issues).toEqual([{ path: ['to'], message: 'must be in a year the holiday data can compute for GB (it failed on 2027)' }]);
  });
});

describe('the package root', () => {
  // date-holidays is an optional peer dependency: nothing reachable from src/index.ts may load it.
  it('never imports date-holidays, directly or through another module', () => {
    const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');
    const seen = new Set<string>();
    const offenders: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/from\s+'([^']+)'/g)) {
        const specifier = match[1]!;
        if (specifier.startsWith('date-holidays')) offenders.push(file);
        if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      }
    };
    visit(resolve(root, 'index.ts'));
    expect(seen.size).toBeGreaterThan(10);
    expect(offenders).toEqual([]);
  });
});
