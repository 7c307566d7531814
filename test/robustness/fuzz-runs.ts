/**
 * How many runs each fuzz property makes. The default keeps the whole robustness folder under a
 * minute on a two-core machine and still gives every public function thousands of inputs; set
 * `FUZZ_RUNS` for a longer hunt, e.g. `FUZZ_RUNS=50000 npx vitest run test/robustness`.
 * `FUZZ_SEED` replays one run of fast-check exactly (it prints the seed of any failure).
 */
export const FUZZ_RUNS = positiveInteger(process.env.FUZZ_RUNS) ?? 1000;

/** The fast-check seed to replay, if `FUZZ_SEED` is set. */
export const FUZZ_SEED = integer(process.env.FUZZ_SEED);

/**
 * A share of {@link FUZZ_RUNS}, for the properties whose single run costs many calls (the plan
 * runs every other function; the CLI formats and prints), never fewer than 50 runs.
 *
 * @example
 * ```ts
 * runsFor(0.25); // with the default FUZZ_RUNS
 * //=> 250
 * ```
 */
export function runsFor(share: number): number {
  return Math.max(50, Math.round(FUZZ_RUNS * share));
}

function integer(text: string | undefined): number | undefined {
  if (text === undefined || !/^-?\d+$/.test(text.trim())) return undefined;
  return Number(text.trim());
}

function positiveInteger(text: string | undefined): number | undefined {
  const value = integer(text);
  return value !== undefined && value > 0 ? value : undefined;
}
