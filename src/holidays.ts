/**
 * `interview-followup/holidays`: public holidays by country, for the `holidays` option.
 * It loads the optional peer dependency `date-holidays`; the package root never does.
 * @packageDocumentation
 */

/** The input of {@link publicHolidays}. */
export interface PublicHolidaysInput {
  /** ISO 3166-1 alpha-2 country code, e.g. `"GB"`. */
  readonly country: string;
  /** A state or region code within the country, e.g. `"CA"` for California. */
  readonly region?: string;
  /** First date, `YYYY-MM-DD`, inclusive. */
  readonly from: string;
  /** Last date, `YYYY-MM-DD`, inclusive. */
  readonly to: string;
}

/**
 * Lists the public holidays of a country (and region) between two dates, as `YYYY-MM-DD` strings.
 *
 * @example
 * ```ts
 * publicHolidays({ country: 'GB', region: 'ENG', from: '2026-12-20', to: '2026-12-31' });
 * //=> [ '2026-12-25', '2026-12-28' ]
 * ```
 */
export function publicHolidays(input: PublicHolidaysInput): string[] {
  throw new Error(`publicHolidays is not implemented yet (asked for ${input.country})`);
}
