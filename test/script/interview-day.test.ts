import { describe, expect, it } from 'vitest';
import { interviewDay } from '../../src/script/interview-day.js';

// These hold whatever the host zone is; CI runs the suite under several TZ values.
function ymd(day: Date): string {
  return `${String(day.getFullYear()).padStart(4, '0')}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

describe('interviewDay', () => {
  it.each([
    ['a date-only string is that day', '2026-03-20', 'Pacific/Kiritimati', '2026-03-20'],
    ['an instant is read on the zone clock (Tokyo is ahead)', '2026-03-20T23:30:00Z', 'Asia/Tokyo', '2026-03-21'],
    ['an instant is read on the zone clock (Honolulu is behind)', '2026-03-20T05:00:00Z', 'Pacific/Honolulu', '2026-03-19'],
    ['a Date is read the same way', new Date('2026-03-20T23:30:00Z'), 'Asia/Kathmandu', '2026-03-21'],
    ['a day when clocks change in the zone', '2026-03-29T00:30:00Z', 'Europe/London', '2026-03-29'],
    ['a year below 100 stays that year', '0099-03-20', 'UTC', '0099-03-20'],
    ['the last day of year 9999', '9999-12-31', 'UTC', '9999-12-31'],
  ] as const)('%s', (_label, value, zone, expected) => {
    const day = interviewDay(value, zone);
    expect(ymd(day)).toBe(expected);
    expect(day.getHours()).toBe(12);
  });
});
