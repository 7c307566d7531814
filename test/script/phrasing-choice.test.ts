import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phrasingIndex } from '../../src/script/phrasing-choice.js';

const variant = fc.oneof(fc.nat(10_000), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));

describe('phrasingIndex', () => {
  it('returns a whole index below the count, the same every time', () => {
    fc.assert(
      fc.property(variant, fc.string({ minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 9 }), (v, id, count) => {
        const index = phrasingIndex(v, id, count);
        expect(Number.isInteger(index)).toBe(true);
        expect(index).toBeGreaterThanOrEqual(0);
        expect(index).toBeLessThan(count);
        expect(phrasingIndex(v, id, count)).toBe(index);
      }),
    );
  });

  it('spreads 3,000 consecutive variants evenly over three phrasings', () => {
    const tally = [0, 0, 0];
    for (let v = 0; v < 3000; v++) tally[phrasingIndex(v, 'greeting', 3)]! += 1;
    for (const count of tally) {
      expect(count).toBeGreaterThan(900);
      expect(count).toBeLessThan(1100);
    }
  });

  it('chooses independently for two sections: they agree about a third of the time, not always', () => {
    let same = 0;
    for (let v = 0; v < 3000; v++) if (phrasingIndex(v, 'greeting', 3) === phrasingIndex(v, 'close', 3)) same++;
    expect(same).toBeGreaterThan(850);
    expect(same).toBeLessThan(1150);
  });

  it('uses the high bits of large variants too', () => {
    const base = 2 ** 40;
    const indexes = new Set(Array.from({ length: 30 }, (_, k) => phrasingIndex(base + k * 2 ** 32, 'thanks', 3)));
    expect(indexes.size).toBe(3);
  });
});
