import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextCallWindow, toICalendar } from '../../src/index.js';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('reading the clock', () => {
  it('never reads it when now is given', () => {
    vi.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('the clock was read');
    });
    const window = nextCallWindow({ interviewAt: '2026-03-20', timeZone: 'Europe/London', now: '2026-03-27T09:30:00Z' });
    expect(window.status).toBe('open');
    expect(toICalendar(window, { now: '2026-03-27T09:30:00Z' })).toContain('DTSTAMP:20260327T093000Z');
  });

  it('reads it once when now is omitted', () => {
    vi.useFakeTimers({ now: new Date('2026-04-03T16:30:00Z') });
    const window = nextCallWindow({ interviewAt: '2026-03-20', timeZone: 'Europe/London' });
    // 16:30Z on Fri 3 Apr is 17:30 BST, after the last slot.
    expect(window.status).toBe('too-late');
    vi.setSystemTime(new Date('2026-03-27T16:15:00Z'));
    expect(nextCallWindow({ interviewAt: '2026-03-20', timeZone: 'Europe/London' }).nextSlot?.part).toBe('end-of-day');
  });
});
