import { HEAD_LENGTH } from '../internal/words.js';

// Which words can a match of a rule's pattern begin with, and which word can follow the first?
// Worked out from the pattern's source, so that the checker can try a pattern only where those
// words stand instead of scanning the whole text with it (see lead-index.ts). The answer may name
// words that never start a match, which costs a failed try, but never leaves out one that can:
// where the source holds anything this reader does not understand, or a match may begin other
// than at the start of a word, it gives no answer and the pattern scans the whole text as before;
// where it cannot tell the second word, it names the first alone.

/**
 * How many characters of a word the lead keys keep: "interview" and "interviewer" share the key
 * `interv`. Longer keys pick out fewer words; these are enough to tell most of the rules' words
 * apart. The same length as the words' heads, which the trigger-word index reads.
 *
 * @example
 * ```ts
 * LEAD_KEY_LENGTH;
 * //=> 6
 * ```
 */
export const LEAD_KEY_LENGTH = HEAD_LENGTH;

// The characters \w and \b know: a match can only begin at the start of a run of them.
const WORD_CHARACTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_';
const DIGITS = '0123456789';

// What one character of the pattern can be: which word characters, and whether anything else.
interface CharacterSet {
  readonly kind: 'characters';
  readonly word: string;
  readonly other: boolean;
}
type Node =
  | CharacterSet
  | { readonly kind: 'word'; readonly text: string } // letters written out, such as "thank"
  | { readonly kind: 'boundary' } // \b
  | { readonly kind: 'end' } // $
  | { readonly kind: 'nothing' } // ^, \B and lookarounds: they only narrow what matches
  | { readonly kind: 'choice'; readonly options: readonly (readonly Node[])[] }
  | { readonly kind: 'repeat'; readonly body: readonly Node[]; readonly min: number; readonly max: number };

/** Thrown where the reader gives up; leadKeysOf then answers `undefined`. */
class Unreadable extends Error {}

function characters(word: string, other: boolean): CharacterSet {
  return { kind: 'characters', word, other };
}

const ANY_CHARACTER = characters(WORD_CHARACTERS, true);
const NOT_A_WORD_CHARACTER = characters('', true);
const WORD_CHARACTER_SETS = new Map<number, CharacterSet>();

function characterSetOf(code: number): CharacterSet {
  const unit = code < 128 ? String.fromCharCode(code) : '';
  if (unit === '' || !WORD_CHARACTERS.includes(unit)) return NOT_A_WORD_CHARACTER;
  let set = WORD_CHARACTER_SETS.get(code);
  if (set === undefined) {
    set = characters(unit, false);
    WORD_CHARACTER_SETS.set(code, set);
  }
  return set;
}

const QUANTIFIER_BOUNDS = /\{(\d+)(,(\d*))?\}/y;
// Word characters written out; the last one stays apart when a quantifier follows it.
const WRITTEN_WORD = /\w+?(?=\w[?*+{]|[^\w?*+{]|$)/y;
const GROUP_HEAD = /\?(?:[:=!]|<[=!]|<[a-z_$][\w$]*>)/iy;
const PROPERTY_NAME = /\{[\w=]+\}/y;
const CODE_POINT = /[\da-f]{4}|\{[\da-f]+\}/iy;
const TWO_HEX_DIGITS = /[\da-f]{2}/iy;

// Reads the source of a regular expression (the syntax the rules use, without the `i` and `v`
// flags) into nodes. Plain functions over one offset: this runs once per pattern, on the first
// check, mostly before the engine has optimised anything.
function readPattern(source: string): Node[] {
  let at = 0;

  function sticky(pattern: RegExp): string | undefined {
    pattern.lastIndex = at;
    const found = pattern.exec(source);
    if (found === null) return undefined;
    at += found[0].length;
    return found[0];
  }

  function options(): Node[][] {
    const read = [sequence()];
    while (source.charAt(at) === '|') {
      at++;
      read.push(sequence());
    }
    return read;
  }

  function sequence(): Node[] {
    const nodes: Node[] = [];
    while (at < source.length && source.charAt(at) !== '|' && source.charAt(at) !== ')') nodes.push(quantified(atom()));
    return nodes;
  }

  function quantified(node: Node): Node {
    const unit = source.charAt(at);
    let min: number;
    let max: number;
    if (unit === '?' || unit === '*' || unit === '+') {
      at++;
      min = unit === '+' ? 1 : 0;
      max = unit === '?' ? 1 : Number.POSITIVE_INFINITY;
    } else if (unit === '{') {
      QUANTIFIER_BOUNDS.lastIndex = at;
      const bounds = QUANTIFIER_BOUNDS.exec(source);
      if (bounds === null) throw new Unreadable('a { that is not a quantifier');
      at += bounds[0].length;
      min = Number(bounds[1]);
      max = bounds[2] === undefined ? min : bounds[3] === '' ? Number.POSITIVE_INFINITY : Number(bounds[3]);
    } else {
      return node;
    }
    if (source.charAt(at) === '?') at++; // lazy: the same matches, tried in another order
    return { kind: 'repeat', body: [node], min, max };
  }

  function atom(): Node {
    const written = sticky(WRITTEN_WORD);
    if (written !== undefined) return written.length === 1 ? characterSetOf(written.charCodeAt(0)) : { kind: 'word', text: written };
    const unit = source.charAt(at);
    at++;
    switch (unit) {
      case '(':
        return group();
      case '[':
        return characterClass();
      case '\\':
        return escape(false);
      case '.':
        return ANY_CHARACTER;
      case '^':
        return { kind: 'nothing' };
      case '$':
        return { kind: 'end' };
      default:
        return characterSetOf(unit.charCodeAt(0));
    }
  }

  function group(): Node {
    let lookaround = false;
    if (source.charAt(at) === '?') {
      const head = sticky(GROUP_HEAD);
      if (head === undefined) throw new Unreadable('an unknown group');
      lookaround = head === '?=' || head === '?!' || head === '?<=' || head === '?<!';
    }
    const inside = options();
    if (source.charAt(at) !== ')') throw new Unreadable('an unclosed group');
    at++;
    return lookaround ? { kind: 'nothing' } : { kind: 'choice', options: inside };
  }

  function escape(inClass: boolean): CharacterSet | { readonly kind: 'boundary' } | { readonly kind: 'nothing' } {
    const unit = source.charAt(at);
    at++;
    switch (unit) {
      case 'b':
        return inClass ? characters('', true) : { kind: 'boundary' };
      case 'B':
        if (inClass) throw new Unreadable('\\B in a class');
        return { kind: 'nothing' };
      case 'd':
        return characters(DIGITS, false);
      case 'D':
        return characters(removeAll(WORD_CHARACTERS, DIGITS), true);
      case 'w':
        return characters(WORD_CHARACTERS, false);
      case 'W':
      case 's':
        return characters('', true);
      case 'S':
        return ANY_CHARACTER;
      case 'p':
      case 'P':
        if (sticky(PROPERTY_NAME) === undefined) throw new Unreadable('a property escape without a name');
        return ANY_CHARACTER;
      case 'u': {
        const code = sticky(CODE_POINT);
        if (code === undefined) throw new Unreadable('a \\u without a code');
        return characterSetOf(hexValue(code));
      }
      case 'x': {
        const code = sticky(TWO_HEX_DIGITS);
        if (code === undefined) throw new Unreadable('a \\x without a code');
        return characterSetOf(hexValue(code));
      }
      case 'c':
        at++;
        return characters('', true);
      default:
        if (unit === 'k' || (unit >= '1' && unit <= '9')) throw new Unreadable('a back reference');
        // \n, \t, \0 and the like are not word characters; \. \- \( and the like stand for themselves.
        return 'nrtfv0'.includes(unit) ? characters('', true) : characterSetOf(unit.charCodeAt(0));
    }
  }

  function characterClass(): CharacterSet {
    const negated = source.charAt(at) === '^';
    if (negated) at++;
    let word = '';
    let other = false;
    while (source.charAt(at) !== ']') {
      if (at >= source.length) throw new Unreadable('an unclosed class');
      const low = classMember();
      if (source.charAt(at) === '-' && source.charAt(at + 1) !== ']' && low.code !== undefined) {
        at++;
        const high = classMember();
        if (high.code === undefined) throw new Unreadable('a range to a class escape');
        // Only the ASCII part of a range can hold word characters; the rest is "other".
        for (let code = low.code; code <= Math.min(high.code, 127); code++) {
          const member = characterSetOf(code);
          word += member.word;
          other ||= member.other;
        }
        other ||= high.code >= 128;
      } else {
        word += low.set.word;
        other ||= low.set.other;
      }
    }
    at++;
    // A negated class may match any character its members leave out, and we do not try to prove
    // that it leaves out every other one.
    return negated ? characters(removeAll(WORD_CHARACTERS, word), true) : characters(word, other);
  }

  // One member of a class: a character (with its code, for ranges) or an escape such as \s.
  function classMember(): { readonly set: CharacterSet; readonly code: number | undefined } {
    const unit = source.charAt(at);
    at++;
    if (unit !== '\\') return { set: characterSetOf(unit.charCodeAt(0)), code: unit.charCodeAt(0) };
    const start = at;
    const set = escape(true);
    if (set.kind !== 'characters') throw new Unreadable('an assertion in a class');
    return { set, code: escapedCode(source.slice(start, at)) };
  }

  const read = options();
  if (at < source.length) throw new Unreadable('an unbalanced )');
  return read.length === 1 ? (read[0] ?? []) : [{ kind: 'choice', options: read }];
}

function hexValue(digits: string): number {
  return Number.parseInt(digits.replace(/[{}]/gu, ''), 16);
}

const CONTROL_ESCAPES: Readonly<Record<string, number>> = { n: 10, r: 13, t: 9, f: 12, v: 11, b: 8, '0': 0 };

// The code of an escaped class member without its backslash: "u2010", "x41", "n", "-". Undefined
// for one a range cannot start or end with, such as \cA.
function escapedCode(escape: string): number | undefined {
  const head = escape.charAt(0);
  if (head === 'u' || head === 'x') return hexValue(escape.slice(1));
  if (escape.length !== 1) return undefined;
  return CONTROL_ESCAPES[head] ?? (/[A-Za-z]/u.test(head) ? undefined : head.charCodeAt(0));
}

function removeAll(from: string, remove: string): string {
  let kept = '';
  for (const unit of from) if (!remove.includes(unit)) kept += unit;
  return kept;
}

// The states of a match being read from its first character. Before any character: "^", or "^b"
// with \b asserted. Inside the first word: "=run" with `run` read so far, or "+key" once the word
// is past the cut. Between the first word and the second: "~key". Inside the second word: ">key
// run". A match reads its words over \w characters, so the words of a key are the runs of \w
// characters a text's match begins with, and the second is the next such run after the first.
type State = string;
const BEFORE = '^';
const BEFORE_AT_BOUNDARY = '^b';
// A pattern whose words fan out into more states than this is scanned whole instead.
const MOST_STATES = 20_000;
// A class of more word characters than this, read for the second word (\d, \w, [^.?!]), would
// give too many second words to list: that path keeps the first word alone as its key.
const MOST_SECOND_WORD_STARTS = 4;

class LeadCollector {
  readonly keys = new Set<string>();
  #states = 0;

  walk(nodes: readonly Node[], states: ReadonlySet<State>): Set<State> {
    let current = new Set(states);
    for (const node of nodes) {
      if (current.size === 0) break;
      current = this.#step(node, current);
    }
    return current;
  }

  /** Ends a walk over the whole pattern: a match may end inside or after its first word. */
  finish(left: ReadonlySet<State>): boolean {
    for (const state of left) {
      const kind = state.charAt(0);
      if (kind !== '+' && kind !== '~' && kind !== '>') return false;
      this.keys.add(firstWordOf(state));
    }
    // A pair whose first word is a key of its own adds nothing: that word is tried anyway.
    for (const key of this.keys) {
      const space = key.indexOf(' ');
      if (space > 0 && this.keys.has(key.slice(0, space))) this.keys.delete(key);
    }
    return true;
  }

  #step(node: Node, states: ReadonlySet<State>): Set<State> {
    const next = new Set<State>();
    switch (node.kind) {
      case 'nothing':
        return new Set(states);
      case 'boundary':
        for (const state of states) this.#boundary(state, next);
        return next;
      case 'end':
        for (const state of states) {
          if (state === BEFORE || state === BEFORE_AT_BOUNDARY) next.add(state);
          else this.keys.add(state.startsWith('=') || state.startsWith('>') ? state.slice(1) : firstWordOf(state));
        }
        return next;
      case 'characters':
        for (const state of states) this.#read(node, state, next);
        return next;
      case 'word':
        for (const state of states) this.#readWord(node.text, state, next);
        return next;
      case 'choice':
        for (const option of node.options) for (const state of this.walk(option, states)) next.add(state);
        return next;
      case 'repeat':
        return this.#repeat(node.body, node.min, node.max, states);
    }
  }

  #boundary(state: State, next: Set<State>): void {
    const kind = state.charAt(0);
    if (kind === '^') next.add(BEFORE_AT_BOUNDARY);
    else if (kind === '>') this.keys.add(state.slice(1)); // the second word ends here
    else this.#add(next, `~${firstWordOf(state)}`); // the first word ends here, or has ended
  }

  #read(set: CharacterSet, state: State, next: Set<State>): void {
    if (state === BEFORE) throw new Unreadable('a match may begin inside a word or outside any');
    if (state === BEFORE_AT_BOUNDARY) {
      if (set.other) throw new Unreadable('a match may begin outside a word');
      for (const unit of set.word) this.#add(next, `=${unit}`);
      return;
    }
    const kind = state.charAt(0);
    const key = firstWordOf(state);
    if (kind === '=') {
      const run = state.slice(1);
      if (set.other) this.#add(next, `~${run}`);
      for (const unit of set.word) this.#goOnInFirstWord(run + unit, next);
    } else if (kind === '+') {
      if (set.other) this.#add(next, `~${key}`);
      if (set.word.includes('_')) this.keys.add(key);
      else if (set.word !== '') this.#add(next, state);
    } else if (kind === '~') {
      if (set.other) this.#add(next, state);
      if (set.word.length > MOST_SECOND_WORD_STARTS) this.keys.add(key);
      else for (const unit of set.word) this.#goOnInSecondWord(key, unit, next);
    } else {
      const run = state.slice(key.length + 2);
      if (set.other) this.keys.add(`${key} ${run}`);
      if (set.word.length > MOST_SECOND_WORD_STARTS) this.keys.add(key);
      else for (const unit of set.word) this.#goOnInSecondWord(key, run + unit, next);
    }
  }

  // Word characters only, so the word goes on (or begins) and cannot end inside `text`.
  #readWord(text: string, state: State, next: Set<State>): void {
    if (state === BEFORE) throw new Unreadable('a match may begin inside a word');
    const kind = state.charAt(0);
    if (kind === '^' || kind === '=') this.#goOnInFirstWord(state.slice(kind === '^' ? 2 : 1) + text, next);
    else if (kind === '+') {
      if (text.includes('_')) this.keys.add(firstWordOf(state));
      else this.#add(next, state);
    } else if (kind === '~') this.#goOnInSecondWord(state.slice(1), text, next);
    else {
      const key = firstWordOf(state);
      this.#goOnInSecondWord(key, state.slice(key.length + 2) + text, next);
    }
  }

  // The index splits words at an underscore (see lead-index.ts), so a word that may hold one past
  // the cut may be followed there by another second word: that path keeps its first word alone. An
  // underscore before the cut is in the key itself, and the index leaves such a pattern out.
  #goOnInFirstWord(run: string, next: Set<State>): void {
    if (run.length < LEAD_KEY_LENGTH) this.#add(next, `=${run}`);
    else if (run.includes('_', LEAD_KEY_LENGTH)) this.keys.add(run.slice(0, LEAD_KEY_LENGTH));
    else this.#add(next, `+${run.slice(0, LEAD_KEY_LENGTH)}`);
  }

  #goOnInSecondWord(key: string, run: string, next: Set<State>): void {
    if (run.includes('_')) this.keys.add(key);
    else if (run.length >= LEAD_KEY_LENGTH) this.keys.add(`${key} ${run.slice(0, LEAD_KEY_LENGTH)}`);
    else this.#add(next, `>${key} ${run}`);
  }

  #repeat(body: readonly Node[], min: number, max: number, states: ReadonlySet<State>): Set<State> {
    let current: Set<State> = new Set(states);
    for (let count = 0; count < min && current.size > 0; count++) current = this.walk(body, current);
    const reached = new Set(current);
    let frontier = current;
    for (let count = min; count < max && frontier.size > 0; count++) {
      const fresh = new Set<State>();
      for (const state of this.walk(body, frontier)) {
        if (!reached.has(state)) {
          reached.add(state);
          fresh.add(state);
        }
      }
      frontier = fresh;
    }
    return reached;
  }

  #add(next: Set<State>, state: State): void {
    if (++this.#states > MOST_STATES) throw new Unreadable('too many words to list');
    next.add(state);
  }
}

// The first word of a state past the first word's start: "+key", "~key" or ">key run".
function firstWordOf(state: State): string {
  const space = state.indexOf(' ');
  return state.slice(1, space < 0 ? state.length : space);
}

/**
 * The keys of the words a match of `pattern` can begin with: the first word cut to
 * {@link LEAD_KEY_LENGTH} characters and, where the pattern tells what the second word is, that
 * word cut the same way after a space ("i need"). A key names the runs of \w characters a match
 * begins with. `undefined` when a match may begin other than at the start of a word (a run of `\w`
 * characters, as `\b` sees words), or when the source or the flags hold something this reader
 * does not know; the caller then scans the whole text.
 *
 * @example
 * ```ts
 * [...(leadKeysOf(/\b(?:thanks?|grateful)\b|\bi\s+appreciate\b/g) ?? [])].sort();
 * //=> [ 'gratef', 'i apprec', 'thank', 'thanks' ]
 * ```
 */
export function leadKeysOf(pattern: RegExp): ReadonlySet<string> | undefined {
  // i: capitals match too; v: another class syntax; y: a sticky pattern does not scan the text.
  if (/[ivy]/u.test(pattern.flags)) return undefined;
  try {
    const collector = new LeadCollector();
    const left = collector.walk(readPattern(pattern.source), new Set([BEFORE]));
    // A match that may end before its first word does, or hold no word at all, has no key.
    return collector.finish(left) ? collector.keys : undefined;
  } catch (error) {
    if (error instanceof Unreadable) return undefined;
    throw error;
  }
}
