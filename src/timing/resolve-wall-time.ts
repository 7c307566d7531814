import { MS_PER_DAY, type DayNumber } from './calendar-day.js';
import { offsetMsAt, wallClockMsAt } from '../internal/calendar-date.js';

/** How a wall-clock time became an instant. */
export type WallTimeResolution =
  /** The wall time happens exactly once. */
  | 'exact'
  /** The clocks went back and the wall time happened twice; the first occurrence was taken. */
  | 'overlap'
  /** The clocks skipped the wall time; the first instant after the skip was taken. */
  | 'gap';

/** An instant found for a wall-clock time, and how it was found. */
export interface ResolvedWallTime {
  readonly instantMs: number;
  readonly resolution: WallTimeResolution;
}

const HOUR_MS = 3_600_000;

// Real offsets lie between -12:00 and +14:00, so every instant that can show a given wall time lies
// within a day of it. Probing the offset around that range finds each offset in force there,
// including both sides of a transition, without trusting any library's guess.
const PROBES_MS = [-MS_PER_DAY, -12 * HOUR_MS, 0, 12 * HOUR_MS, MS_PER_DAY];

/**
 * The instant at which the wall clock in `timeZone` shows `minuteOfDay` on calendar day `day`.
 *
 * Plainly put, it is the first instant at which the clock reads that time or later:
 * - an ordinary time maps to its one instant;
 * - a time repeated when the clocks go back maps to its first occurrence (the earlier offset);
 * - a time skipped when the clocks go forward maps to the first valid instant after the skip,
 *   the moment of the transition (02:30 on a day that jumps from 02:00 to 03:00 gives 03:00).
 *
 * Only `Intl.DateTimeFormat` is consulted, so the answer is the same whatever the host's zone.
 *
 * @example
 * ```ts
 * const day = dayNumberFromDateOnly('2026-03-08'); // New York jumps from 02:00 to 03:00
 * formatZonedInstant(resolveWallTime('America/New_York', day, 150).instantMs, 'America/New_York');
 * //=> '2026-03-08T03:00:00-04:00'
 * ```
 */
export function resolveWallTime(timeZone: string, day: DayNumber, minuteOfDay: number): ResolvedWallTime {
  const target = day * MS_PER_DAY + minuteOfDay * 60_000;
  const offsets = new Set<number>();
  for (const probe of PROBES_MS) offsets.add(offsetMsAt(target + probe, timeZone));

  const matches: number[] = [];
  for (const offset of offsets) {
    const candidate = target - offset;
    if (wallClockMsAt(candidate, timeZone) === target && !matches.includes(candidate)) matches.push(candidate);
  }
  if (matches.length > 0) {
    return { instantMs: Math.min(...matches), resolution: matches.length > 1 ? 'overlap' : 'exact' };
  }
  return { instantMs: firstInstantAtOrAfter(timeZone, target, offsets), resolution: 'gap' };
}

/**
 * The first whole second whose wall reading is `target` or later, searched between the instants
 * that the largest and smallest offsets give. Inside a skipped span the wall clock only moves
 * forward, so a binary search over that span is sound.
 */
function firstInstantAtOrAfter(timeZone: string, target: number, offsets: ReadonlySet<number>): number {
  const list = [...offsets];
  let low = Math.floor((target - Math.max(...list)) / 1000); // its wall reading is before target
  let high = Math.ceil((target - Math.min(...list)) / 1000); // its wall reading is after target
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (wallClockMsAt(middle * 1000, timeZone) >= target) high = middle;
    else low = middle;
  }
  return high * 1000;
}
