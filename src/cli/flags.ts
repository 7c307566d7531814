import { CHANNELS, localeSchema, ruleSettingSchema, viaSchema } from '../index.js';
import { quoteForTerminal } from './terminal-text.js';

/**
 * The CLI's commands, in the order the help lists them.
 *
 * @example
 * ```ts
 * COMMANDS.includes('plan');
 * //=> true
 * ```
 */
export const COMMANDS = ['window', 'script', 'check', 'plan', 'rules'] as const;

/**
 * One of {@link COMMANDS}.
 *
 * @example
 * ```ts
 * const command: CommandName = 'window';
 * ```
 */
export type CommandName = (typeof COMMANDS)[number];

/**
 * A library input under construction: the `--input` JSON with the flags written over it. It is
 * deliberately untyped; the library validates it and reports every problem as an
 * InvalidInputError.
 *
 * @example
 * ```ts
 * const draft: InputDraft = { interviewAt: '2026-03-20', timeZone: 'Europe/London' };
 * ```
 */
export type InputDraft = Record<string, unknown>;

/**
 * A mistake on the command line itself (an unknown flag, a value in the wrong shape). The CLI
 * prints its message on one line and exits with 2.
 *
 * @example
 * ```ts
 * new UsageError('unknown command "windw"').name;
 * //=> 'UsageError'
 * ```
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * The headings under which a command's help lists its flags.
 *
 * @example
 * ```ts
 * const group: FlagGroup = 'timing';
 * ```
 */
export type FlagGroup = 'timing' | 'policy' | 'script' | 'channel' | 'check';

/**
 * One command-line flag and where its value goes in each command's input.
 *
 * @example
 * ```ts
 * const region: FlagSpec = {
 *   name: 'region',
 *   value: 'CODE',
 *   group: 'timing',
 *   summary: "the interviewer's country",
 *   fields: { window: ['region'], check: ['context', 'region'] },
 * };
 * ```
 */
export interface FlagSpec {
  /** The flag without its dashes, the kebab-case name of the input field. */
  readonly name: string;
  /** The value's placeholder in the help; absent for a switch that takes no value. */
  readonly value?: string;
  /** Whether the flag may be given more than once. */
  readonly repeatable?: true;
  readonly group: FlagGroup;
  /** One line for the help. */
  readonly summary: string;
  /** The field path in each command's input; a command that is not listed does not take the flag. */
  readonly fields: Partial<Record<CommandName, readonly (string | number)[]>>;
  /** The commands whose input cannot do without this flag (or the same field in `--input`). */
  readonly requiredBy?: readonly CommandName[];
  /** Turns each text given into the field's value. Default: the text itself. */
  readonly read?: (text: string, flag: string) => unknown;
  /** Combines the values of a repeatable flag. Default: an array of them. */
  readonly combine?: (values: unknown[]) => unknown;
}

function readYesNo(text: string, flag: string): boolean {
  const lower = text.toLowerCase();
  if (lower === 'yes' || lower === 'true') return true;
  if (lower === 'no' || lower === 'false') return false;
  throw new UsageError(`--${flag} takes yes or no (got ${quoteForTerminal(text)})`);
}

const WHOLE_NUMBER = /^-?\d+$/;

// A number when the text is one; otherwise the text itself, so the library names the field and
// says what it should be, just as it does for a JSON input.
function readNumber(text: string): number | string {
  return WHOLE_NUMBER.test(text.trim()) ? Number(text.trim()) : text;
}

function readList(text: string): string[] {
  return text.split(',').map((item) => item.trim());
}

function readWorkingHours(text: string, flag: string): { start: string; end: string } {
  const parts = text.split('-').map((part) => part.trim());
  if (parts.length !== 2) throw new UsageError(`--${flag} must be two times such as 09:00-17:00 (got ${quoteForTerminal(text)})`);
  return { start: parts[0] ?? '', end: parts[1] ?? '' };
}

function readPreviousCall(text: string, flag: string): { at: string; outcome: string } {
  const comma = text.lastIndexOf(',');
  if (comma < 0) {
    throw new UsageError(`--${flag} must be WHEN,OUTCOME such as 2026-03-30T09:10:00+01:00,no-answer (got ${quoteForTerminal(text)})`);
  }
  return { at: text.slice(0, comma).trim(), outcome: text.slice(comma + 1).trim() };
}

function readRuleSetting(text: string, flag: string): [string, string] {
  const equals = text.indexOf('=');
  if (equals <= 0) throw new UsageError(`--${flag} must be RULE=SEVERITY such as pushy=error (got ${quoteForTerminal(text)})`);
  return [text.slice(0, equals).trim(), text.slice(equals + 1).trim()];
}

// A contact point is `true` when the candidate has it, or the detail itself.
function readContactPoint(text: string): boolean | string {
  const lower = text.toLowerCase();
  if (lower === 'yes' || lower === 'true') return true;
  if (lower === 'no' || lower === 'false') return false;
  return text;
}

const context = (field: string): readonly string[] => ['context', field];

// Fields that nextCallWindow, planFollowUp and checkMessage's context share.
function timingField(field: string): FlagSpec['fields'] {
  return { window: [field], plan: [field], check: context(field) };
}

function policyField(field: string): FlagSpec['fields'] {
  return { window: ['policy', field], plan: ['policy', field], check: ['context', 'policy', field] };
}

function scriptField(...path: string[]): FlagSpec['fields'] {
  return { script: path, plan: path };
}

const channelList = CHANNELS.join('|');

/**
 * Every flag that feeds a library input, in the order the help lists them.
 *
 * @example
 * ```ts
 * INPUT_FLAGS.find((flag) => flag.name === 'time-zone')?.fields.check;
 * //=> [ 'context', 'timeZone' ]
 * ```
 */
export const INPUT_FLAGS: readonly FlagSpec[] = [
  {
    name: 'interview-at',
    value: 'DATE',
    group: 'timing',
    summary: 'when the interview was: 2026-03-20 or 2026-03-20T10:00:00+01:00',
    fields: { window: ['interviewAt'], plan: ['interviewAt'], script: ['interviewedOn'], check: context('interviewAt') },
    requiredBy: ['window', 'plan', 'script'],
  },
  {
    name: 'time-zone',
    value: 'ZONE',
    group: 'timing',
    summary: "the interviewer's IANA time zone, such as Europe/London (default UTC)",
    fields: { window: ['timeZone'], plan: ['timeZone'], script: ['timeZone'], check: context('timeZone') },
  },
  {
    name: 'now',
    value: 'WHEN',
    group: 'timing',
    summary: 'the current time as an ISO 8601 date-time (default: the clock)',
    fields: { window: ['now'], plan: ['now'] },
  },
  {
    name: 'planned-at',
    value: 'WHEN',
    group: 'check',
    summary: 'when you mean to send the message or make the call',
    fields: { check: context('plannedAt'), plan: ['plannedAt'] },
  },
  {
    name: 'via',
    value: viaSchema.options.join('|'),
    group: 'timing',
    summary: 'whether you applied to the employer or through a recruitment agency',
    fields: { window: ['via'], plan: ['via'], script: ['via'], check: context('via') },
  },
  {
    name: 'working-hours',
    value: 'HH:mm-HH:mm',
    group: 'timing',
    summary: "the interviewer's working hours (default 09:00-17:00)",
    fields: timingField('workingHours'),
    read: readWorkingHours,
  },
  {
    name: 'work-days',
    value: 'DAYS',
    group: 'timing',
    summary: 'ISO weekdays of the work week, 1=Mon..7=Sun (default 1,2,3,4,5)',
    fields: timingField('workDays'),
    read: (text) => readList(text).map(readNumber),
  },
  {
    name: 'region',
    value: 'CODE',
    group: 'timing',
    summary: "the interviewer's country, such as GB, for its usual work week",
    fields: timingField('region'),
  },
  {
    name: 'holidays',
    value: 'DATES',
    group: 'timing',
    summary: 'days with no calls, such as 2026-04-03,2026-04-06',
    fields: timingField('holidays'),
    read: readList,
  },
  {
    name: 'call-on',
    value: 'DATE',
    group: 'timing',
    summary: 'the employer asked you to call on this date',
    fields: timingField('instruction'),
    read: (date) => ({ type: 'call-on', date }),
  },
  {
    name: 'not-before',
    value: 'DATE',
    group: 'timing',
    summary: 'the employer asked you not to call before this date',
    fields: timingField('instruction'),
    read: (date) => ({ type: 'not-before', date }),
  },
  {
    name: 'no-calls',
    group: 'timing',
    summary: 'the employer asked you not to call',
    fields: timingField('instruction'),
    read: () => ({ type: 'no-calls' }),
  },
  {
    name: 'use-channel',
    value: 'CHANNEL',
    group: 'timing',
    summary: `the employer asked you to follow up this way (${channelList})`,
    fields: timingField('instruction'),
    read: (channel) => ({ type: 'use-channel', channel }),
  },
  {
    name: 'previous-call',
    value: 'WHEN,OUTCOME',
    repeatable: true,
    group: 'timing',
    summary: 'a follow-up call already made; OUTCOME is spoke, voicemail or no-answer (repeatable)',
    fields: timingField('previousCalls'),
    read: readPreviousCall,
  },
  {
    name: 'earliest-days',
    value: 'N',
    group: 'policy',
    summary: 'days after the interview when the window opens (default 7)',
    fields: policyField('earliestDays'),
    read: readNumber,
  },
  {
    name: 'latest-days',
    value: 'N',
    group: 'policy',
    summary: 'days after the interview when the window closes (default 14)',
    fields: policyField('latestDays'),
    read: readNumber,
  },
  {
    name: 'agency-earliest-days',
    value: 'N',
    group: 'policy',
    summary: 'the same through an agency (default 2)',
    fields: policyField('agencyEarliestDays'),
    read: readNumber,
  },
  {
    name: 'agency-latest-days',
    value: 'N',
    group: 'policy',
    summary: 'the same through an agency (default 7)',
    fields: policyField('agencyLatestDays'),
    read: readNumber,
  },
  {
    name: 'slot-minutes',
    value: 'N',
    group: 'policy',
    summary: 'length of the slot at each end of the working day (default 60)',
    fields: policyField('slotMinutes'),
    read: readNumber,
  },
  {
    name: 'kind',
    value: channelList,
    group: 'script',
    summary: 'which script to write',
    fields: { script: ['kind'] },
    requiredBy: ['script'],
  },
  {
    name: 'name',
    value: 'TEXT',
    group: 'script',
    summary: 'your name',
    fields: scriptField('candidate', 'name'),
    requiredBy: ['script', 'plan'],
  },
  {
    name: 'phone',
    value: 'TEXT',
    group: 'script',
    summary: 'your phone number, for the script to give',
    fields: scriptField('candidate', 'phone'),
  },
  {
    name: 'email',
    value: 'TEXT',
    group: 'script',
    summary: 'your email address, for the script to give',
    fields: scriptField('candidate', 'email'),
  },
  {
    name: 'role',
    value: 'TEXT',
    group: 'script',
    summary: 'the role you interviewed for',
    fields: scriptField('role'),
    requiredBy: ['script', 'plan'],
  },
  {
    name: 'interviewed-on',
    value: 'DATE',
    group: 'script',
    summary: 'the interview date the script mentions (default --interview-at)',
    fields: scriptField('interviewedOn'),
  },
  {
    name: 'company',
    value: 'TEXT',
    group: 'script',
    summary: 'the employer',
    fields: scriptField('company'),
  },
  {
    name: 'interviewer-name',
    value: 'TEXT',
    group: 'script',
    summary: "the interviewer's name (through an agency: the recruiter's)",
    fields: scriptField('interviewer', 'name'),
  },
  {
    name: 'interviewer-title',
    value: 'TEXT',
    group: 'script',
    summary: "the interviewer's job title",
    fields: scriptField('interviewer', 'title'),
  },
  {
    name: 'topic',
    value: 'TEXT',
    group: 'script',
    summary: 'one thing from the interview you appreciated',
    fields: scriptField('topic'),
  },
  {
    name: 'locale',
    value: localeSchema.options.join('|'),
    group: 'script',
    summary: 'the English the script is written in (default en-US)',
    fields: scriptField('locale'),
  },
  {
    name: 'variant',
    value: 'N',
    group: 'script',
    summary: 'picks another phrasing; the same number gives the same text',
    fields: scriptField('variant'),
    read: readNumber,
  },
  {
    name: 'comfortable-on-phone',
    value: 'yes|no',
    group: 'channel',
    summary: 'whether you are at ease calling the hiring manager (default yes)',
    fields: { plan: ['comfortableOnPhone'] },
    read: readYesNo,
  },
  {
    name: 'direct-phone',
    value: 'NUMBER|yes',
    group: 'channel',
    summary: "the interviewer's own phone line",
    fields: { plan: ['contacts', 'directPhone'] },
    read: readContactPoint,
  },
  {
    name: 'general-phone',
    value: 'NUMBER|yes',
    group: 'channel',
    summary: "the company's general number",
    fields: { plan: ['contacts', 'generalPhone'] },
    read: readContactPoint,
  },
  {
    name: 'contact-email',
    value: 'ADDRESS|yes',
    group: 'channel',
    summary: "the interviewer's email address",
    fields: { plan: ['contacts', 'email'] },
    read: readContactPoint,
  },
  {
    name: 'postal-address',
    value: 'TEXT|yes',
    group: 'channel',
    summary: 'a postal address for a handwritten note',
    fields: { plan: ['contacts', 'postalAddress'] },
    read: readContactPoint,
  },
  {
    name: 'linkedin-prior-work-messages',
    value: 'yes|no',
    group: 'channel',
    summary: 'you are connected on LinkedIn; yes if you exchanged work messages there',
    fields: { plan: ['contacts', 'linkedin', 'priorWorkMessages'] },
    read: readYesNo,
  },
  {
    name: 'channel',
    value: channelList,
    group: 'check',
    summary: 'the channel the message is for (default email)',
    fields: { check: ['channel'] },
  },
  {
    name: 'recipient',
    value: 'direct|general-line',
    group: 'check',
    summary: "whether the call reaches the interviewer's own line or a general number",
    fields: { check: context('recipient') },
  },
  {
    name: 'prior-platform-contact',
    value: 'yes|no',
    group: 'check',
    summary: 'whether you exchanged work messages with the reader on LinkedIn before',
    fields: { check: context('priorPlatformContact') },
    read: readYesNo,
  },
  {
    name: 'intent',
    value: 'pursue|decline',
    group: 'check',
    summary: 'whether you want the job or mean to turn it down',
    fields: { check: context('intent') },
  },
  {
    name: 'rule',
    value: `RULE=${ruleSettingSchema.options.join('|')}`,
    repeatable: true,
    group: 'check',
    summary: "change a rule's severity or turn it off (repeatable)",
    fields: { check: ['rules'] },
    read: readRuleSetting,
    combine: (pairs) => Object.fromEntries(pairs as [string, string][]),
  },
];

/**
 * The flags a command takes, in help order.
 *
 * @example
 * ```ts
 * flagsFor('rules').length;
 * //=> 0
 * ```
 */
export function flagsFor(command: CommandName): FlagSpec[] {
  return INPUT_FLAGS.filter((flag) => flag.fields[command] !== undefined);
}

function setField(draft: InputDraft, path: readonly (string | number)[], value: unknown): void {
  let target: Record<string | number, unknown> = draft;
  for (const key of path.slice(0, -1)) {
    const next = target[key];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) target[key] = {};
    target = target[key] as Record<string | number, unknown>;
  }
  const last = path.at(-1);
  if (last !== undefined) target[last] = value;
}

/**
 * Writes the flags given on the command line over `base` (the `--input` JSON, or `{}`) and
 * returns the command's input. `base` is not changed.
 *
 * @throws {@link UsageError} when a flag's value has the wrong shape, or two flags set the same field.
 * @example
 * ```ts
 * buildInput('script', { name: 'Ana Silva', 'interview-at': '2026-03-20' }, {});
 * //=> { interviewedOn: '2026-03-20', candidate: { name: 'Ana Silva' } }
 * ```
 */
export function buildInput(
  command: CommandName,
  values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>,
  base: InputDraft,
): InputDraft {
  const draft = structuredClone(base);
  const setBy = new Map<string, string>();
  for (const flag of flagsFor(command)) {
    const given = values[flag.name];
    const path = flag.fields[command];
    if (given === undefined || path === undefined) continue;
    const key = path.join('.');
    const earlier = setBy.get(key);
    if (earlier !== undefined) throw new UsageError(`--${earlier} and --${flag.name} cannot be used together`);
    setBy.set(key, flag.name);
    const read = flag.read ?? ((text: string) => text);
    const texts = (Array.isArray(given) ? given : [given]).map(String);
    const value = flag.repeatable
      ? (flag.combine ?? ((all: unknown[]) => all))(texts.map((text) => read(text, flag.name)))
      : read(texts.at(-1) ?? '', flag.name);
    setField(draft, path, value);
  }
  return draft;
}

function hasField(draft: InputDraft, path: readonly (string | number)[]): boolean {
  let current: unknown = draft;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return false;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current !== undefined;
}

/**
 * The first flag that `command` cannot do without and that neither the flags nor the `--input`
 * JSON gave, or `undefined` when none is missing.
 *
 * @example
 * ```ts
 * missingFlag('script', { kind: 'email', candidate: { name: 'Ana Silva' }, role: 'Data Analyst' })?.name;
 * //=> 'interview-at'
 * ```
 */
export function missingFlag(command: CommandName, draft: InputDraft): FlagSpec | undefined {
  return flagsFor(command).find((flag) => {
    const path = flag.fields[command];
    return flag.requiredBy?.includes(command) === true && path !== undefined && !hasField(draft, path);
  });
}

/**
 * The flag that sets the field at `path` in a command's input, for error messages that point
 * at the command line.
 *
 * @example
 * ```ts
 * flagForField('plan', ['candidate', 'name']);
 * //=> 'name'
 * flagForField('window', ['workingHours', 'end']);
 * //=> 'working-hours'
 * ```
 */
export function flagForField(command: CommandName, path: readonly (string | number)[]): string | undefined {
  let best: FlagSpec | undefined;
  let bestLength = 0;
  for (const flag of flagsFor(command)) {
    const fieldPath = flag.fields[command] ?? [];
    const isPrefix = fieldPath.length <= path.length && fieldPath.every((key, i) => key === path[i]);
    // The instruction flags share one field; naming one of them would mislead.
    if (isPrefix && fieldPath.length > bestLength && !fieldPath.includes('instruction')) {
      best = flag;
      bestLength = fieldPath.length;
    }
  }
  return best?.name;
}
