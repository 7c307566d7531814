import { InvalidInputError } from '../errors.js';
import { calendarDateIn, toDate } from '../internal/calendar-date.js';
import { parseInput } from '../internal/parse-input.js';
import { callWindowInputSchema, type CallWindowInput, type ParsedCallWindowInput } from '../schemas/call-window.js';
import { isDateOnlyString } from '../schemas/common.js';
import { DEFAULT_POLICY } from '../schemas/policy.js';
import { FIRST_DAY, LAST_DAY, dayNumberFromDateOnly, type DayNumber } from './calendar-day.js';
import { formatZonedInstant } from './format-zoned-instant.js';
import {
  describeDay,
  describeDays,
  describeInstant,
  describeMinuteOfDay,
  describeWeekdays,
} from './reason-wording.js';
import type { CallWindowReasonCode } from './reason-codes.js';
import type { CallSlot, CallWindow, CallWindowStatus, Reason } from './types.js';
import { windowDays } from './window-days.js';
import {
  isHoliday,
  isWorkingDay,
  workingCalendarFrom,
  workingDayHours,
  type DaySlot,
  type WorkingCalendar,
  type WorkingDayHours,
} from './working-calendar.js';

/**
 * Works out when to make the follow-up call: the window of days, the slots at the start and end
 * of each working day in the interviewer's time zone, and where `now` stands.
 *
 * The window runs from 7 to 14 calendar days after the interview (2 to 7 through an agency),
 * counted on the interviewer's calendar, with the opening moved forward and the closing moved back
 * onto working days. Each working day gives two slots, its first and its last 60 minutes. Employer
 * instructions and earlier calls change the result as docs/timing.md describes, and every change
 * is listed in `reasons` with a stable code. Instants are ISO 8601 strings in the interviewer's
 * offset at that instant. The result does not depend on the host's time zone.
 *
 * @param input - The interview (`interviewAt`, `timeZone`) and, optionally, `now`, the working
 * hours and days, holidays, employer instructions, earlier calls and the policy; see
 * {@link CallWindowInput}.
 * @returns The window, its slots, the next slot from `now`, a status and the reasons.
 * @throws {@link InvalidInputError} when the input does not match {@link callWindowInputSchema},
 * or when the window would end after the year 9999.
 * @example
 * ```ts
 * const window = nextCallWindow({
 *   interviewAt: '2026-03-20',
 *   timeZone: 'Europe/London',
 *   now: '2026-03-23T12:00:00Z',
 * });
 * window.status;
 * //=> 'too-early'
 * [window.opensAt, window.closesAt];
 * //=> [ '2026-03-27T09:00:00+00:00', '2026-04-03T17:00:00+01:00' ]
 * window.nextSlot;
 * //=> { start: '2026-03-27T09:00:00+00:00', end: '2026-03-27T10:00:00+00:00', part: 'start-of-day' }
 * ```
 */
export function nextCallWindow(input: CallWindowInput): CallWindow {
  const parsed = parseInput(callWindowInputSchema, input);
  return computeCallWindow(parsed);
}

type PreviousCall = NonNullable<ParsedCallWindowInput['previousCalls']>[number];

/** A slot of the window with the calendar day it belongs to. */
interface WindowSlot extends DaySlot {
  readonly day: DayNumber;
}

/** A reason whose code is one of the documented codes. */
interface CodedReason extends Reason {
  readonly code: CallWindowReasonCode;
}

interface WindowContext {
  readonly calendar: WorkingCalendar;
  readonly timeZone: string;
  readonly nowMs: number;
  readonly calls: readonly PreviousCall[];
  readonly reasons: CodedReason[];
}

function computeCallWindow(input: ParsedCallWindowInput): CallWindow {
  const timeZone = input.timeZone ?? 'UTC';
  // The clock is read only when the caller gave no `now`.
  const nowMs = input.now === undefined ? Date.now() : toDate(input.now).getTime();
  const calendar = workingCalendarFrom({
    timeZone,
    workingHours: input.workingHours,
    workDays: input.workDays,
    holidays: input.holidays,
    region: input.region,
    slotMinutes: input.policy?.slotMinutes,
  });
  const context: WindowContext = { calendar, timeZone, nowMs, calls: input.previousCalls ?? [], reasons: [] };
  explainWorkWeek(context, input.region);

  const interviewDay = dayIn(input.interviewAt, timeZone, ['interviewAt']);
  const instruction = input.instruction;
  if (instruction?.type === 'no-calls') {
    return noCall(context, {
      code: 'instruction-no-calls',
      message: 'The employer asked not to be called, so do not call; send a short written follow-up instead.',
    });
  }
  if (instruction?.type === 'use-channel') {
    // A request for a voicemail is a request to call that line: the call window applies to both.
    if (instruction.channel !== 'phone' && instruction.channel !== 'voicemail') {
      return noCall(context, {
        code: 'instruction-use-channel',
        message: `The employer asked to be contacted by ${channelWords(instruction.channel)}, so follow up that way instead of calling.`,
      });
    }
    context.reasons.push({
      code: 'instruction-use-phone',
      message:
        instruction.channel === 'voicemail'
          ? 'The employer asked for a voicemail, so call in the window below and leave a message if nobody answers.'
          : 'The employer asked for a phone call, so the call window below applies.',
    });
  }
  if (instruction?.type === 'call-on') return callbackWindow(context, dayIn(instruction.date, timeZone, ['instruction', 'date']));

  const countedCall = lastCountedCall(context.calls);
  if (countedCall) return alreadyCalled(context, countedCall);
  return defaultWindow(context, input, interviewDay);
}

function defaultWindow(context: WindowContext, input: ParsedCallWindowInput, interviewDay: DayNumber): CallWindow {
  const { calendar, reasons, timeZone } = context;
  const agency = input.via === 'agency';
  const earliestDays = agency
    ? (input.policy?.agencyEarliestDays ?? DEFAULT_POLICY.agencyEarliestDays)
    : (input.policy?.earliestDays ?? DEFAULT_POLICY.earliestDays);
  const latestDays = agency
    ? (input.policy?.agencyLatestDays ?? DEFAULT_POLICY.agencyLatestDays)
    : (input.policy?.latestDays ?? DEFAULT_POLICY.latestDays);
  let firstDay = interviewDay + earliestDays;
  let lastDay = interviewDay + latestDays;
  reasons.push({
    code: agency ? 'window-agency' : 'window-employer',
    message:
      `${agency ? 'Through a recruitment agency, the' : 'The'} window runs from ${String(earliestDays)} to ` +
      `${String(latestDays)} calendar days after the interview on ${describeDay(interviewDay)}: ` +
      `${describeDay(firstDay)} to ${describeDay(lastDay)}.`,
  });
  if (lastDay > LAST_DAY) throw outsideCalendar(['interviewAt']);

  let notBeforeMs: number | undefined;
  if (input.instruction?.type === 'not-before') {
    const date = input.instruction.date;
    const notBeforeDay = dayIn(date, timeZone, ['instruction', 'date']);
    if (!(typeof date === 'string' && isDateOnlyString(date))) notBeforeMs = toDate(date).getTime();
    const asked = notBeforeMs === undefined ? describeDay(notBeforeDay) : describeInstant(notBeforeMs, timeZone);
    if (notBeforeDay > firstDay) {
      // Once the employer has decided, the candidate gets the usual span to call; the opening moves
      // and the closing moves with it when it would otherwise leave less than that span.
      const span = lastDay - firstDay;
      const extended = notBeforeDay + span > lastDay;
      firstDay = notBeforeDay;
      lastDay = Math.max(lastDay, notBeforeDay + span);
      if (lastDay > LAST_DAY) throw outsideCalendar(['instruction', 'date']);
      reasons.push({
        code: 'instruction-not-before',
        message:
          `The employer asked not to be called before ${asked}, so the window opens then` +
          (extended ? ` and closes ${String(span)} days later, on ${describeDay(lastDay)}.` : '.'),
      });
    } else {
      reasons.push({
        code: 'instruction-not-before',
        message: `The employer asked not to be called before ${asked}; the window opens after that anyway.`,
      });
    }
  }

  const days = windowDays(calendar, firstDay, lastDay);
  explainMovedEnd(context, days.skippedAtOpen, 'opening', days.openDay);
  if (days.openDay === null || days.closeDay === null) {
    return noCall(context, {
      code: 'no-working-day-in-window',
      message: `No working day falls between ${describeDay(firstDay)} and ${describeDay(lastDay)}, so there is no good time to call; follow up in writing instead.`,
    });
  }
  explainMovedEnd(context, days.skippedAtClose, 'closing', days.closeDay);
  if (days.holidaysInside.length > 0) {
    reasons.push({
      code: 'holidays-skipped',
      message: `No calls on the holiday${days.holidaysInside.length > 1 ? 's' : ''} ${describeDays(days.holidaysInside)}.`,
    });
  }

  const hours: WorkingDayHours[] = [];
  for (let day = days.openDay; day <= days.closeDay; day++) {
    if (isWorkingDay(calendar, day)) hours.push(workingDayHours(calendar, day));
  }
  explainWorkingHours(context, hours);

  let slots: WindowSlot[] = hours.flatMap((day) => day.slots.map((slot) => ({ ...slot, day: day.day })));
  const interviewAt = input.interviewAt;
  if (!(typeof interviewAt === 'string' && isDateOnlyString(interviewAt))) {
    slots = dropSlotsBefore(context, slots, toDate(interviewAt).getTime(), {
      code: 'slots-before-interview-removed',
      message: 'Slots that start before the interview itself are left out.',
    });
  }
  if (notBeforeMs !== undefined) {
    slots = dropSlotsBefore(context, slots, notBeforeMs, {
      code: 'slots-before-not-before-removed',
      message: 'Slots that start before the time the employer gave are left out.',
    });
  }
  if (slots.length === 0) {
    return noCall(context, {
      code: 'no-slot-in-window',
      message: 'No slot at the start or end of a working day falls inside the window; follow up in writing instead.',
    });
  }
  return settle(context, slots, 'window');
}

function callbackWindow(context: WindowContext, callbackDay: DayNumber): CallWindow {
  const { calendar, reasons } = context;
  const counted = context.calls.filter((call) => call.outcome !== 'no-answer');
  const callBack = lastCountedCall(counted.filter((call) => callDay(context, call) >= callbackDay));
  if (callBack) return alreadyCalled(context, callBack);
  if (counted.length > 0) {
    reasons.push({
      code: 'callback-after-earlier-call',
      message: 'You have called before, but the employer asked you to call back, so one more call is right.',
    });
  }
  reasons.push({
    code: 'instruction-call-on',
    message: `The employer asked for a call on ${describeDay(callbackDay)}, so call that day at the start or the end of the working day.`,
  });
  if (!isWorkingDay(calendar, callbackDay)) {
    reasons.push({
      code: 'instruction-call-on-non-working-day',
      message: `${describeDay(callbackDay)} is ${isHoliday(calendar, callbackDay) ? 'a holiday' : 'outside the work week'} here, but the employer chose it, so it stands.`,
    });
  }
  const hours = workingDayHours(calendar, callbackDay);
  explainWorkingHours(context, [hours]);
  const slots = hours.slots.map((slot) => ({ ...slot, day: callbackDay }));
  if (slots.length === 0) {
    return noCall(context, {
      code: 'no-slot-in-window',
      message: `The clocks skip the working hours of ${describeDay(callbackDay)}, so there is no time to call that day; follow up in writing instead.`,
    });
  }
  return settle(context, slots, 'callback');
}

/**
 * Picks the next slot and the status from the window's slots, `now` and any unanswered calls.
 * An unanswered call moves the next try to a later working day; on a requested call-back day,
 * the only day allowed, it moves it to a later slot of that day.
 */
function settle(context: WindowContext, slots: readonly WindowSlot[], mode: 'window' | 'callback'): CallWindow {
  const { nowMs, reasons, timeZone } = context;
  let candidates = slots;
  const unanswered = lastUnansweredCall(context.calls);
  if (unanswered) {
    const unansweredMs = toDate(unanswered.at).getTime();
    const unansweredDay = callDay(context, unanswered);
    if (mode === 'callback') {
      candidates = slots.filter((slot) => slot.startMs > unansweredMs);
      reasons.push({
        code: 'no-answer-try-later-slot',
        message: `Nobody answered at ${describeInstant(unansweredMs, timeZone)} and no message was left; the employer asked for this day, so try its next slot.`,
      });
    } else {
      candidates = slots.filter((slot) => slot.day > unansweredDay);
      reasons.push({
        code: 'no-answer-try-later-day',
        message: `Nobody answered on ${describeDay(unansweredDay)} and no message was left, which does not count as the call; try again on a later working day.`,
      });
    }
  }
  const first = slots[0] as WindowSlot;
  const last = slots[slots.length - 1] as WindowSlot;
  const next = candidates.find((slot) => slot.endMs > nowMs) ?? null;

  let status: CallWindowStatus;
  if (mode === 'callback') {
    status = next ? 'callback-scheduled' : 'too-late';
    reasons.push(
      next
        ? { code: 'callback-scheduled', message: `Call at ${describeInstant(next.startMs, timeZone)} or later in that slot.` }
        : { code: 'callback-day-passed', message: 'The requested call-back time has passed; send a short written follow-up instead.' },
    );
  } else if (nowMs < first.startMs) {
    status = 'too-early';
    reasons.push({
      code: 'now-before-window',
      message: `It is too early to call: the window opens at ${describeInstant(first.startMs, timeZone)}.`,
    });
  } else if (next) {
    status = 'open';
    reasons.push(
      next.startMs <= nowMs
        ? {
            code: 'now-in-slot',
            message: `Now is a good time: the ${next.part === 'start-of-day' ? 'start' : 'end'} of the working day, until ${describeInstant(next.endMs, timeZone)}.`,
          }
        : { code: 'now-in-window', message: `The window is open; the next good time starts at ${describeInstant(next.startMs, timeZone)}.` },
    );
  } else {
    status = 'too-late';
    reasons.push(
      nowMs >= last.endMs
        ? {
            code: 'now-after-window',
            message: `The window closed at ${describeInstant(last.endMs, timeZone)}; a call now would come late, so follow up in writing instead.`,
          }
        : {
            code: 'no-slot-left',
            message: 'No slot is left in the window on a later working day than the unanswered call; follow up in writing instead.',
          },
    );
  }
  return {
    status,
    opensAt: formatZonedInstant(first.startMs, timeZone),
    closesAt: formatZonedInstant(last.endMs, timeZone),
    slots: slots.map((slot) => toCallSlot(slot, timeZone)),
    nextSlot: next ? toCallSlot(next, timeZone) : null,
    reasons,
  };
}

function toCallSlot(slot: DaySlot, timeZone: string): CallSlot {
  return {
    start: formatZonedInstant(slot.startMs, timeZone),
    end: formatZonedInstant(slot.endMs, timeZone),
    part: slot.part,
  };
}

function noCall(context: WindowContext, reason: CodedReason): CallWindow {
  context.reasons.push(reason);
  return { status: 'do-not-call', opensAt: null, closesAt: null, slots: [], nextSlot: null, reasons: context.reasons };
}

function alreadyCalled(context: WindowContext, call: PreviousCall): CallWindow {
  const how = call.outcome === 'spoke' ? 'you spoke to them' : 'you left a voicemail';
  context.reasons.push({
    code: 'already-called',
    message: `You already called on ${describeDay(callDay(context, call))} and ${how}; that counts as the call, and a second one would be a mistake.`,
  });
  return {
    status: 'already-called',
    opensAt: null,
    closesAt: null,
    slots: [],
    nextSlot: null,
    reasons: context.reasons,
  };
}

function lastCountedCall(calls: readonly PreviousCall[]): PreviousCall | undefined {
  return latest(calls.filter((call) => call.outcome !== 'no-answer'));
}

function lastUnansweredCall(calls: readonly PreviousCall[]): PreviousCall | undefined {
  return latest(calls.filter((call) => call.outcome === 'no-answer'));
}

function latest(calls: readonly PreviousCall[]): PreviousCall | undefined {
  let found: PreviousCall | undefined;
  for (const call of calls) {
    if (!found || toDate(call.at).getTime() > toDate(found.at).getTime()) found = call;
  }
  return found;
}

function callDay(context: WindowContext, call: PreviousCall): DayNumber {
  return dayNumberFromDateOnly(calendarDateIn(call.at, context.timeZone));
}

function dropSlotsBefore(context: WindowContext, slots: WindowSlot[], instantMs: number, reason: CodedReason): WindowSlot[] {
  const kept = slots.filter((slot) => slot.startMs >= instantMs);
  if (kept.length < slots.length) context.reasons.push(reason);
  return kept;
}

/** The interviewer's calendar day of a date or instant, checked to lie within years 1-9999. */
function dayIn(value: Date | string, timeZone: string, path: readonly (string | number)[]): DayNumber {
  const date = calendarDateIn(value, timeZone);
  // An instant near either end of the range can fall on a local day in year 0 or year 10000.
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? dayNumberFromDateOnly(date) : FIRST_DAY - 1;
  if (day < FIRST_DAY || day > LAST_DAY) throw outsideCalendar(path);
  return day;
}

function outsideCalendar(path: readonly (string | number)[]): InvalidInputError {
  return new InvalidInputError([{ path, message: 'must keep the call window within the years 0001 to 9999' }]);
}

function explainWorkWeek(context: WindowContext, region: string | undefined): void {
  const { workWeek } = context.calendar;
  if (workWeek.source === 'region') {
    context.reasons.push({
      code: 'work-week-from-region',
      message: `The usual work week in ${region ?? ''} is ${describeWeekdays(sundayFirst(workWeek.workDays))}.`,
    });
  } else if (workWeek.source === 'region-unavailable') {
    context.reasons.push({
      code: 'work-week-region-unavailable',
      message: 'This runtime has no week data for regions, so the work week is taken as Monday to Friday.',
    });
  }
}

// Weeks that start on Sunday read better that way round ("Sunday to Thursday").
function sundayFirst(days: readonly number[]): number[] {
  return [...days].sort((a, b) => (a % 7) - (b % 7));
}

function explainMovedEnd(
  context: WindowContext,
  skipped: readonly DayNumber[],
  end: 'opening' | 'closing',
  movedTo: DayNumber | null,
): void {
  if (skipped.length === 0) return;
  const { calendar, reasons } = context;
  const holidays = skipped.filter((day) => isHoliday(calendar, day));
  const offDays = skipped.filter((day) => !isHoliday(calendar, day));
  const verb = end === 'opening' ? 'opens' : 'closes';
  const tail = movedTo === null ? '' : `, so the window ${verb} on ${describeDay(movedTo)} instead`;
  const ordered = (days: DayNumber[]) => [...days].sort((a, b) => a - b);
  if (offDays.length > 0) {
    reasons.push({
      code: `${end}-moved-off-non-working-day`,
      message: `${describeDays(ordered(offDays))} ${offDays.length > 1 ? 'are not working days' : 'is not a working day'}${tail}.`,
    });
  }
  if (holidays.length > 0) {
    reasons.push({
      code: `${end}-moved-off-holiday`,
      message: `${describeDays(ordered(holidays))} ${holidays.length > 1 ? 'are holidays' : 'is a holiday'}${tail}.`,
    });
  }
}

function explainWorkingHours(context: WindowContext, hours: readonly WorkingDayHours[]): void {
  const { calendar, reasons } = context;
  const start = describeMinuteOfDay(calendar.startMinute);
  const end = describeMinuteOfDay(calendar.endMinute);
  const gapDays = hours.filter((day) => day.startResolution === 'gap' || day.endResolution === 'gap');
  if (gapDays.length > 0) {
    reasons.push({
      code: 'working-hours-in-dst-gap',
      message: `On ${describeDays(gapDays.map((day) => day.day))} the clocks skip ${start} or ${end}; that edge of the working day moves to the first moment after the skip.`,
    });
  }
  const overlapDays = hours.filter((day) => day.startResolution === 'overlap' || day.endResolution === 'overlap');
  if (overlapDays.length > 0) {
    reasons.push({
      code: 'working-hours-in-dst-overlap',
      message: `On ${describeDays(overlapDays.map((day) => day.day))} the clocks go back and ${start} or ${end} happens twice; the first time counts.`,
    });
  }
  if (hours.some((day) => day.short)) {
    reasons.push({
      code: 'short-working-day',
      message: `The working day (${start}-${end}) is shorter than two ${String(calendar.slotMinutes)}-minute slots, so one slot covers all of it.`,
    });
  }
}

function channelWords(channel: string): string {
  switch (channel) {
    case 'handwritten-note':
      return 'a handwritten note';
    case 'linkedin':
      return 'LinkedIn';
    case 'voicemail':
      return 'voicemail';
    default:
      return channel;
  }
}
