import type { CallSlot, CallWindow, CallWindowStatus } from '../index.js';
import { addDays, describeDate, isoWeekday, readLocal, WEEKDAY_NAMES } from './calendar-days.js';
import type { Paint } from './paint.js';

/**
 * What the window's text needs besides the window itself.
 *
 * @example
 * ```ts
 * const view: WindowView = { timeZone: 'Europe/London', today: '2026-03-23', paint: paint(false) };
 * ```
 */
export interface WindowView {
  /** The interviewer's time zone, named in the output. */
  readonly timeZone: string;
  /** Today's date in that zone, marked in the calendar; `null` to mark none. */
  readonly today: string | null;
  readonly paint: Paint;
}

const GRID_DAYS = 14;

function statusColour(status: CallWindowStatus, paint: Paint): (text: string) => string {
  if (status === 'open') return paint.green;
  if (status === 'too-early' || status === 'callback-scheduled') return paint.yellow;
  return paint.red;
}

function describeInstant(iso: string): string {
  const local = readLocal(iso);
  return `${describeDate(local.date)} ${local.time}`;
}

function describeSlot(slot: CallSlot): string {
  const start = readLocal(slot.start);
  const end = readLocal(slot.end);
  const part = slot.part === 'start-of-day' ? 'start of the working day' : 'end of the working day';
  return `${describeDate(start.date)} ${start.time}-${end.time}, ${part}`;
}

// The distinct slot times of day, such as "09:00-10:00 and 16:00-17:00".
function slotTimes(slots: readonly CallSlot[]): string {
  const times = [...new Set(slots.map((slot) => `${readLocal(slot.start).time}-${readLocal(slot.end).time}`))].sort();
  if (times.length <= 1) return times.join('');
  return `${times.slice(0, -1).join(', ')} and ${times.at(-1) ?? ''}`;
}

/**
 * A two-week calendar from the Monday of the week of `firstDay`, with the days that have call
 * slots in brackets, the next slot's day starred and today in parentheses.
 *
 * @example
 * ```ts
 * calendarGrid({ firstDay: '2026-03-27', slotDays: new Set(['2026-03-27']), nextSlotDay: '2026-03-27', today: null, paint: paint(false) }).split('\n')[2];
 * //=> ' 23    24    25    26   [27]*  28    29'
 * ```
 */
export function calendarGrid(options: {
  readonly firstDay: string;
  readonly slotDays: ReadonlySet<string>;
  readonly nextSlotDay: string | null;
  readonly today: string | null;
  readonly paint: Paint;
}): string {
  const { slotDays, nextSlotDay, today, paint } = options;
  const start = addDays(options.firstDay, 1 - isoWeekday(options.firstDay));
  const end = addDays(start, GRID_DAYS - 1);
  const lines = [
    paint.bold(`${describeDate(start).slice(4)} - ${describeDate(end).slice(4)}`),
    WEEKDAY_NAMES.map((name) => ` ${name} `).join(' ').trimEnd(),
  ];
  for (let week = 0; week < GRID_DAYS / 7; week++) {
    const cells: string[] = [];
    for (let weekday = 0; weekday < 7; weekday++) {
      const date = addDays(start, week * 7 + weekday);
      const day = String(Number(date.slice(8))).padStart(2, ' ');
      const isSlotDay = slotDays.has(date);
      const isToday = date === today;
      const [open, close] = isSlotDay ? ['[', ']'] : isToday ? ['(', ')'] : [' ', ' '];
      let cell = `${open}${day}${close}`;
      if (isSlotDay) cell = paint.green(cell);
      if (isToday) cell = paint.underline(cell);
      cells.push(`${cell}${date === nextSlotDay ? paint.bold('*') : ' '}`);
    }
    lines.push(cells.join(' ').trimEnd());
  }
  lines.push(paint.dim('[dd] call slots   * next slot   (dd) today'));
  return lines.join('\n');
}

/**
 * The call window as text: status, window, next slot, slot times, a two-week calendar with the
 * slots marked, and the reasons.
 *
 * @example
 * ```ts
 * formatWindow(nextCallWindow({ interviewAt: '2026-03-20', timeZone: 'Europe/London', now: '2026-03-23T12:00:00Z' }),
 *   { timeZone: 'Europe/London', today: '2026-03-23', paint: paint(false) }).split('\n')[0];
 * //=> 'Status     too-early'
 * ```
 */
export function formatWindow(window: CallWindow, view: WindowView): string {
  const { paint } = view;
  const label = (text: string): string => paint.bold(text.padEnd(11));
  const lines = [`${label('Status')}${statusColour(window.status, paint)(window.status)}`];
  if (window.opensAt !== null && window.closesAt !== null) {
    lines.push(`${label('Window')}${describeInstant(window.opensAt)} to ${describeInstant(window.closesAt)} (${view.timeZone})`);
  } else {
    lines.push(`${label('Window')}none: no call should be made`);
  }
  lines.push(`${label('Next slot')}${window.nextSlot === null ? 'none' : describeSlot(window.nextSlot)}`);
  const slotDays = new Set(window.slots.map((slot) => readLocal(slot.start).date));
  if (window.slots.length > 0) {
    lines.push(`${label('Slots')}${slotTimes(window.slots)} on ${String(slotDays.size)} working day${slotDays.size === 1 ? '' : 's'}`);
  }
  const firstSlot = window.slots[0];
  if (firstSlot !== undefined) {
    const nextSlotDay = window.nextSlot === null ? null : readLocal(window.nextSlot.start).date;
    // The grid starts with the window, unless the next slot lies beyond its two weeks.
    let firstDay = readLocal(firstSlot.start).date;
    if (nextSlotDay !== null && nextSlotDay > addDays(firstDay, GRID_DAYS - isoWeekday(firstDay))) firstDay = nextSlotDay;
    lines.push('', calendarGrid({ firstDay, slotDays, nextSlotDay, today: view.today, paint }));
    const gridEnd = addDays(firstDay, GRID_DAYS - isoWeekday(firstDay));
    const later = [...slotDays].filter((day) => day > gridEnd).length;
    if (later > 0) lines.push(`and ${String(later)} more day${later === 1 ? '' : 's'} with slots after ${describeDate(gridEnd)}`);
  }
  if (window.reasons.length > 0) {
    lines.push('', paint.bold('Why'));
    for (const reason of window.reasons) lines.push(`  - ${reason.message} ${paint.dim(`(${reason.code})`)}`);
  }
  return `${lines.join('\n')}\n`;
}
