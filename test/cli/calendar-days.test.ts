import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dateInZone, describeDate, isoWeekday, readLocal } from '../../src/cli/calendar-days.js';

describe('calendar days for the text output', () => {
  it('reads the wall-clock date, time and offset written in an instant', () => {
    expect(readLocal('2026-04-02T16:00:00+01:00')).toEqual({ date: '2026-04-02', time: '16:00', offset: '+01:00' });
    expect(readLocal('2026-03-27T09:00:00.000Z')).toEqual({ date: '2026-03-27', time: '09:00', offset: 'Z' });
  });

  it('adds days across month and year ends and leap days', () => {
    expect(addDays('2026-03-30', 3)).toBe('2026-04-02');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('names ISO weekdays, Monday 1 to Sunday 7', () => {
    expect(isoWeekday('2026-03-23')).toBe(1);
    expect(isoWeekday('2026-03-29')).toBe(7);
  });

  it('describes a date for people', () => {
    expect(describeDate('2026-03-27')).toBe('Fri 27 Mar 2026');
  });

  it('keeps the years 1 to 99 as they are (Date.UTC would make them 1900-1999)', () => {
    // 2 March 0050 was a Wednesday in the proleptic Gregorian calendar; 2 March 1950 was a Thursday.
    expect(isoWeekday('0050-03-02')).toBe(3);
    expect(describeDate('0050-03-02')).toBe('Wed 2 Mar 50');
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(addDays('0001-01-01', 59)).toBe('0001-03-01');
  });

  it("gives the date in the interviewer's zone, not the host's", () => {
    expect(dateInZone(new Date('2026-03-27T23:30:00Z'), 'Asia/Tokyo')).toBe('2026-03-28');
    expect(dateInZone(new Date('2026-03-27T23:30:00Z'), 'America/New_York')).toBe('2026-03-27');
  });

  it('moves one weekday per day added', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1971-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), fc.integer({ min: -400, max: 400 }), (date, days) => {
        const day = date.toISOString().slice(0, 10);
        const later = addDays(day, days);
        expect(addDays(later, -days)).toBe(day);
        expect((((isoWeekday(later) - isoWeekday(day) - days) % 7) + 7) % 7).toBe(0);
      }),
    );
  });
});
