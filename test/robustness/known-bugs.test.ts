import { describe, expect, it } from 'vitest';
import { KNOWN_BUGS } from './known-bugs.js';

// The open bugs this folder found in other areas (details and reproductions in known-bugs.ts).
// While a bug reproduces, the fuzz leaves out the inputs that trigger it; once it is fixed, the
// fuzz covers them again and the row below fails: delete the bug's entry from known-bugs.ts.

describe('bugs found by the robustness tests that are still open', () => {
  it.each(KNOWN_BUGS.map((bug) => [bug.id, bug] as const))('%s still reproduces', async (_id, bug) => {
    expect(await bug.reproduces(), `${bug.id} is fixed: delete its entry from test/robustness/known-bugs.ts`).toBe(true);
  });

  // Also keeps the suite from being empty, as it is when every listed bug has been fixed.
  it('names each bug once, by a kebab-case id', () => {
    const ids = KNOWN_BUGS.map((bug) => bug.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^[a-z\d]+(?:-[a-z\d]+)*$/.test(id))).toEqual([]);
  });
});
