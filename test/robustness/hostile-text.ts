import { performance } from 'node:perf_hooks';
import { checkMessage, rules, type Channel, type CheckContext } from '../../src/index.js';
import { regexWork } from './regex-work.js';

// 200 KB texts built to make a rule's regexes or loops go super-linear: long runs of one
// character, of a trigger word, of near-misses of each rule's own bad example (one endless
// sentence), digits and symbols of phone numbers and email addresses, brackets of placeholders,
// emoji, combining marks, lone surrogates and control characters.

/** The length of every hostile text, in UTF-16 code units. */
export const HOSTILE_LENGTH = 200_000;

/** `piece` repeated to exactly `length` code units. */
function fill(piece: string, length = HOSTILE_LENGTH): string {
  return piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
}

const PIECES: Record<string, string> = {
  'one letter': 'a',
  spaces: ' ',
  'line breaks': '\n',
  'CR LF': '\r\n',
  words: 'word ',
  shouting: 'HELLO ',
  'exclamation marks': '!',
  'question marks': '?',
  'full stops': '.',
  digits: '1',
  'phone-number parts': '+1 (555) 0100 ',
  'digits and dashes': '1-',
  'at signs': '@',
  'email-address parts': 'a@b.',
  'opening brackets': '[',
  'placeholder openings': '[Your ',
  apostrophes: "'",
  emoji: '😀',
  'combining marks': 'a\u0301\u0302',
  'lone surrogates': '\uD800',
  'right-to-left text': 'שלום ',
  'control characters': '\u0000\u0007\u001b',
  negations: "not don't never ",
  'why and when': 'why when how long ',
};

/** The piece each hostile text repeats, by a name that says what the text is made of. */
export const HOSTILE_PIECES: readonly { readonly name: string; readonly piece: string }[] = [
  ...Object.entries(PIECES).map(([name, piece]) => ({ name, piece })),
  ...rules.flatMap((rule) => {
    const bad = rule.examples.bad.text;
    return [
      { name: `${rule.id}: its bad example, over and over`, piece: `${bad} ` },
      {
        name: `${rule.id}: its bad example without the last word, as one endless sentence`,
        piece: `${bad.split(' ').slice(0, -1).join(' ')} `,
      },
    ];
  }),
];

// Facts that switch the context rules on, so that they run too.
const CONTEXT: CheckContext = {
  interviewAt: '2026-03-20',
  plannedAt: '2026-03-30T12:10:00Z',
  recipient: 'general-line',
  priorPlatformContact: false,
  intent: 'decline',
  previousCalls: [{ at: '2026-03-27T09:00:00Z', outcome: 'spoke' }],
};

/** Channels that between them switch every rule on. */
export const COVERING_CHANNELS: readonly Channel[] = ['voicemail', 'linkedin'];

/** One check of one hostile text and how long it took. */
export interface HostileTiming {
  readonly text: string;
  readonly channel: Channel;
  readonly ms: number;
  readonly diagnostics: number;
}

/** A rule switch-off for each rule that `skip` leaves out of the text `name` (a known open bug). */
function rulesOff(name: string, skip: (ruleId: string, text: string) => boolean) {
  return Object.fromEntries(rules.filter((rule) => skip(rule.id, name)).map((rule) => [rule.id, 'off' as const]));
}

/**
 * Runs every rule on every 200 KB hostile text (all rules on, once per covering channel) and
 * returns the time of each check. `skip` leaves out a rule for a text (a known open bug).
 */
export function timeHostileTexts(track: (input: unknown) => void, skip: (ruleId: string, text: string) => boolean): HostileTiming[] {
  const timings: HostileTiming[] = [];
  for (const { name, piece } of HOSTILE_PIECES) {
    const text = fill(piece);
    for (const channel of COVERING_CHANNELS) {
      track({ text: name, channel });
      const started = performance.now();
      const result = checkMessage({ text, channel, context: CONTEXT, rules: rulesOff(name, skip) });
      timings.push({ text: name, channel, ms: performance.now() - started, diagnostics: result.diagnostics.length });
    }
  }
  return timings;
}

/** The regex work per character of text at two lengths, four times apart, for one hostile text. */
export interface RegexGrowth {
  readonly text: string;
  readonly channel: Channel;
  readonly short: number;
  readonly long: number;
  /** For a text whose work per character grows: the rules whose own work grows, with their figures. */
  readonly culprits: readonly string[];
}

// Every rule that reads the text runs on a voicemail; the one rule only LinkedIn adds reads the
// context alone, and the timing below still runs it on every text.
const GROWTH_CHANNELS: readonly Channel[] = ['voicemail'];
const SHORT = 5_000;
const LONG = 20_000;

function workPerCharacter(text: string, channel: Channel, settings: Record<string, 'off' | 'error'>): number {
  return regexWork(() => checkMessage({ text, channel, context: CONTEXT, rules: settings })) / text.length;
}

/**
 * Measures, for every hostile text, how much the regex engine is handed per character of text at
 * 5 000 and at 20 000 characters. For linear rules the two are about the same; work that
 * rescans the text for each match grows with the length.
 */
export function measureRegexGrowth(track: (input: unknown) => void, skip: (ruleId: string, text: string) => boolean): RegexGrowth[] {
  const growth: RegexGrowth[] = [];
  for (const { name, piece } of HOSTILE_PIECES) {
    const off = rulesOff(name, skip);
    for (const channel of GROWTH_CHANNELS) {
      track({ text: name, channel });
      const short = workPerCharacter(fill(piece, SHORT), channel, off);
      const long = workPerCharacter(fill(piece, LONG), channel, off);
      const culprits = grows(short, long)
        ? rules
            .filter((rule) => !(rule.id in off) && rule.channels.includes(channel))
            .map((rule) => {
              const only = Object.fromEntries(
                rules.map((other) => [other.id, other.id === rule.id ? ('error' as const) : ('off' as const)]),
              );
              return {
                id: rule.id,
                short: workPerCharacter(fill(piece, SHORT), channel, only),
                long: workPerCharacter(fill(piece, LONG), channel, only),
              };
            })
            .filter((rule) => grows(rule.short, rule.long))
            .map((rule) => `${rule.id} (${rule.short.toFixed(0)} -> ${rule.long.toFixed(0)} per character)`)
        : [];
      growth.push({ text: name, channel, short, long, culprits });
    }
  }
  return growth;
}

/** True when the work per character at four times the length is clearly more than at the short length. */
export function grows(short: number, long: number): boolean {
  return long > short * 1.25 + 2;
}
