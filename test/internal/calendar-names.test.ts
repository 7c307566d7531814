import { describe, expect, it } from 'vitest';
import { calendarNamesOf } from '../../src/internal/calendar-names.js';
import { enGBScriptLocale } from '../../src/script/locales/en-GB.js';
import { enUSScriptLocale } from '../../src/script/locales/en-US.js';

describe('the interview date in the scripts', () => {
  it.each([
    [2026, 0, 1, 'Thursday', 'January'],
    [2026, 1, 28, 'Saturday', 'February'],
    [2028, 1, 29, 'Tuesday', 'February'],
    [2026, 2, 20, 'Friday', 'March'],
    [2026, 9, 25, 'Sunday', 'October'],
    [2026, 11, 31, 'Thursday', 'December'],
  ])('%i-%i-%i is a %s in %s', (year, monthIndex, dayOfMonth, weekday, month) => {
    expect(calendarNamesOf(new Date(year, monthIndex, dayOfMonth, 12))).toEqual({ weekday, dayOfMonth, month });
  });

  it('names the day of a year below 100 as Intl does (the Date constructor would have moved it to the 1900s)', () => {
    const day = new Date(2000, 0, 1, 12);
    day.setFullYear(50, 2, 2);
    const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'long' }).format(day);
    expect(calendarNamesOf(day)).toEqual({ weekday, dayOfMonth: 2, month: 'March' });
    expect(weekday).not.toBe(new Intl.DateTimeFormat('en-US', { weekday: 'long' }).format(new Date(1950, 2, 2, 12)));
  });

  it('writes "Friday, March 20" in American English', () => {
    expect(enUSScriptLocale.formatInterviewDate(new Date(2026, 2, 20, 12))).toBe('Friday, March 20');
  });

  it('writes "Friday 20 March" in British English', () => {
    expect(enGBScriptLocale.formatInterviewDate(new Date(2026, 2, 20, 12))).toBe('Friday 20 March');
  });

  it('agrees with Intl.DateTimeFormat on every day of 2026 to 2028', () => {
    const us = new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric' });
    const gb = new Intl.DateTimeFormat('en-GB', { weekday: 'long', month: 'long', day: 'numeric' });
    for (let day = new Date(2026, 0, 1, 12); day.getFullYear() < 2029; day.setDate(day.getDate() + 1)) {
      expect(enUSScriptLocale.formatInterviewDate(day)).toBe(us.format(day));
      expect(enGBScriptLocale.formatInterviewDate(day)).toBe(gb.format(day));
    }
  });
});
