import * as z from 'zod/mini';

// The interviewer's time zone, checked against the runtime's own zone data.

const knownZones = new Map<string, boolean>();

/** True when the runtime's `Intl` accepts `zone` as an IANA time zone name. Results are cached. */
export function isValidTimeZone(zone: string): boolean {
  const cached = knownZones.get(zone);
  if (cached !== undefined) return cached;
  let valid = zone.length > 0 && zone.length <= 64;
  if (valid) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
    } catch {
      valid = false;
    }
  }
  if (knownZones.size < 1024) knownZones.set(zone, valid);
  return valid;
}

/**
 * An IANA time zone name the runtime knows, such as `Europe/London`.
 *
 * @example
 * ```ts
 * timeZoneSchema.safeParse('Mars/Olympus').success;
 * //=> false
 * ```
 */
export const timeZoneSchema = z.string().check(
  z.refine(isValidTimeZone, 'must be an IANA time zone such as "Europe/London" or "America/New_York"'),
);
