// Names longer than this are not compared: no field is that long, and the comparison costs the
// product of the two lengths.
const LONGEST_COMPARED = 64;

/** The name folded for comparison: lower case, without `-`, `_` and spaces. */
function folded(name: string): string {
  return name.toLowerCase().replace(/[-_ ]/g, '');
}

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  // Three rows of the Damerau-Levenshtein table (the swap looks two rows back).
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (before[j - 2] ?? 0) + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known name that `name` is most likely a slip of, or `undefined` when none is an obvious
 * choice: the same name in another case or with `-`/`_` (`timezone`, `time_zone` for
 * `timeZone`), or else the one name within a small number of typing slips (one for short names,
 * up to a third of the length for longer ones). A tie means no suggestion.
 *
 * @example
 * ```ts
 * closestName('timezone', ['interviewAt', 'timeZone', 'now']);
 * //=> 'timeZone'
 * closestName('intervewAt', ['interviewAt', 'timeZone', 'now']);
 * //=> 'interviewAt'
 * closestName('colour', ['interviewAt', 'timeZone', 'now']);
 * //=> undefined
 * ```
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
  if (name.length > LONGEST_COMPARED) return undefined;
  const wanted = folded(name);
  const sameLetters = known.filter((candidate) => folded(candidate) === wanted);
  if (sameLetters.length > 0) return sameLetters.length === 1 ? sameLetters[0] : undefined;

  const allowed = Math.max(1, Math.floor(wanted.length / 3));
  let best: string | undefined;
  let bestDistance = allowed + 1;
  let tied = false;
  for (const candidate of known) {
    if (candidate.length > LONGEST_COMPARED) continue;
    const distance = editDistance(wanted, folded(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tied = false;
    } else if (distance === bestDistance) {
      tied = true;
    }
  }
  return tied ? undefined : best;
}
