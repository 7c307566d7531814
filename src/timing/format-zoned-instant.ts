import { offsetMsAt } from '../internal/calendar-date.js';

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * An instant as ISO 8601 with the zone's UTC offset at that instant, seconds included and the
 * offset always numeric: `2026-03-27T09:00:00+00:00`, never `Z`.
 *
 * ISO 8601 offsets have no seconds. For the old local mean times that had some (before about
 * 1970), the offset is rounded to the minute and the clock reading is written for that rounded
 * offset, so the string still names exactly the same instant.
 *
 * @example
 * ```ts
 * formatZonedInstant(Date.UTC(2026, 3, 2, 16), 'Europe/London');
 * //=> '2026-04-02T17:00:00+01:00'
 * ```
 */
export function formatZonedInstant(instantMs: number, timeZone: string): string {
  const offsetMinutes = Math.round(offsetMsAt(instantMs, timeZone) / 60_000);
  const local = new Date(Math.floor(instantMs / 1000) * 1000 + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  const date = `${String(local.getUTCFullYear()).padStart(4, '0')}-${twoDigits(local.getUTCMonth() + 1)}-${twoDigits(local.getUTCDate())}`;
  const time = `${twoDigits(local.getUTCHours())}:${twoDigits(local.getUTCMinutes())}:${twoDigits(local.getUTCSeconds())}`;
  return `${date}T${time}${sign}${twoDigits(Math.floor(absolute / 60))}:${twoDigits(absolute % 60)}`;
}
