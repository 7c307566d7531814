import { headHashStep, type WordSpans } from '../internal/words.js';
import { LEAD_KEY_LENGTH, leadKeysOf } from './pattern-leads.js';

// The trigger-word index. A rule's pattern can only match where one of its lead words begins, and
// mostly only where that word is followed by one of a few second words (see pattern-leads.ts):
// "i need", "i demand", not "i" anywhere. So instead of some thirty full-text scans per check, one
// pass over the words of the lower-case text lists, for every registered pattern, the places where
// one of its keys stands; the pattern is then tried at those places only, as a sticky match. Keys
// are looked up by a hash: two words whose keys hash alike (rare with 32 bits) only cost a try
// that fails, never a missed match.

const SLOT_BITS = 12;
const SLOT_COUNT = 1 << SLOT_BITS;

// The slot of a key's hash (Fibonacci hashing: the top bits of a multiplication).
function slotOf(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> (32 - SLOT_BITS);
}

// The hash of two words, the first one's mixed in so that "i need" and "need i" differ.
function pairHash(first: number, second: number): number {
  return (Math.imul(first, 0x2c1b3c6d) + second) | 0;
}

// A word's hash is that of its head (see WordSpans.heads): its first LEAD_KEY_LENGTH characters.
function hashOfWord(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = headHashStep(hash, word.charCodeAt(i));
  return hash;
}

// A key is one word, or two words after a space (see leadKeysOf).
function hashOfKey(key: string): number {
  const space = key.indexOf(' ');
  if (space < 0) return hashOfWord(key);
  return pairHash(hashOfWord(key.slice(0, space)), hashOfWord(key.slice(space + 1)));
}

const REST_OF_WORD = /\w*/y;

// The characters of \w: where a lead word (a run of them) begins and ends.
const WORD_CHARACTER = new Uint8Array(128);
for (const unit of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_') WORD_CHARACTER[unit.charCodeAt(0)] = 1;

const patterns: RegExp[] = [];
const ids = new Map<RegExp, number>();
// Per pattern, once analysed: the sticky copy tried at each place, or null to scan the whole text.
const stickyCopies: (RegExp | null)[] = [];
// Per slot, the keys in it as (hash of the key, id of its pattern) pairs, one after another. The
// whole hash is kept so that two keys that share a slot are told apart without a try.
const keysBySlot: (number[] | undefined)[] = new Array<number[] | undefined>(SLOT_COUNT);

function holdsKey(list: readonly number[], hash: number, id: number): boolean {
  for (let k = 0; k < list.length; k += 2) if (list[k] === hash && list[k + 1] === id) return true;
  return false;
}

// Patterns are analysed when a text is first indexed, not when the rule modules load, so that
// importing the package stays cheap.
function analysePending(): void {
  for (let id = stickyCopies.length; id < patterns.length; id++) {
    const pattern = patterns[id] as RegExp;
    const keys = leadKeysOf(pattern);
    // The index reads only the words of a text, and an underscore is not part of any word.
    if (keys === undefined || [...keys].some((key) => key.includes('_'))) {
      stickyCopies.push(null);
      continue;
    }
    stickyCopies.push(new RegExp(pattern.source, pattern.flags.replace('g', 'y')));
    for (const key of keys) {
      const hash = hashOfKey(key);
      const list = (keysBySlot[slotOf(hash)] ??= []);
      if (!holdsKey(list, hash, id)) list.push(hash, id);
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
 * scanLower({ lower: 'thanks a lot', leads: new LeadIndex('thanks a lot', findWordSpans('thanks a lot')) }, THANKS, () => true);
 * //=> true
 * ```
 */
export class LeadIndex {
  readonly #lower: string;
  readonly #words: WordSpans;
  #indexedPatterns = 0;
  // The places of every pattern in one list, grouped by pattern (a counting sort): pattern `id`
  // owns entries[offsets[id]] up to entries[offsets[id + 1]], ascending. One list, not one per
  // pattern: on a long text they hold hundreds of thousands of places, and a typed array keeps
  // those out of the garbage collector's way. A short list is a plain array: allocating a typed
  // array's buffer costs more than indexing a short message.
  #entries: ArrayLike<number> = [];
  #offsets: number[] = [0];

  /**
   * @param lower - the lower-case text
   * @param words - its words (see findWordSpans): every lead word lies inside one
   */
  constructor(lower: string, words: WordSpans) {
    this.#lower = lower;
    this.#words = words;
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
    const { starts, ends, heads } = this.#words;
    const patternCount = patterns.length;
    // First pass: the places where some pattern's key stands, as (start, hash) pairs, and how many
    // places each pattern gets. A lead word is a run of \w characters, and every such run lies in a
    // word of the text (a word may hold several: "don't", "naïve"), save runs of underscores, which
    // no lead key holds; so the spaces and marks between the words are never read.
    const offsets = new Array<number>(patternCount + 1).fill(0);
    const places = new PlaceCounter(offsets);
    for (let word = 0; word < starts.length; word++) {
      // A word of ASCII letters and digits is one run, whose hash the words already hold.
      const head = heads[word] ?? 0;
      if (head !== 0) places.addRun(starts[word] ?? 0, head);
      else addRunsOfWord(places, lower, starts[word] ?? 0, ends[word] ?? 0);
    }
    const hitCount = places.count;
    for (let id = 0; id < patternCount; id++) offsets[id + 1] = (offsets[id + 1] ?? 0) + (offsets[id] ?? 0);
    // Second pass: each pattern's places in its own stretch, in text order.
    const total = offsets[patternCount] ?? 0;
    const entries = total <= MOST_SHORT_ENTRIES ? new Array<number>(total).fill(0) : new Int32Array(total);
    const next = offsets.slice(0, patternCount);
    const hits = hitScratch;
    for (let hit = 0; hit < hitCount; hit++) {
      const start = hits[hit * 2] ?? 0;
      const hash = hits[hit * 2 + 1] ?? 0;
      const listed = keysBySlot[slotOf(hash)] ?? NO_KEYS;
      for (let k = 0; k < listed.length; k += 2) {
        if (listed[k] !== hash) continue;
        const id = listed[k + 1] ?? 0;
        const at = next[id] ?? 0;
        entries[at] = start;
        next[id] = at + 1;
      }
    }
    // Keep a larger list for the next text, unless a long text made it large.
    if (hits.length > MOST_KEPT_SCRATCH) hitScratch = new Int32Array(FIRST_SCRATCH_LENGTH);
    this.#entries = entries;
    this.#offsets = offsets;
    this.#indexedPatterns = patternCount;
  }
}

// Where the run of \w characters at `index` ends, at `limit` at the latest. Past the length of any
// ordinary word a pattern passes over the rest: on a run of thousands of letters it is several
// times faster than this loop.
function runEnd(lower: string, index: number, limit: number): number {
  const start = index;
  while (index < limit) {
    const code = lower.charCodeAt(index);
    if (code >= 128 || WORD_CHARACTER[code] === 0) return index;
    if (index - start === LONG_RUN) {
      REST_OF_WORD.lastIndex = index;
      REST_OF_WORD.test(lower);
      return Math.min(limit, REST_OF_WORD.lastIndex);
    }
    index++;
  }
  return index;
}

const LONG_RUN = 32;

function grown(list: Int32Array): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(list.length * 2);
  larger.set(list);
  return larger;
}

// The (start, hash) pairs of the first pass live only while an index is built, so one list is
// reused from text to text: a new one per text would be an allocation outside the heap, which
// costs more than indexing a short message. It grows with the number of lead words, never with
// the length of the text.
const MOST_KEPT_SCRATCH = 1 << 16;
const MOST_SHORT_ENTRIES = 4096;
const NO_KEYS: readonly number[] = [];
const FIRST_SCRATCH_LENGTH = 512;
let hitScratch = new Int32Array(FIRST_SCRATCH_LENGTH);

// Counts the places of the patterns while a text is indexed: each run of \w characters, alone and
// as the second of a pair with the run before it, is looked up, and where some pattern has a key
// with that key's hash the place is kept in the scratch list and counted for each of those patterns.
class PlaceCounter {
  count = 0;
  readonly #perPattern: number[];
  #previousHash = 0;
  #previousStart = -1;

  /** @param perPattern - counts by pattern id, one higher: the places of pattern `id` at `id + 1` */
  constructor(perPattern: number[]) {
    this.#perPattern = perPattern;
  }

  /** Looks up the run at `start` whose first characters hash to `hash`, in text order. */
  addRun(start: number, hash: number): void {
    // The pair of the previous run and this one first, then this run alone: places in text order.
    if (this.#previousStart >= 0) this.#add(this.#previousStart, pairHash(this.#previousHash, hash));
    this.#add(start, hash);
    this.#previousHash = hash;
    this.#previousStart = start;
  }

  #add(start: number, hash: number): void {
    const listed = keysBySlot[slotOf(hash)];
    if (listed === undefined) return;
    let found = false;
    for (let k = 0; k < listed.length; k += 2) {
      if (listed[k] !== hash) continue;
      const after = (listed[k + 1] ?? 0) + 1;
      this.#perPattern[after] = (this.#perPattern[after] ?? 0) + 1;
      found = true;
    }
    if (!found) return;
    if (this.count * 2 === hitScratch.length) hitScratch = grown(hitScratch);
    hitScratch[this.count * 2] = start;
    hitScratch[this.count * 2 + 1] = hash;
    this.count++;
  }
}

// The runs of \w characters of a word with other characters than ASCII letters and digits, read
// from the lower-case text: "don't" has two, "naïve" two, "İstanbul" one (its İ is an i there).
function addRunsOfWord(places: PlaceCounter, lower: string, start: number, end: number): void {
  let index = start;
  while (index < end) {
    let code = lower.charCodeAt(index);
    if (code >= 128 || WORD_CHARACTER[code] === 0) {
      index++;
      continue;
    }
    const runStart = index;
    let hash = 0;
    while (index - runStart < LEAD_KEY_LENGTH) {
      hash = headHashStep(hash, code);
      index++;
      if (index === end) break;
      code = lower.charCodeAt(index);
      if (code >= 128 || WORD_CHARACTER[code] === 0) break;
    }
    index = runEnd(lower, index, end);
    places.addRun(runStart, hash);
  }
}

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
