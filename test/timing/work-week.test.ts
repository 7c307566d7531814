import { afterEach, describe, expect, it } from 'vitest';
import { nextCallWindow } from '../../src/index.js';
import { chooseWorkWeek, regionWorkDays } from '../../src/timing/work-week.js';

const prototype = Intl.Locale.prototype as unknown as Record<string, unknown>;
const original = {
  weekInfo: Object.getOwnPropertyDescriptor(Intl.Locale.prototype, 'weekInfo'),
  getWeekInfo: Object.getOwnPropertyDescriptor(Intl.Locale.prototype, 'getWeekInfo'),
};
const runtimeHasWeekData = original.weekInfo !== undefined || original.getWeekInfo !== undefined;

function restore(name: 'weekInfo' | 'getWeekInfo'): void {
  const descriptor = original[name];
  if (descriptor) Object.defineProperty(Intl.Locale.prototype, name, descriptor);
  else Reflect.deleteProperty(prototype, name);
}

afterEach(() => {
  restore('weekInfo');
  restore('getWeekInfo');
});

describe('regionWorkDays on this runtime', () => {
  // Node 20 has the older `weekInfo` getter; newer engines have `getWeekInfo()`. Either gives
  // CLDR's weekend, and the work week is the other days.
  it.each([
    ['SA', [1, 2, 3, 4, 7], 'Saudi Arabia: Friday-Saturday weekend'],
    ['GB', [1, 2, 3, 4, 5], 'United Kingdom: Saturday-Sunday weekend'],
    ['US', [1, 2, 3, 4, 5], 'United States: Saturday-Sunday weekend'],
    ['IN', [1, 2, 3, 4, 5, 6], 'India: CLDR lists only Sunday as the weekend'],
    ['IR', [1, 2, 3, 4, 6, 7], 'Iran: CLDR lists only Friday as the weekend'],
    ['AF', [1, 2, 3, 6, 7], 'Afghanistan: Thursday-Friday weekend'],
  ])('%s gives %j (%s), or nothing on a runtime without week data', (region, expected) => {
    expect(regionWorkDays(region)).toEqual(runtimeHasWeekData ? expected : undefined);
  });
});

describe('chooseWorkWeek', () => {
  it('keeps the caller\'s work days over the region', () => {
    expect(chooseWorkWeek([1, 2, 3], 'SA')).toEqual({ workDays: [1, 2, 3], source: 'input' });
  });

  it('uses Monday to Friday without a region', () => {
    expect(chooseWorkWeek(undefined, undefined)).toEqual({ workDays: [1, 2, 3, 4, 5], source: 'default' });
  });

  it('prefers the standard getWeekInfo() when the runtime has it', () => {
    Object.defineProperty(Intl.Locale.prototype, 'getWeekInfo', {
      configurable: true,
      value: () => ({ firstDay: 1, weekend: [7], minimalDays: 1 }),
    });
    expect(chooseWorkWeek(undefined, 'GB')).toEqual({ workDays: [1, 2, 3, 4, 5, 6], source: 'region' });
  });

  it('falls back to Monday to Friday, and says so, on a runtime without week data', () => {
    Object.defineProperty(Intl.Locale.prototype, 'weekInfo', { configurable: true, get: () => undefined });
    Reflect.deleteProperty(prototype, 'getWeekInfo');
    expect(chooseWorkWeek(undefined, 'SA')).toEqual({ workDays: [1, 2, 3, 4, 5], source: 'region-unavailable' });
    const window = nextCallWindow({ interviewAt: '2026-03-19', timeZone: 'Asia/Riyadh', region: 'SA', now: '2026-03-20T12:00:00Z' });
    expect(window.reasons.map((r) => r.code)).toContain('work-week-region-unavailable');
    // Thu 26 Mar to Thu 2 Apr on a Monday-Friday week: Thu, Fri, Mon-Thu.
    expect(window.slots).toHaveLength(12);
    expect(window.slots.some((s) => s.start.startsWith('2026-03-27'))).toBe(true);
  });
});
