// The names of the benchmark groups and tasks, shared by the bench files and by
// scripts/bench-report.ts, which reads vitest's JSON output by these names.

/** Task names: the library's functions and the peers. */
export const TASK = {
  checkMessage: 'checkMessage',
  writeGood: 'write-good',
  alex: 'alex',
  nextCallWindow: 'nextCallWindow',
  luxon: 'Luxon reference',
  renderScript: 'renderScript',
  recommendChannel: 'recommendChannel',
  planFollowUp: 'planFollowUp',
} as const;

/** The group of a realistic text, by id: `check text: email-120`. */
export function textGroup(id: string): string {
  return `check text: ${id}`;
}

/** The group of an adversarial text at one length: `check adversarial: whitespace-run @ 5000`. */
export function adversarialGroup(id: string, length: number): string {
  return `check adversarial: ${id} @ ${String(length)}`;
}

/** The group of one call window scenario: `call window: default-london`. */
export function windowGroup(id: string): string {
  return `call window: ${id}`;
}

/** The group of a function with no peer: `no peer: renderScript phone`. */
export function soloGroup(id: string): string {
  return `no peer: ${id}`;
}

/** The realistic texts, by id. */
export const TEXT_IDS = ['email-120', 'text-10kb', 'text-1mb'] as const;

/** The lengths each adversarial text is read at, side by side with the peers (8× apart). */
export const PEER_ADVERSARIAL_LENGTHS = [5_000, 40_000] as const;

/** Longer lengths read by checkMessage alone, where the peers take too long (8× apart). */
export const SOLO_ADVERSARIAL_LENGTHS = [125_000, 1_000_000] as const;

/**
 * Timed runs for a peer run that takes a second or more (write-good and alex on 1 MB and on the
 * long adversarial texts). There is no warm-up run: the same code was warmed on shorter texts.
 */
export const SLOW_PEER_RUNS = 2;
