/**
 * `interview-followup/holidays`: public holidays by country, for the `holidays` option.
 * It loads the optional peer dependency `date-holidays`; the package root never does.
 * @packageDocumentation
 */
import Holidays from 'date-holidays';
import * as z from 'zod/mini';
import { InvalidInputError } from './errors.js';
import { parseInput } from './internal/parse-input.js';
import { dateOnlySchema, isDateOnlyString } from './schemas/common.js';
import { whenFieldsValid } from './schemas/when-fields-valid.js';
import { dayNumberFromDateOnly, formatDay } from './timing/calendar-day.js';

const MAX_RANGE_DAYS = 3660;
const DAY_MS = 86_400_000;

/**
 * The years {@link publicHolidays} answers for, inclusive: those in which the holiday data
 * computes every calendar it uses. Its Islamic calendar is a table of the years 1970 to 2076:
 * outside it, Eid and the other Islamic holidays would be left out without a word (its Hebrew
 * calendar runs from 1969 to 2099). Much further out the data fails outright (for Iran after
 * 3798) or never returns (for China, Korea, Taiwan, Vietnam and the Philippines in the year 1).
 *
 * @example
 * ```ts
 * PUBLIC_HOLIDAY_YEARS;
 * //=> { first: 1970, last: 2076 }
 * ```
 */
export const PUBLIC_HOLIDAY_YEARS = /* @__PURE__ */ Object.freeze({ first: 1970, last: 2076 } as const);

const YEARS_WORDING = `must be in the years ${String(PUBLIC_HOLIDAY_YEARS.first)} to ${String(PUBLIC_HOLIDAY_YEARS.last)} (those the holiday data covers)`;

function isInCoveredYears(value: string): boolean {
  // A date that does not exist has its own issue; this one is only about the year.
  if (!isDateOnlyString(value)) return true;
  const year = Number(value.slice(0, 4));
  return year >= PUBLIC_HOLIDAY_YEARS.first && year <= PUBLIC_HOLIDAY_YEARS.last;
}

const holidayDateSchema = dateOnlySchema.check(z.refine(isInCoveredYears, YEARS_WORDING));

/**
 * The input of {@link publicHolidays}: an ISO 3166-1 country, optionally an ISO 3166-2
 * subdivision code within it, and an inclusive range of at most 3660 days within the years of
 * {@link PUBLIC_HOLIDAY_YEARS}.
 *
 * @example
 * ```ts
 * publicHolidaysInputSchema.safeParse({ country: 'US', region: 'CA', from: '2026-01-01', to: '2026-12-31' }).success;
 * //=> true
 * ```
 */
export const publicHolidaysInputSchema = z
  .strictObject({
    /** ISO 3166-1 alpha-2 country code, e.g. `"GB"`. */
    country: z.string().check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 country code such as "GB"')),
    /** A state or region code within the country (ISO 3166-2 without the country), e.g. `"CA"` for California. */
    region: z.optional(z.string().check(z.regex(/^[A-Z0-9]{1,3}$/, 'must be a subdivision code such as "CA" or "ENG"'))),
    /** First date, `YYYY-MM-DD`, inclusive, in the years of {@link PUBLIC_HOLIDAY_YEARS}. */
    from: holidayDateSchema,
    /** Last date, `YYYY-MM-DD`, inclusive, in the years of {@link PUBLIC_HOLIDAY_YEARS}. */
    to: holidayDateSchema,
  })
  .check(
    z.superRefine(
      (input, ctx) => {
        const days = dayNumberFromDateOnly(input.to) - dayNumberFromDateOnly(input.from);
        if (days < 0) {
          ctx.issues.push({ code: 'custom', input: input.to, path: ['to'], message: `must not be before from (${input.from})` });
        } else if (days >= MAX_RANGE_DAYS) {
          ctx.issues.push({
            code: 'custom',
            input: input.to,
            path: ['to'],
            message: `must be less than ${String(MAX_RANGE_DAYS)} days after from (${input.from})`,
          });
        }
      },
      { when: whenFieldsValid('from', 'to') },
    ),
  );

/**
 * What {@link publicHolidays} accepts.
 *
 * @example
 * ```ts
 * const input: PublicHolidaysInput = { country: 'DE', region: 'BY', from: '2026-01-01', to: '2026-01-31' };
 * publicHolidays(input);
 * //=> [ '2026-01-01', '2026-01-06' ]
 * ```
 */
export type PublicHolidaysInput = z.input<typeof publicHolidaysInputSchema>;

/**
 * Lists the public holidays of a country (and optionally one of its states or regions) between
 * two dates, inclusive, as sorted `YYYY-MM-DD` strings on the country's own calendar: ready for
 * the `holidays` option of {@link index!nextCallWindow}.
 *
 * Only days the data marks as public holidays count; bank-only closures, optional days and
 * observances (Mother's Day, Christmas Eve afternoons) do not. A holiday on a weekend is listed
 * as well as the weekday the law moves it to, when there is one. The data comes from the
 * `date-holidays` package (an optional peer dependency: install it to use this entry point).
 *
 * @param input - The ISO 3166-1 `country`, optionally a `region` within it, and the inclusive
 * range `from`-`to` as `YYYY-MM-DD`; see {@link PublicHolidaysInput}.
 * @returns The holidays in the range, sorted, as `YYYY-MM-DD`.
 * @throws {@link index!InvalidInputError} for a country or region the data does not know, a date
 * that does not exist or lies outside {@link PUBLIC_HOLIDAY_YEARS}, or a range that runs
 * backwards or spans 3660 days or more.
 * @example
 * ```ts
 * publicHolidays({ country: 'GB', region: 'ENG', from: '2026-12-20', to: '2026-12-31' });
 * //=> [ '2026-12-25', '2026-12-26', '2026-12-28' ]
 * ```
 */
export function publicHolidays(input: PublicHolidaysInput): string[] {
  const parsed = parseInput(publicHolidaysInputSchema, input);
  const source = new Holidays();
  const countries = source.getCountries('en') as Record<string, string> | undefined;
  if (!countries || !Object.hasOwn(countries, parsed.country)) {
    throw new InvalidInputError([
      { path: ['country'], message: `is not a country the holiday data knows (got ${JSON.stringify(parsed.country)})` },
    ]);
  }
  if (parsed.region !== undefined) {
    const regions = source.getStates(parsed.country, 'en') as Record<string, string> | undefined;
    if (!regions || !Object.hasOwn(regions, parsed.region)) {
      throw new InvalidInputError([
        {
          path: ['region'],
          message: `is not a region of ${parsed.country} the holiday data knows (got ${JSON.stringify(parsed.region)})`,
        },
      ]);
    }
  }
  const calendar =
    parsed.region === undefined ? new Holidays(parsed.country) : new Holidays(parsed.country, parsed.region);

  const first = dayNumberFromDateOnly(parsed.from);
  const last = dayNumberFromDateOnly(parsed.to);
  const firstYear = Number(parsed.from.slice(0, 4));
  const found = new Set<string>();
  for (let year = firstYear; year <= Number(parsed.to.slice(0, 4)); year++) {
    for (const holiday of holidaysOfYear(calendar, year, year === firstYear ? 'from' : 'to', parsed.country)) {
      if (holiday.type !== 'public') continue;
      // A few holidays last several days; `date` is the local start, the length comes from start/end.
      const startDay = dayNumberFromDateOnly(holiday.date.slice(0, 10));
      const length = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / DAY_MS));
      for (let day = startDay; day < startDay + length; day++) {
        if (day >= first && day <= last) found.add(formatDay(day));
      }
    }
  }
  return [...found].sort();
}

// The data is another package's: should it fail on some year after all, the caller gets an
// InvalidInputError about the date that asked for that year, not the package's own error.
function holidaysOfYear(calendar: Holidays, year: number, field: 'from' | 'to', country: string): ReturnType<Holidays['getHolidays']> {
  try {
    return calendar.getHolidays(year);
  } catch {
    throw new InvalidInputError([
      { path: [field], message: `must be in a year the holiday data can compute for ${country} (it failed on ${String(year)})` },
    ]);
  }
}
