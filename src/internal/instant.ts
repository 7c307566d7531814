// The one reader of instant strings. `new Date(text)` is only required to read the ECMAScript
// format (uppercase T and Z, "+HH:mm", three fraction digits); engines differ on everything else
// the schemas accept, and V8 reads a comma fraction as NaN and "0050-03-02 10:00Z" as 1950. So
// the schema's check and every conversion to milliseconds go through this parser, and what it
// accepts is exactly what the library accepts.

// Date, separator, time, optional seconds with an optional fraction, then the offset (the `i`
// flag lets "t" and "z" be lower case). Each part is a fixed run of digits or one character from a
// small set, so the match is linear: the only open-ended run, the fraction's digits, is followed
// by something that cannot be a digit.
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})[ t](\d{2}):(\d{2})(?::(\d{2})(?:[,.](\d+))?)?(?:z|([+-])(\d{2})(?::?(\d{2}))?)$/i;

const MS_PER_MINUTE = 60_000;

/**
 * The epoch milliseconds an ISO 8601 / RFC 3339 date-time string names, or `undefined` when the
 * text is not one the library accepts.
 *
 * Accepted: `YYYY-MM-DD`, then `T`, `t` or a space, then `HH:mm` or `HH:mm:ss`, the seconds
 * optionally followed by a fraction of any length after `.` or `,`, then `Z`, `z`, `+HH:mm`,
 * `+HHmm` or `+HH` (or `-`). The date must exist in the years 0001-9999, hours run 00-23,
 * minutes and seconds 00-59 (no leap second), offset hours 00-23 and offset minutes 00-59.
 * Fraction digits after the third are dropped (the instant is within that millisecond).
 *
 * @example
 * ```ts
 * parseInstant('2026-03-23T12:00:00,5+01:00');
 * //=> 1774263600500
 * new Date(parseInstant('0050-03-02 10:00Z') ?? NaN).toISOString();
 * //=> '0050-03-02T10:00:00.000Z'
 * parseInstant('2026-02-30T10:00:00Z');
 * //=> undefined
 * ```
 */
export function parseInstant(text: string): number | undefined {
  return parseInstantFromYear(text, 1);
}

/**
 * {@link parseInstant} for the instants the library writes itself, which may also name the year
 * 0000 (1 BC). formatZonedInstant writes a local reading with the offset rounded to the minute, so
 * an instant in the first hours of year 1 UTC, read in a zone behind UTC (or with a local mean time
 * such as La Paz's -04:32:36), can come out as "0000-12-31T23:59:36-04:33". Input stays in the
 * years 0001-9999: the schemas use {@link parseInstant}.
 *
 * @example
 * ```ts
 * new Date(parseWrittenInstant('0000-12-31T23:59:36-04:33') ?? NaN).toISOString();
 * //=> '0001-01-01T04:32:36.000Z'
 * parseInstant('0000-12-31T23:59:36-04:33');
 * //=> undefined
 * ```
 */
export function parseWrittenInstant(text: string): number | undefined {
  return parseInstantFromYear(text, 0);
}

function parseInstantFromYear(text: string, firstYear: 0 | 1): number | undefined {
  const match = INSTANT.exec(text);
  if (!match) return undefined;
  const [, yearText, monthText, dayText, hourText, minuteText, secondText, fractionText, sign, offsetHourText, offsetMinuteText] = match;
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  const hour = Number(hourText);
  const minute = Number(minuteText);
  const second = Number(secondText ?? '0');
  const offsetHours = Number(offsetHourText ?? '0');
  const offsetMinutes = Number(offsetMinuteText ?? '0');
  if (year < firstYear || month < 1 || month > 12 || day < 1) return undefined;
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return undefined;

  // Date.UTC would read the years 0-99 as 1900-1999; setUTCFullYear takes the year as it is.
  const midnight = new Date(0);
  midnight.setUTCFullYear(year, month - 1, day);
  // A day past the month's end (2026-02-30) rolls into the next month: no such date.
  if (midnight.getUTCDate() !== day) return undefined;

  const millisecond = fractionText === undefined ? 0 : Number(fractionText.slice(0, 3).padEnd(3, '0'));
  const offsetMs = (sign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * MS_PER_MINUTE;
  return midnight.getTime() + ((hour * 60 + minute) * 60 + second) * 1000 + millisecond - offsetMs;
}
