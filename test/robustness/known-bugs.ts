// Bugs the robustness tests found in other areas, each with a minimal reproduction. While a bug
// is listed here, the fuzz leaves out the inputs that trigger it (`skips`), so the suite stays
// green and still covers everything else. known-bugs.test.ts checks that each still reproduces:
// when a fix lands, it fails and says which entry to delete, and with the entry gone the fuzz
// covers those inputs again.

/** An open bug: where it is, how to see it, and which fuzz inputs it would fail. */
export interface KnownBug {
  readonly id: string;
  readonly summary: string;
  /** The file (and line) to look at. */
  readonly where: string;
  /** True while the bug is there. */
  readonly reproduces: () => boolean | Promise<boolean>;
  /** True for a fuzz input of `fn` that would run into the bug. */
  readonly skips?: (fn: string, input: unknown) => boolean;
}

/** Every open bug found by test/robustness. */
export const KNOWN_BUGS: readonly KnownBug[] = [];

/** True when `input` of `fn` runs into a listed bug, so a fuzz run should leave it out. */
export function hitsKnownBug(fn: string, input: unknown): boolean {
  return KNOWN_BUGS.some((bug) => {
    try {
      return bug.skips?.(fn, input) === true;
    } catch {
      // An input that cannot even be looked at is no example of a known bug.
      return false;
    }
  });
}
