import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  checkMessage,
  isInvalidInputError,
  nextCallWindow,
  planFollowUp,
  renderScript,
  rules,
  type CallWindowInput,
  type CheckMessageInput,
  type InvalidInputError,
  type PlanFollowUpInput,
  type RenderScriptInput,
} from '../index.js';
// The one exception to importing only the public surface: `now` must be read back exactly as the
// library read it, and `new Date(text)` does not read every spelling the library accepts.
import { toDate } from '../internal/calendar-date.js';
import { dateInZone } from './calendar-days.js';
import { buildInput, COMMANDS, flagForField, flagsFor, INPUT_FLAGS, missingFlag, UsageError, type CommandName, type InputDraft } from './flags.js';
import { formatCheck } from './format-check.js';
import { formatPlan } from './format-plan.js';
import { formatRules } from './format-rules.js';
import { formatScript } from './format-script.js';
import { formatWindow, type WindowView } from './format-window.js';
import { commandHelp, programHelp } from './help.js';
import { paint, type Paint } from './paint.js';
import { escapeForTerminal, quoteForTerminal } from './terminal-text.js';

/**
 * Where the CLI writes and reads; injectable so tests need not spawn a process.
 *
 * @example
 * ```ts
 * let printed = '';
 * const io: CliIo = { stdout: (text) => (printed += text), stderr: () => {}, readStdin: async () => '', version: '1.0.0', colour: false };
 * await run(['--version'], io);
 * printed;
 * //=> '1.0.0\n'
 * ```
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** All of standard input as text. */
  readonly readStdin: () => Promise<string>;
  /** The package version, for `--version`. */
  readonly version: string;
  /** Whether to colour the output (a terminal without `NO_COLOR`). */
  readonly colour: boolean;
}

/** Exit codes, as documented in the help. */
const EXIT_DONE = 0;
const EXIT_CHECK_FOUND_ERROR = 1;
const EXIT_USAGE = 2;

const PROGRAM = 'interview-followup';

const GLOBAL_OPTIONS = {
  format: { type: 'string' },
  input: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Format = 'text' | 'json';

/** What a command prints and the exit code it asks for. */
interface Outcome {
  readonly output: string;
  readonly exitCode: number;
}

interface CommandContext {
  readonly command: CommandName;
  readonly draft: InputDraft;
  readonly format: Format;
  readonly paint: Paint;
  /** The check command's FILE argument, if given. */
  readonly file: string | undefined;
  /** Where `--input` came from, if given. */
  readonly inputSource: string | undefined;
  readonly io: CliIo;
}

function allOptions(): Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = { ...GLOBAL_OPTIONS };
  for (const flag of INPUT_FLAGS) {
    options[flag.name] = flag.value === undefined ? { type: 'boolean' } : { type: 'string', multiple: flag.repeatable === true };
  }
  return options;
}

// node:util's messages are long and mention internals; say the same in one short line.
function describeParseError(error: Error & { code?: string }): string {
  // The option is what the user typed, so it may hold anything; it is escaped like all user text.
  const option = escapeForTerminal(/'(-[^' ]*)/.exec(error.message)?.[1] ?? 'an option');
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (error.message.includes('does not take')) return `${option} takes no value`;
      if (error.message.includes('ambiguous')) return `${option} needs a value (write ${option}=-... for one that starts with "-")`;
      return `${option} needs a value`;
    default:
      return error.message.split('\n')[0] ?? 'the command line is not valid';
  }
}

function isCommand(name: string): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name);
}

/** A file operand or `--input` source as a message shows it: `-` as it is, a file name quoted. */
function describeSource(source: string): string {
  return source === '-' ? '-' : quoteForTerminal(source);
}

function describeReadError(error: unknown, what: string): string {
  const code = (error as { code?: unknown } | null)?.code;
  const reason =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'it is a directory'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : error instanceof Error
            ? error.message
            : String(error);
  return `cannot read ${what}: ${reason}`;
}

async function readText(source: string, io: CliIo): Promise<string> {
  try {
    const text = source === '-' ? await io.readStdin() : await readFile(source, 'utf8');
    // A byte-order mark is not part of the message; keeping it would shift every column by one.
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
  } catch (error) {
    throw new UsageError(describeReadError(error, source === '-' ? 'standard input' : quoteForTerminal(source)));
  }
}

async function readInputJson(source: string, io: CliIo): Promise<InputDraft> {
  const text = await readText(source, io);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // The engine's message quotes the text around the mistake, which may hold any character.
    const reason = escapeForTerminal(error instanceof Error ? error.message : String(error));
    throw new UsageError(`--input ${describeSource(source)} is not valid JSON (${reason})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError(`--input ${describeSource(source)} must hold a JSON object with the command's input fields`);
  }
  return value as InputDraft;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

// The interviewer's zone and today's date there, for the calendar. The library has already
// accepted the draft when this runs, so the zone and `now` are valid.
function windowView(draft: InputDraft, colours: Paint): WindowView {
  const timeZone = typeof draft.timeZone === 'string' ? draft.timeZone : 'UTC';
  const now = draft.now instanceof Date || typeof draft.now === 'string' ? toDate(draft.now) : new Date();
  return { timeZone, today: dateInZone(now, timeZone), paint: colours };
}

async function checkCommand(context: CommandContext): Promise<Outcome> {
  const { draft, io } = context;
  let fileName: string;
  if (context.file !== undefined) {
    draft.text = await readText(context.file, io);
    fileName = context.file === '-' ? '<stdin>' : context.file;
  } else if (typeof draft.text === 'string' && context.inputSource !== undefined) {
    fileName = context.inputSource === '-' ? '<stdin>' : context.inputSource;
  } else {
    if (context.inputSource === '-') {
      throw new UsageError('standard input already holds --input; give the message as FILE or as "text" in the JSON');
    }
    draft.text = await readText('-', io);
    fileName = '<stdin>';
  }
  const result = checkMessage(draft as CheckMessageInput);
  const output = context.format === 'json' ? json(result) : formatCheck(result, fileName, context.paint);
  return { output, exitCode: result.ok ? EXIT_DONE : EXIT_CHECK_FOUND_ERROR };
}

// The draft is untrusted data; each library function validates it and throws
// InvalidInputError for anything wrong, so these casts claim nothing that is not checked.
const COMMAND_RUNNERS: Record<CommandName, (context: CommandContext) => Outcome | Promise<Outcome>> = {
  window({ draft, format, paint: colours }) {
    const window = nextCallWindow(draft as CallWindowInput);
    return { output: format === 'json' ? json(window) : formatWindow(window, windowView(draft, colours)), exitCode: EXIT_DONE };
  },
  script({ draft, format, paint: colours }) {
    const script = renderScript(draft as RenderScriptInput);
    return { output: format === 'json' ? json(script) : formatScript(script, colours), exitCode: EXIT_DONE };
  },
  check: checkCommand,
  plan({ draft, format, paint: colours }) {
    const plan = planFollowUp(draft as PlanFollowUpInput);
    return { output: format === 'json' ? json(plan) : formatPlan(plan, windowView(draft, colours)), exitCode: EXIT_DONE };
  },
  rules({ format, paint: colours }) {
    return { output: format === 'json' ? json(rules) : formatRules(rules, colours), exitCode: EXIT_DONE };
  },
};

function describeInvalidInput(error: InvalidInputError, command: CommandName): string {
  const first = error.issues[0];
  const flag = first === undefined ? undefined : flagForField(command, first.path);
  return flag === undefined ? error.message : `${error.message} (--${flag})`;
}

/**
 * Runs the CLI with `argv` (without the node and script paths) and returns the exit code:
 * 0 done, 1 `check` found an error-severity diagnostic, 2 bad usage or bad input. Problems are
 * reported as one line on `io.stderr`, never as a stack trace.
 *
 * @example
 * ```ts
 * await run(['--version'], { stdout: console.log, stderr: console.error, readStdin: async () => '', version: '1.0.0', colour: false });
 * //=> 0
 * ```
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let command: CommandName | undefined;
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: [...argv], options: allOptions(), allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError(describeParseError(error as Error & { code?: string }));
    }
    const { values, positionals } = parsed;
    if (values.version === true) {
      io.stdout(`${io.version}\n`);
      return EXIT_DONE;
    }
    const [name, ...operands] = positionals;
    if (name === undefined) {
      if (values.help === true) {
        io.stdout(programHelp());
        return EXIT_DONE;
      }
      throw new UsageError(`missing command: one of ${COMMANDS.join(', ')} (see ${PROGRAM} --help)`);
    }
    if (!isCommand(name)) throw new UsageError(`unknown command ${quoteForTerminal(name)}: use one of ${COMMANDS.join(', ')}`);
    command = name;
    if (values.help === true) {
      io.stdout(commandHelp(command));
      return EXIT_DONE;
    }
    const accepted = new Set(['format', 'help', ...(command === 'rules' ? [] : ['input']), ...flagsFor(command).map((f) => f.name)]);
    for (const given of Object.keys(values)) {
      if (!accepted.has(given)) throw new UsageError(`--${given} does not apply to the ${command} command (see ${PROGRAM} ${command} --help)`);
    }
    const maxOperands = command === 'check' ? 1 : 0;
    if (operands.length > maxOperands) {
      throw new UsageError(
        maxOperands === 0
          ? `the ${command} command takes no arguments (got ${quoteForTerminal(operands.join(' '))})`
          : `the check command takes at most one FILE (got ${String(operands.length)})`,
      );
    }
    const format = typeof values.format === 'string' ? values.format : 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json (got ${quoteForTerminal(format)})`);
    const inputSource = typeof values.input === 'string' ? values.input : undefined;
    const base = inputSource === undefined ? {} : await readInputJson(inputSource, io);
    const draft = buildInput(command, values, base);
    const missing = missingFlag(command, draft);
    if (missing !== undefined) {
      throw new UsageError(`the ${command} command needs --${missing.name} (${missing.summary})`);
    }
    const outcome = await COMMAND_RUNNERS[command]({
      command,
      draft,
      format,
      paint: paint(io.colour && format === 'text'),
      file: operands[0],
      inputSource,
      io,
    });
    io.stdout(outcome.output);
    return outcome.exitCode;
  } catch (error) {
    // Every message is escaped once more as a whole: the library's messages name the fields the
    // user wrote (a key of the --input JSON may hold a line break), and one line must stay one line.
    if (error instanceof UsageError) {
      io.stderr(`${PROGRAM}: ${escapeForTerminal(error.message)}\n`);
    } else if (isInvalidInputError(error)) {
      io.stderr(`${PROGRAM}: ${escapeForTerminal(command === undefined ? error.message : describeInvalidInput(error, command))}\n`);
    } else {
      // A bug, not the user's mistake; still one line, so scripts can report it.
      const message = error instanceof Error ? error.message : String(error);
      io.stderr(`${PROGRAM}: unexpected error: ${escapeForTerminal(message.split('\n')[0] ?? '')}\n`);
    }
    return EXIT_USAGE;
  }
}
