import { DateTime } from 'luxon';

// The call window as a developer would write it with Luxon, the library most would reach for to
// do zone arithmetic. It is the baseline nextCallWindow is measured against, so it does the same
// work for the benchmark's inputs: the window of calendar days, its ends moved onto working days,
// two slots per working day, slots before the interview dropped, and where `now` stands. It covers
// what those inputs use (no instructions, no previous calls, working hours that no clock change
// skips); test/bench checks that it agrees with nextCallWindow on every one of them.

/** The subset of nextCallWindow's input that the reference understands. */
export interface LuxonWindowInput {
  /** A date-only string (`2026-03-20`) or an ISO 8601 instant with an offset. */
  readonly interviewAt: string;
  readonly timeZone: string;
  /** An ISO 8601 instant with an offset. */
  readonly now: string;
  readonly via?: 'employer' | 'agency';
  // Plain arrays, so the same object can be passed to nextCallWindow.
  readonly holidays?: string[];
  readonly workingHours?: { readonly start: string; readonly end: string };
  readonly workDays?: number[];
}

/** A slot as nextCallWindow writes it. */
export interface LuxonSlot {
  readonly start: string;
  readonly end: string;
  readonly part: 'start-of-day' | 'end-of-day';
}

/** The fields of nextCallWindow's result that the reference computes. */
export interface LuxonWindow {
  readonly status: 'too-early' | 'open' | 'too-late' | 'do-not-call';
  readonly opensAt: string | null;
  readonly closesAt: string | null;
  readonly slots: readonly LuxonSlot[];
  readonly nextSlot: LuxonSlot | null;
}

const SLOT_MINUTES = 60;
// `ZZ` always writes the offset as +hh:mm, where toISO() would write `Z` for the UTC zone.
const ISO_WITH_OFFSET = "yyyy-MM-dd'T'HH:mm:ssZZ";
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function clockParts(clockTime: string): { hour: number; minute: number } {
  return { hour: Number(clockTime.slice(0, 2)), minute: Number(clockTime.slice(3, 5)) };
}

function toSlot(start: DateTime, end: DateTime, part: LuxonSlot['part']): LuxonSlot {
  return { start: start.toFormat(ISO_WITH_OFFSET), end: end.toFormat(ISO_WITH_OFFSET), part };
}

/**
 * The call window computed with Luxon.
 *
 * @example
 * ```ts
 * luxonCallWindow({ interviewAt: '2026-03-20', timeZone: 'Europe/London', now: '2026-03-23T12:00:00Z' }).opensAt;
 * //=> '2026-03-27T09:00:00+00:00'
 * ```
 */
export function luxonCallWindow(input: LuxonWindowInput): LuxonWindow {
  const zone = input.timeZone;
  const agency = input.via === 'agency';
  const [earliestDays, latestDays] = agency ? [2, 7] : [7, 14];
  const workDays = new Set(input.workDays ?? [1, 2, 3, 4, 5]);
  const holidays = new Set(input.holidays ?? []);
  const opens = clockParts(input.workingHours?.start ?? '09:00');
  const closes = clockParts(input.workingHours?.end ?? '17:00');

  const dateOnly = DATE_ONLY.test(input.interviewAt);
  const interview = dateOnly
    ? DateTime.fromISO(input.interviewAt, { zone })
    : DateTime.fromISO(input.interviewAt, { setZone: false }).setZone(zone);
  const interviewDay = interview.startOf('day');
  const isWorkingDay = (day: DateTime): boolean => workDays.has(day.weekday) && !holidays.has(day.toISODate() ?? '');

  let first = interviewDay.plus({ days: earliestDays });
  let last = interviewDay.plus({ days: latestDays });
  while (first <= last && !isWorkingDay(first)) first = first.plus({ days: 1 });
  while (last > first && !isWorkingDay(last)) last = last.minus({ days: 1 });
  if (first > last) return { status: 'do-not-call', opensAt: null, closesAt: null, slots: [], nextSlot: null };

  const interviewMs = dateOnly ? Number.NEGATIVE_INFINITY : interview.toMillis();
  const slots: { start: DateTime; end: DateTime; part: LuxonSlot['part'] }[] = [];
  for (let day = first; day <= last; day = day.plus({ days: 1 })) {
    if (!isWorkingDay(day)) continue;
    const start = day.set({ hour: opens.hour, minute: opens.minute });
    const end = day.set({ hour: closes.hour, minute: closes.minute });
    const length = end.diff(start, 'minutes').minutes;
    const daySlots =
      length < 2 * SLOT_MINUTES
        ? [{ start, end, part: 'start-of-day' as const }]
        : [
            { start, end: start.plus({ minutes: SLOT_MINUTES }), part: 'start-of-day' as const },
            { start: end.minus({ minutes: SLOT_MINUTES }), end, part: 'end-of-day' as const },
          ];
    for (const slot of daySlots) if (slot.start.toMillis() >= interviewMs) slots.push(slot);
  }
  const opening = slots[0];
  const closing = slots[slots.length - 1];
  if (opening === undefined || closing === undefined) {
    return { status: 'do-not-call', opensAt: null, closesAt: null, slots: [], nextSlot: null };
  }

  const nowMs = DateTime.fromISO(input.now).toMillis();
  const next = slots.find((slot) => slot.end.toMillis() > nowMs);
  let status: LuxonWindow['status'];
  if (nowMs < opening.start.toMillis()) status = 'too-early';
  else if (next) status = 'open';
  else status = 'too-late';
  return {
    status,
    opensAt: opening.start.toFormat(ISO_WITH_OFFSET),
    closesAt: closing.end.toFormat(ISO_WITH_OFFSET),
    slots: slots.map((slot) => toSlot(slot.start, slot.end, slot.part)),
    nextSlot: next ? toSlot(next.start, next.end, next.part) : null,
  };
}
