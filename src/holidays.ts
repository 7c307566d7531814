/**
 * `interview-followup/holidays`: public holidays by country, for the `holidays` option.
 * It loads the optional peer dependency `date-holidays`; the package root never does.
 * @packageDocumentation
 */
import Holidays from 'date-holidays';
import * as z from 'zod/mini';
import { InvalidInputError } from './errors.js';
import { parseInput } from './internal/parse-input.js';
import { dateOnlySchema } from './schemas/common.js';
import { dayNumberFromDateOnly, formatDay } from './timing/calendar-day.js';

const MAX_RANGE_DAYS = 3660;
const DAY_MS = 86_400_000;

/**
 * The input of {@link publicHolidays}: an ISO 3166-1 country, optionally an ISO 3166-2
 * subdivision code within it, and an inclusive range of at most 3660 days.
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
    /** First date, `YYYY-MM-DD`, inclusive. */
    from: dateOnlySchema,
    /** Last date, `YYYY-MM-DD`, inclusive. */
    to: dateOnlySchema,
  })
  .check(
    z.superRefine((input, ctx) => {
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
    }),
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
 * that does not exist, or a range that runs backwards or spans 3660 days or more.
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
  const found = new Set<string>();
  for (let year = Number(parsed.from.slice(0, 4)); year <= Number(parsed.to.slice(0, 4)); year++) {
    const listed = calendar.getHolidays(year);
    for (const holiday of listed) {
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
