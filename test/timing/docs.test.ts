import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publicHolidays } from '../../src/holidays.js';
import { CALL_WINDOW_REASON_CODES, nextCallWindow } from '../../src/index.js';

const doc = readFileSync(new URL('../../docs/timing.md', import.meta.url), 'utf8');

describe('docs/timing.md', () => {
  it('lists every reason code in its table', () => {
    for (const code of Object.keys(CALL_WINDOW_REASON_CODES)) expect(doc).toContain(`| \`${code}\` |`);
  });

  it('shows the real result of the worked example', () => {
    const holidays = publicHolidays({ country: 'GB', region: 'ENG', from: '2026-03-01', to: '2026-04-30' });
    expect(holidays).toEqual(['2026-04-03', '2026-04-06']);
    const window = nextCallWindow({ interviewAt: '2026-03-20T14:00:00Z', timeZone: 'Europe/London', holidays, now: '2026-03-30T08:30:00Z' });
    const json = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(json).toBeDefined();
    expect(JSON.parse(json!)).toEqual(window);
  });

  it('tells the truth about the unanswered call in the worked example', () => {
    const window = nextCallWindow({
      interviewAt: '2026-03-20T14:00:00Z',
      timeZone: 'Europe/London',
      holidays: ['2026-04-03', '2026-04-06'],
      previousCalls: [{ at: '2026-03-30T08:10:00Z', outcome: 'no-answer' }],
      now: '2026-03-30T08:30:00Z',
    });
    expect(window.status).toBe('open');
    expect(window.nextSlot).toEqual({ start: '2026-03-31T09:00:00+01:00', end: '2026-03-31T10:00:00+01:00', part: 'start-of-day' });
  });
});
