// An independent reading of the wall clock for the property tests. It shares no code with
// src/timing: a different locale, the weekday from Intl, and the offset read from Intl's own
// "GMT+05:30" text rather than computed by subtraction.

export interface ClockReading {
  /** `YYYY-MM-DD` */
  readonly date: string;
  /** `HH:mm:ss` */
  readonly time: string;
  /** 1 is Monday, 7 is Sunday. */
  readonly weekday: number;
  /** `+HH:MM` */
  readonly offset: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    });
    formatters.set(timeZone, found);
  }
  return found;
}

export function readClock(instant: Date | string | number, timeZone: string): ClockReading {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  const name = String(parts.timeZoneName);
  const offset = name === 'GMT' ? '+00:00' : name.slice(3);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}:${parts.second}`,
    weekday: WEEKDAYS.indexOf(String(parts.weekday)) + 1,
    offset,
  };
}

/** `YYYY-MM-DD` plus a number of days, with plain UTC calendar arithmetic. */
export function addDays(date: string, days: number): string {
  const ms = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}
