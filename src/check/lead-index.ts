import { LEAD_KEY_LENGTH, leadKeysOf } from './pattern-leads.js';

// The trigger-word index. A rule's pattern can only match where one of its lead words begins (see
// pattern-leads.ts), so instead of some thirty full-text scans per check, one pass over the words
// of the lower-case text lists, for every registered pattern, the places where one of its lead
// words stands; the pattern is then tried at those places only, as a sticky match. Words are
// looked up by a hash of their first characters: two words that share a slot only cost a try that
// fails, never a missed match.

const SLOT_BITS = 12;
const SLOT_COUNT = 1 << SLOT_BITS;

// The slot of a word's hash (Fibonacci hashing: the top bits of a multiplication).
function slotOf(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> (32 - SLOT_BITS);
}

// A word's hash takes one step per character, over its first LEAD_KEY_LENGTH characters.
function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

function hashOfKey(key: string): number {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = hashStep(hash, key.charCodeAt(i));
  return hash;
}

const REST_OF_WORD = /\w*/y;

// The characters of \w: where a lead word (a run of them) begins and ends.
const WORD_CHARACTER = new Uint8Array(128);
for (const unit of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_') WORD_CHARACTER[unit.charCodeAt(0)] = 1;

const patterns: RegExp[] = [];
const ids = new Map<RegExp, number>();
// Per pattern, once analysed: the sticky copy tried at each place, or null to scan the whole text.
const stickyCopies: (RegExp | null)[] = [];
// Per slot, the ids of the patterns with a lead word in it.
const patternsBySlot: (number[] | undefined)[] = new Array<number[] | undefined>(SLOT_COUNT);

// Patterns are analysed when a text is first indexed, not when the rule modules load, so that
// importing the package stays cheap.
function analysePending(): void {
  for (let id = stickyCopies.length; id < patterns.length; id++) {
    const pattern = patterns[id] as RegExp;
    const keys = leadKeysOf(pattern);
    if (keys === undefined) {
      stickyCopies.push(null);
      continue;
    }
    stickyCopies.push(new RegExp(pattern.source, pattern.flags.replace('g', 'y')));
    for (const key of keys) {
      const slot = slotOf(hashOfKey(key));
      const list = (patternsBySlot[slot] ??= []);
      if (!list.includes(id)) list.push(id);
    }
  }
}

/**
 * Registers a rule's global pattern, meant for the lower-case text, with the trigger-word index,
 * and returns it. Rules register their patterns once, where they declare them.
 *
 * @example
 * ```ts
 * const THANKS = indexedPattern(/\bthank(?:s|\s+you)\b/g);
 * scanLower(buildTextModel('Many thanks!'), THANKS, (match) => match.index === 5);
 * //=> true
 * ```
 */
export function indexedPattern(pattern: RegExp): RegExp {
  if (!pattern.global) throw new TypeError(`an indexed pattern must be global: ${String(pattern)}`);
  if (!ids.has(pattern)) {
    ids.set(pattern, patterns.length);
    patterns.push(pattern);
  }
  return pattern;
}

/**
 * Every pattern registered so far, in the order of registration: the rules' patterns once the
 * rule modules are loaded.
 *
 * @example
 * ```ts
 * indexedPatterns().every((pattern) => pattern.global);
 * //=> true
 * ```
 */
export function indexedPatterns(): readonly RegExp[] {
  return [...patterns];
}

/**
 * The places where registered patterns may match in one lower-case text: built on the first
 * question, in one pass over the text's words, and again only if patterns were registered since.
 * Every text model has one, as `leads`.
 *
 * @example
 * ```ts
 * const THANKS = indexedPattern(/\bthank(?:s|\s+you)\b/g);
 * scanLower({ lower: 'thanks a lot', leads: new LeadIndex('thanks a lot') }, THANKS, () => true);
 * //=> true
 * ```
 */
export class LeadIndex {
  readonly #lower: string;
  #indexedPatterns = 0;
  // The places of every pattern in one list, grouped by pattern (a counting sort): pattern `id`
  // owns entries[offsets[id]] up to entries[offsets[id + 1]], ascending. One list, not one per
  // pattern: on a long text they hold hundreds of thousands of places, and a typed array keeps
  // those out of the garbage collector's way. A short list is a plain array: allocating a typed
  // array's buffer costs more than indexing a short message.
  #entries: ArrayLike<number> = [];
  #offsets: number[] = [0];

  constructor(lower: string) {
    this.#lower = lower;
  }

  /**
   * Calls `visit` with each match of the registered pattern with id `id`, in order, as a global
   * scan finds them, until `visit` returns true; returns whether it did. Returns `undefined`
   * without calling it when the pattern must scan the whole text instead (a match may start
   * other than at a word).
   */
  scan(id: number, visit: (match: RegExpExecArray) => boolean): boolean | undefined {
    if (this.#indexedPatterns !== patterns.length) this.#build();
    const sticky = stickyCopies[id];
    if (sticky == null) return undefined;
    const lower = this.#lower;
    const entries = this.#entries;
    const end = this.#offsets[id + 1] ?? 0;
    // A global scan goes on from the end of each match: so do we, skipping places inside it.
    let from = 0;
    for (let entry = this.#offsets[id] ?? 0; entry < end; entry++) {
      const start = entries[entry] ?? 0;
      if (start < from) continue;
      sticky.lastIndex = start;
      const match = sticky.exec(lower);
      if (match === null || match[0].length === 0) continue;
      from = start + match[0].length;
      if (visit(match)) return true;
    }
    return false;
  }

  #build(): void {
    analysePending();
    const lower = this.#lower;
    const length = lower.length;
    const patternCount = patterns.length;
    // First pass: the words with a lead slot, as (start, slot) pairs, and how many places each
    // pattern gets. The list has room for as many pairs as the text can have words (a character
    // and a separator each), at once: on a long text, every buffer of a growing list costs more
    // than the words it holds.
    const hits = length + 2 <= hitScratch.length ? hitScratch : new Int32Array(length + 2);
    let hitCount = 0;
    const offsets: number[] = [];
    for (let id = 0; id <= patternCount; id++) offsets.push(0);
    let index = 0;
    while (index < length) {
      let code = lower.charCodeAt(index);
      if (code >= 128 || WORD_CHARACTER[code] === 0) {
        index++;
        continue;
      }
      const start = index;
      let hash = 0;
      // Never read past the end: an out-of-range read costs the optimised loop its speed.
      for (;;) {
        hash = hashStep(hash, code);
        index++;
        if (index === length) break;
        code = lower.charCodeAt(index);
        if (code >= 128 || WORD_CHARACTER[code] === 0) break;
        if (index - start === LEAD_KEY_LENGTH) {
          // The key is complete: let a pattern skip the rest of the word, however long.
          REST_OF_WORD.lastIndex = index;
          REST_OF_WORD.test(lower);
          index = REST_OF_WORD.lastIndex;
          break;
        }
      }
      const slot = slotOf(hash);
      const listed = patternsBySlot[slot];
      if (listed === undefined) continue;
      hits[hitCount * 2] = start;
      hits[hitCount * 2 + 1] = slot;
      hitCount++;
      for (let k = 0; k < listed.length; k++) {
        const after = (listed[k] ?? 0) + 1;
        offsets[after] = (offsets[after] ?? 0) + 1;
      }
    }
    for (let id = 0; id < patternCount; id++) offsets[id + 1] = (offsets[id + 1] ?? 0) + (offsets[id] ?? 0);
    // Second pass: each pattern's places in its own stretch, in text order.
    const total = offsets[patternCount] ?? 0;
    const entries = total <= MOST_SHORT_ENTRIES ? new Array<number>(total).fill(0) : new Int32Array(total);
    const next = offsets.slice(0, patternCount);
    for (let hit = 0; hit < hitCount; hit++) {
      const start = hits[hit * 2] ?? 0;
      const listed = patternsBySlot[hits[hit * 2 + 1] ?? 0] ?? NO_PATTERNS;
      for (let k = 0; k < listed.length; k++) {
        const id = listed[k] ?? 0;
        const at = next[id] ?? 0;
        entries[at] = start;
        next[id] = at + 1;
      }
    }
    // Keep a larger list for the next text, unless a long text made it large.
    if (hits.length <= MOST_KEPT_SCRATCH) hitScratch = hits;
    this.#entries = entries;
    this.#offsets = offsets;
    this.#indexedPatterns = patternCount;
  }
}

// The (start, slot) pairs of the first pass live only while an index is built, so one list is
// reused from text to text: a new one per text would be an allocation outside the heap, which
// costs more than indexing a short message.
const MOST_KEPT_SCRATCH = 1 << 16;
const MOST_SHORT_ENTRIES = 4096;
const NO_PATTERNS: readonly number[] = [];
let hitScratch = new Int32Array(512);

/**
 * Calls `visit` with each match of the global `pattern` in the lower-case text, in order, the
 * same matches a global scan finds, until `visit` returns true; returns whether it did. A
 * registered pattern is tried only where one of its lead words begins.
 *
 * @example
 * ```ts
 * const found: number[] = [];
 * scanLower(buildTextModel('Thanks, and thanks again.'), /\bthanks\b/g, (match) => {
 *   found.push(match.index);
 *   return false;
 * });
 * found;
 * //=> [ 0, 12 ]
 * ```
 */
export function scanLower(
  model: { readonly lower: string; readonly leads: LeadIndex },
  pattern: RegExp,
  visit: (match: RegExpExecArray) => boolean,
): boolean {
  const id = ids.get(pattern);
  const indexed = id === undefined ? undefined : model.leads.scan(id, visit);
  if (indexed !== undefined) return indexed;
  const { lower } = model;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(lower); match !== null; match = pattern.exec(lower)) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    if (visit(match)) return true;
  }
  return false;
}
