import { checkMessage, nextCallWindow, planFollowUp, recommendChannel, renderScript, toICalendar } from '../../src/index.js';
import { publicHolidays } from '../../src/holidays.js';

/** The public functions the cases call, by name. */
const FUNCTIONS = { checkMessage, nextCallWindow, planFollowUp, recommendChannel, renderScript, toICalendar, publicHolidays } as const;

/** One way to get an input wrong, with the message a person then sees (InvalidInputError#message). */
export interface ErrorCase {
  /** What is wrong, in a few words; the row's label in docs/errors.md. */
  readonly what: string;
  /** The field as the message names it (`input` for the input as a whole). */
  readonly field: string;
  readonly fn: keyof typeof FUNCTIONS;
  /** The arguments; {@link REVOKED} stands for a revoked Proxy, made fresh for each call. */
  readonly args: readonly unknown[];
  readonly message: string;
}

/** Stands for a revoked Proxy in a case's arguments (a Proxy cannot be written as code). */
export const REVOKED = Symbol('a revoked Proxy');

/** Calls the case's function with its arguments. */
export function callCase(entry: ErrorCase): unknown {
  const args = entry.args.map((arg) => {
    if (arg !== REVOKED) return arg;
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  });
  return (FUNCTIONS[entry.fn] as (...rest: unknown[]) => unknown)(...args);
}

const IDENTIFIER = /^[a-z_$][\w$]*$/i;

/** A string as a single-quoted JavaScript literal, every character that is not plain printable ASCII escaped. */
function quoted(text: string): string {
  let out = "'";
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const char = text.charAt(i);
    if (char === "'" || char === '\\') out += `\\${char}`;
    else if (char === '\n') out += '\\n';
    else if (unit < 0x20 || unit > 0x7e) out += `\\u${unit.toString(16).toUpperCase().padStart(4, '0')}`;
    else out += char;
  }
  return `${out}'`;
}

/**
 * The case's arguments written as the JavaScript call docs/errors.md shows: long runs of one
 * character as `'x'.repeat(n)`, long arrays of one value as `Array(n).fill(value)`.
 *
 * @example
 * ```ts
 * callAsCode({ what: '', field: 'role', fn: 'renderScript', args: [{ role: 'x'.repeat(201) }], message: '' });
 * //=> "renderScript({ role: 'x'.repeat(201) })"
 * ```
 */
export function callAsCode(entry: ErrorCase): string {
  return `${entry.fn}(${entry.args.map(asCode).join(', ')})`;
}

function asCode(value: unknown): string {
  if (value === REVOKED) return 'revokedProxy';
  if (typeof value === 'string') {
    const first = value.charAt(0);
    return value.length > 40 && value === first.repeat(value.length) ? `${quoted(first)}.repeat(${String(value.length)})` : quoted(value);
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "new Date('not a date')" : `new Date(${quoted(value.toISOString())})`;
  if (Array.isArray(value)) {
    const [first] = value as unknown[];
    if (value.length > 5 && value.every((item) => JSON.stringify(item) === JSON.stringify(first)))
      return `Array(${String(value.length)}).fill(${asCode(first)})`;
    return `[${value.map(asCode).join(', ')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const fields = Object.entries(value).filter(([, item]) => item !== undefined);
    if (fields.length === 0) return '{}';
    return `{ ${fields.map(([key, item]) => `${IDENTIFIER.test(key) ? key : quoted(key)}: ${asCode(item)}`).join(', ')} }`;
  }
  return String(value);
}

const interview = { interviewAt: '2026-03-20' } as const;
const script = { kind: 'email', candidate: { name: 'Ana Silva' }, role: 'Data Analyst', interviewedOn: '2026-03-20' } as const;
const slot = { start: '2026-03-27T09:00:00+00:00', end: '2026-03-27T10:00:00+00:00', part: 'start-of-day' } as const;
const stored = { slots: [], nextSlot: slot };

/**
 * Every case docs/errors.md lists, in its order. error-messages.test.ts checks each call and
 * message against the library and against the page.
 */
export const ERROR_CASES: readonly ErrorCase[] = [
  // The input as a whole
  { what: 'not an object', field: 'input', fn: 'nextCallWindow', args: [null], message: 'input must be an object (got null)' },
  {
    what: 'an object that cannot be read (a revoked Proxy)',
    field: 'input',
    fn: 'nextCallWindow',
    args: [REVOKED],
    message: 'input could not be read as plain data',
  },
  {
    what: 'a field the function does not know',
    field: 'timezone',
    fn: 'nextCallWindow',
    args: [{ ...interview, timezone: 'UTC' }],
    message: 'timezone is not a known field; did you mean "timeZone"?',
  },
  {
    what: 'a field like none the function knows',
    field: 'mood',
    fn: 'nextCallWindow',
    args: [{ ...interview, mood: 'calm' }],
    message: 'mood is not a known field',
  },
  {
    what: 'several problems at once',
    field: 'candidate',
    fn: 'renderScript',
    args: [{ kind: 'email', interviewedOn: '2026-03-20' }],
    message: 'candidate is required (and 1 more)',
  },
  // Required fields and types
  {
    what: 'the date of the interview left out',
    field: 'interviewAt',
    fn: 'nextCallWindow',
    args: [{ timeZone: 'Europe/London' }],
    message: 'interviewAt is required',
  },
  {
    what: 'an instruction without its type',
    field: 'instruction.type',
    fn: 'recommendChannel',
    args: [{ instruction: { channel: 'email' } }],
    message: 'instruction.type is required',
  },
  {
    what: 'a required field left out',
    field: 'role',
    fn: 'renderScript',
    args: [{ kind: 'email', candidate: { name: 'Ana Silva' }, interviewedOn: '2026-03-20' }],
    message: 'role is required',
  },
  {
    what: 'a choice among fixed values left out',
    field: 'kind',
    fn: 'renderScript',
    args: [{ candidate: { name: 'Ana Silva' }, role: 'Data Analyst', interviewedOn: '2026-03-20' }],
    message: 'kind is required',
  },
  { what: 'text expected', field: 'role', fn: 'renderScript', args: [{ ...script, role: 42 }], message: 'role must be a string (got 42)' },
  {
    what: 'a number expected',
    field: 'policy.slotMinutes',
    fn: 'nextCallWindow',
    args: [{ ...interview, policy: { slotMinutes: '60' } }],
    message: 'policy.slotMinutes must be a number (got "60")',
  },
  {
    what: 'true or false expected',
    field: 'comfortableOnPhone',
    fn: 'recommendChannel',
    args: [{ comfortableOnPhone: 'yes' }],
    message: 'comfortableOnPhone must be true or false (got "yes")',
  },
  {
    what: 'an object expected',
    field: 'workingHours',
    fn: 'nextCallWindow',
    args: [{ ...interview, workingHours: '09:00-17:00' }],
    message: 'workingHours must be an object (got "09:00-17:00")',
  },
  {
    what: 'a list expected',
    field: 'workDays',
    fn: 'nextCallWindow',
    args: [{ ...interview, workDays: 'Mon-Fri' }],
    message: 'workDays must be an array (got "Mon-Fri")',
  },
  // Fixed sets of values
  {
    what: 'a value outside the set',
    field: 'via',
    fn: 'nextCallWindow',
    args: [{ ...interview, via: 'friend' }],
    message: 'via must be one of "employer", "agency" (got "friend")',
  },
  {
    what: 'an unknown kind of script',
    field: 'kind',
    fn: 'renderScript',
    args: [{ ...script, kind: 'fax' }],
    message: 'kind must be one of "phone", "voicemail", "email", "handwritten-note", "linkedin" (got "fax")',
  },
  {
    what: 'an unknown locale',
    field: 'locale',
    fn: 'renderScript',
    args: [{ ...script, locale: 'fr-FR' }],
    message: 'locale must be one of "en-US", "en-GB" (got "fr-FR")',
  },
  {
    what: 'an unknown instruction',
    field: 'instruction.type',
    fn: 'nextCallWindow',
    args: [{ ...interview, instruction: { type: 'call-me' } }],
    message: 'instruction.type must be one of "call-on", "not-before", "no-calls", "use-channel" (got "call-me")',
  },
  {
    what: 'an unknown call outcome',
    field: 'previousCalls[0].outcome',
    fn: 'nextCallWindow',
    args: [{ ...interview, previousCalls: [{ at: '2026-03-22T09:00:00Z', outcome: 'hung-up' }] }],
    message: 'previousCalls[0].outcome must be one of "spoke", "voicemail", "no-answer" (got "hung-up")',
  },
  // Dates, instants and zones
  {
    what: 'a day that does not exist',
    field: 'holidays[0]',
    fn: 'nextCallWindow',
    args: [{ ...interview, holidays: ['2026-02-30'] }],
    message: 'holidays[0] must be a real calendar date written YYYY-MM-DD, such as "2026-03-20"',
  },
  {
    what: 'a date in another format',
    field: 'interviewAt',
    fn: 'nextCallWindow',
    args: [{ ...interview, interviewAt: '20/03/2026' }],
    message:
      'interviewAt must be a date ("2026-03-20"), an ISO 8601 date-time with Z or an offset ("2026-03-20T10:00:00Z"), or a valid Date',
  },
  {
    what: 'an invalid Date object',
    field: 'interviewAt',
    fn: 'nextCallWindow',
    args: [{ ...interview, interviewAt: new Date('not a date') }],
    message:
      'interviewAt must be a date ("2026-03-20"), an ISO 8601 date-time with Z or an offset ("2026-03-20T10:00:00Z"), or a valid Date',
  },
  {
    what: 'a time without Z or an offset',
    field: 'now',
    fn: 'nextCallWindow',
    args: [{ ...interview, now: '2026-03-23T12:00:00' }],
    message: 'now must be an ISO 8601 date-time with Z or an offset, such as "2026-03-20T10:00:00Z"',
  },
  {
    what: 'a call window past the year 9999',
    field: 'interviewAt',
    fn: 'nextCallWindow',
    args: [{ ...interview, interviewAt: '9999-12-25' }],
    message: 'interviewAt must keep the call window within the years 0001 to 9999',
  },
  {
    what: "a plan whose moment is already the year 10000 on the interviewer's clock",
    field: 'now',
    fn: 'planFollowUp',
    args: [{ ...interview, timeZone: 'Asia/Tokyo', now: '9999-12-31T20:00:00Z', candidate: { name: 'Ana Silva' }, role: 'Data Analyst' }],
    message: "now must be within the years 0001 to 9999 on the interviewer's clock in Asia/Tokyo (there it is 10000-01-01T05:00:00+09:00)",
  },
  {
    what: 'an unknown time zone',
    field: 'timeZone',
    fn: 'nextCallWindow',
    args: [{ ...interview, timeZone: 'Mars/Olympus' }],
    message: 'timeZone must be an IANA time zone such as "Europe/London" or "America/New_York"',
  },
  {
    what: 'a region code in lower case',
    field: 'region',
    fn: 'nextCallWindow',
    args: [{ ...interview, region: 'gb' }],
    message: 'region must be an ISO 3166-1 region code such as "GB"',
  },
  // Working hours and the work week
  {
    what: 'a clock time without two digits',
    field: 'workingHours.start',
    fn: 'nextCallWindow',
    args: [{ ...interview, workingHours: { start: '9:00', end: '17:00' } }],
    message: 'workingHours.start must be a time written HH:mm, from 00:00 to 23:59',
  },
  {
    what: 'an end that is not after the start',
    field: 'workingHours.end',
    fn: 'nextCallWindow',
    args: [{ ...interview, workingHours: { start: '09:00', end: '08:30' } }],
    message: 'workingHours.end must be later than workingHours.start (09:00)',
  },
  {
    what: 'no working day',
    field: 'workDays',
    fn: 'nextCallWindow',
    args: [{ ...interview, workDays: [] }],
    message: 'workDays must list at least one working day',
  },
  {
    what: 'a weekday twice',
    field: 'workDays',
    fn: 'nextCallWindow',
    args: [{ ...interview, workDays: [1, 2, 2] }],
    message: 'workDays must list each weekday at most once',
  },
  {
    what: 'a weekday that is not 1 to 7',
    field: 'workDays[1]',
    fn: 'nextCallWindow',
    args: [{ ...interview, workDays: [1, 8] }],
    message: 'workDays[1] must be an ISO weekday from 1 (Monday) to 7 (Sunday)',
  },
  {
    what: 'too many holidays',
    field: 'holidays',
    fn: 'nextCallWindow',
    args: [{ ...interview, holidays: Array.from({ length: 3661 }, () => '2026-12-25') }],
    message: 'holidays must list at most 3660 dates',
  },
  {
    what: 'too many earlier calls',
    field: 'previousCalls',
    fn: 'nextCallWindow',
    args: [{ ...interview, previousCalls: Array.from({ length: 101 }, () => ({ at: '2026-03-22T09:00:00Z', outcome: 'no-answer' })) }],
    message: 'previousCalls must list at most 100 calls',
  },
  {
    what: 'an earlier call dated after now',
    field: 'previousCalls[0].at',
    fn: 'nextCallWindow',
    args: [{ ...interview, now: '2026-03-21T12:00:00Z', previousCalls: [{ at: '2026-03-30T09:00:00Z', outcome: 'no-answer' }] }],
    message: 'previousCalls[0].at must not be after now (2026-03-21T12:00:00Z)',
  },
  {
    what: 'an earlier call in the future, without now',
    field: 'previousCalls[0].at',
    fn: 'nextCallWindow',
    args: [{ ...interview, previousCalls: [{ at: '9999-01-01T09:00:00Z', outcome: 'spoke' }] }],
    message: 'previousCalls[0].at must not be after now (the current time, as now is not given)',
  },
  {
    what: 'a plan with an earlier call after plannedAt',
    field: 'previousCalls[0].at',
    fn: 'planFollowUp',
    args: [
      {
        ...interview,
        candidate: { name: 'Ana Silva' },
        role: 'Data Analyst',
        now: '2026-04-01T12:00:00Z',
        plannedAt: '2026-03-28T10:00:00Z',
        previousCalls: [{ at: '2026-03-30T09:00:00Z', outcome: 'no-answer' }],
      },
    ],
    message: 'previousCalls[0].at must not be after plannedAt (2026-03-28T10:00:00Z)',
  },
  // Policy numbers
  {
    what: 'a day count out of range',
    field: 'policy.earliestDays',
    fn: 'nextCallWindow',
    args: [{ ...interview, policy: { earliestDays: 400 } }],
    message: 'policy.earliestDays must be a whole number of days from 0 to 366',
  },
  {
    what: 'a window that ends before it starts',
    field: 'policy.latestDays',
    fn: 'nextCallWindow',
    args: [{ ...interview, policy: { earliestDays: 10, latestDays: 5 } }],
    message: 'policy.latestDays must leave latestDays (5) at or after earliestDays (10)',
  },
  {
    what: 'an agency window that ends before it starts',
    field: 'policy.agencyEarliestDays',
    fn: 'nextCallWindow',
    args: [{ ...interview, policy: { agencyEarliestDays: 9 } }],
    message: 'policy.agencyEarliestDays must leave agencyLatestDays (7) at or after agencyEarliestDays (9)',
  },
  {
    what: 'a slot length out of range',
    field: 'policy.slotMinutes',
    fn: 'nextCallWindow',
    args: [{ ...interview, policy: { slotMinutes: 2 } }],
    message: 'policy.slotMinutes must be a whole number of minutes from 5 to 720',
  },
  // People's text
  {
    what: 'empty or blank text',
    field: 'candidate.name',
    fn: 'renderScript',
    args: [{ ...script, candidate: { name: '   ' } }],
    message: 'candidate.name must not be empty',
  },
  {
    what: 'text over 200 characters',
    field: 'company',
    fn: 'renderScript',
    args: [{ ...script, company: 'x'.repeat(201) }],
    message: 'company must have at most 200 characters',
  },
  {
    what: 'a line break or tab in a name',
    field: 'candidate.name',
    fn: 'renderScript',
    args: [{ ...script, candidate: { name: 'Ana\nSilva' } }],
    message: 'candidate.name must not contain control characters such as line breaks or tabs',
  },
  {
    what: 'a broken surrogate pair',
    field: 'topic',
    fn: 'renderScript',
    args: [{ ...script, topic: 'the \uD83D roadmap' }],
    message: 'topic must be well-formed text (it contains a broken surrogate pair)',
  },
  {
    what: 'a variant that is not a whole number',
    field: 'variant',
    fn: 'renderScript',
    args: [{ ...script, variant: 1.5 }],
    message: 'variant must be a whole number from 0 upwards',
  },
  {
    what: 'a contact detail that is neither text nor true/false',
    field: 'contacts.email',
    fn: 'recommendChannel',
    args: [{ contacts: { email: 42 } }],
    message: 'contacts.email must be true, false, or the contact detail as text',
  },
  {
    what: 'a plan without the role',
    field: 'role',
    fn: 'planFollowUp',
    args: [{ ...interview, candidate: { name: 'Ana Silva' } }],
    message: 'role is required',
  },
  // Checking a message
  {
    what: 'a message over a million characters',
    field: 'text',
    fn: 'checkMessage',
    args: [{ text: 'x'.repeat(1_000_001) }],
    message: 'text must have at most 1,000,000 characters',
  },
  {
    what: 'an unknown rule id',
    field: 'rules.pushyy',
    fn: 'checkMessage',
    args: [{ text: 'Hi', rules: { pushyy: 'off' } }],
    message: 'rules.pushyy is not a rule id (the exported `rules` list names every rule)',
  },
  {
    what: 'an unknown severity',
    field: 'rules.pushy',
    fn: 'checkMessage',
    args: [{ text: 'Hi', rules: { pushy: 'loud' } }],
    message: 'rules.pushy must be one of "off", "info", "warning", "error" (got "loud")',
  },
  {
    what: 'an unknown recipient',
    field: 'context.recipient',
    fn: 'checkMessage',
    args: [{ text: 'Hi', context: { recipient: 'switchboard' } }],
    message: 'context.recipient must be one of "direct", "general-line" (got "switchboard")',
  },
  {
    what: 'a context whose call window runs past 9999',
    field: 'context.interviewAt',
    fn: 'checkMessage',
    args: [{ text: 'Hi', context: { interviewAt: '9999-12-25', plannedAt: '9999-12-26T10:00:00Z' } }],
    message: 'context.interviewAt must keep the call window within the years 0001 to 9999',
  },
  {
    what: 'a context with an earlier call after plannedAt',
    field: 'context.previousCalls[0].at',
    fn: 'checkMessage',
    args: [{ text: 'Hi', context: { plannedAt: '2026-03-28T10:00:00Z', previousCalls: [{ at: '2026-03-30T09:00:00Z', outcome: 'voicemail' }] } }],
    message: 'context.previousCalls[0].at must not be after plannedAt (2026-03-28T10:00:00Z)',
  },
  // Calendar export
  { what: 'a window without slots', field: 'slots', fn: 'toICalendar', args: [{ nextSlot: null }], message: 'slots is required' },
  {
    what: 'a slot time without an offset',
    field: 'nextSlot.start',
    fn: 'toICalendar',
    args: [{ slots: [], nextSlot: { ...slot, start: '2026-03-27T09:00:00' } }],
    message: 'nextSlot.start must be an ISO 8601 date-time with Z or an offset, such as "2026-03-20T10:00:00Z"',
  },
  {
    what: 'a slot that ends when it starts',
    field: 'nextSlot.end',
    fn: 'toICalendar',
    args: [{ slots: [], nextSlot: { ...slot, end: slot.start } }],
    message: 'nextSlot.end must be at least a second later than start (2026-03-27T09:00:00+00:00)',
  },
  { what: 'an empty summary', field: 'summary', fn: 'toICalendar', args: [stored, { summary: ' ' }], message: 'summary must not be empty' },
  {
    what: 'a reminder more than a week ahead',
    field: 'alarmMinutesBefore',
    fn: 'toICalendar',
    args: [stored, { alarmMinutesBefore: 20_000 }],
    message: 'alarmMinutesBefore must be a whole number of minutes from 0 to 10080 (a week)',
  },
  {
    what: 'neither "next" nor "all" slots',
    field: 'slots',
    fn: 'toICalendar',
    args: [stored, { slots: 'every' }],
    message: 'slots must be one of "next", "all" (got "every")',
  },
  // Public holidays
  {
    what: 'a country code in lower case',
    field: 'country',
    fn: 'publicHolidays',
    args: [{ country: 'gb', from: '2026-01-01', to: '2026-12-31' }],
    message: 'country must be an ISO 3166-1 country code such as "GB"',
  },
  {
    what: 'a country the data does not know',
    field: 'country',
    fn: 'publicHolidays',
    args: [{ country: 'ZZ', from: '2026-01-01', to: '2026-12-31' }],
    message: 'country is not a country the holiday data knows (got "ZZ")',
  },
  {
    what: 'a region the data does not know',
    field: 'region',
    fn: 'publicHolidays',
    args: [{ country: 'GB', region: 'XYZ', from: '2026-01-01', to: '2026-12-31' }],
    message: 'region is not a region of GB the holiday data knows (got "XYZ")',
  },
  {
    what: 'a year the holiday data does not cover',
    field: 'from',
    fn: 'publicHolidays',
    args: [{ country: 'GB', from: '1969-12-01', to: '1970-01-31' }],
    message: 'from must be in the years 1970 to 2076 (those the holiday data covers)',
  },
  {
    what: 'a range that runs backwards',
    field: 'to',
    fn: 'publicHolidays',
    args: [{ country: 'GB', from: '2026-12-31', to: '2026-01-01' }],
    message: 'to must not be before from (2026-12-31)',
  },
  {
    what: 'a range of ten years or more',
    field: 'to',
    fn: 'publicHolidays',
    args: [{ country: 'GB', from: '2020-01-01', to: '2030-12-31' }],
    message: 'to must be less than 3660 days after from (2020-01-01)',
  },
];
