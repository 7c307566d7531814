import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { publicHolidays, type PublicHolidaysInput } from '../../src/holidays.js';
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
