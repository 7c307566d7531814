import { describe, expectTypeOf, it } from 'vitest';
import { classifyCallTime } from '../../src/timing/classify-call-time.js';

describe('classifyCallTime types', () => {
  it('has the signature the checker relies on', () => {
    expectTypeOf(classifyCallTime).toEqualTypeOf<
      (
        at: Date,
        options: {
          timeZone: string;
          workingHours?: { start: string; end: string };
          workDays?: readonly number[];
          holidays?: readonly string[];
          region?: string;
          slotMinutes?: number;
        },
      ) => { localDate: string; workingDay: boolean; holiday: boolean; part: 'start-of-day' | 'end-of-day' | null }
    >();
  });
});
