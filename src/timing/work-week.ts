import { DEFAULT_WORK_DAYS } from '../schemas/working-time.js';

/** Where a work week came from: given by the caller, read from the region's week data, or the default. */
export type WorkWeekSource = 'input' | 'region' | 'region-unavailable' | 'default';

/** A work week and where it came from. */
export interface WorkWeek {
  readonly workDays: readonly number[];
  readonly source: WorkWeekSource;
}

interface WeekInfo {
  readonly weekend?: readonly number[];
}

// `Intl.Locale#getWeekInfo()` is the standard name; V8 before 13 (Node 20 and 22) exposes the
// older `weekInfo` getter instead, and some engines have neither.
function weekInfoOf(locale: Intl.Locale): WeekInfo | undefined {
  const withWeek = locale as Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };
  if (typeof withWeek.getWeekInfo === 'function') return withWeek.getWeekInfo();
  return withWeek.weekInfo;
}

/**
 * The working days of a region's usual week, from the runtime's CLDR week data: every ISO
 * weekday that is not part of the region's weekend (`SA` gives Sunday to Thursday). `undefined`
 * when the runtime has no week data.
 *
 * @example
 * ```ts
 * regionWorkDays('SA'); // on a runtime with week data
 * //=> [ 1, 2, 3, 4, 7 ]
 * ```
 */
export function regionWorkDays(region: string): number[] | undefined {
  let info: WeekInfo | undefined;
  try {
    info = weekInfoOf(new Intl.Locale(`und-${region}`));
  } catch {
    return undefined;
  }
  const weekend = info?.weekend;
  if (!Array.isArray(weekend)) return undefined;
  const workDays = [1, 2, 3, 4, 5, 6, 7].filter((day) => !weekend.includes(day));
  return workDays.length > 0 ? workDays : undefined;
}

/**
 * The work week to use: the caller's, else the region's, else Monday to Friday.
 *
 * @example
 * ```ts
 * chooseWorkWeek(undefined, undefined);
 * //=> { workDays: [ 1, 2, 3, 4, 5 ], source: 'default' }
 * ```
 */
export function chooseWorkWeek(workDays: readonly number[] | undefined, region: string | undefined): WorkWeek {
  if (workDays) return { workDays, source: 'input' };
  if (region !== undefined) {
    const fromRegion = regionWorkDays(region);
    if (fromRegion) return { workDays: fromRegion, source: 'region' };
    return { workDays: DEFAULT_WORK_DAYS, source: 'region-unavailable' };
  }
  return { workDays: DEFAULT_WORK_DAYS, source: 'default' };
}
