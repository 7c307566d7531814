// Each section hashes the variant together with its own id, so neighbouring variants change most
// sections at once (variant 0 and 1 differ in many places, not only in the greeting), and the
// choices of two sections are not locked together. Math.imul keeps the arithmetic exact on
// every engine, so the same input gives the same text everywhere.

function hashText(text: string): number {
  // FNV-1a over UTF-16 code units.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function mix(value: number): number {
  // The 32-bit finaliser of MurmurHash3: every input bit flips about half the output bits.
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Picks which phrasing a section uses for a given `variant`: deterministic, spread evenly over
 * `count` phrasings, and independent between sections with different ids.
 *
 * @param variant - a safe integer from 0 upwards, as `renderScript` accepts
 * @param sectionId - the section's stable id, such as `"greeting"`
 * @param count - how many phrasings there are (at least 1)
 * @example
 * ```ts
 * phrasingIndex(7, 'greeting', 3) === phrasingIndex(7, 'greeting', 3);
 * //=> true
 * ```
 */
export function phrasingIndex(variant: number, sectionId: string, count: number): number {
  const low = variant % 0x1_0000_0000;
  const high = Math.floor(variant / 0x1_0000_0000);
  const seed = mix(hashText(sectionId) ^ mix(low) ^ mix(high ^ 0x9e3779b9));
  return seed % count;
}
