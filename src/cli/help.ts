import { COMMANDS, flagsFor, type CommandName, type FlagGroup } from './flags.js';

const PROGRAM = 'interview-followup';

const COMMAND_SUMMARIES: Record<CommandName, string> = {
  window: "when to make the follow-up call, in the interviewer's time zone",
  script: 'write a phone script, voicemail, email, handwritten note or LinkedIn message',
  check: 'check a message for the usual follow-up mistakes (reads FILE, or standard input)',
  plan: 'the whole follow-up: window, channel, script, fallback and check',
  rules: "list the checker's rules",
};

const COMMAND_USAGE: Record<CommandName, string> = {
  window: 'window --interview-at DATE [options]',
  script: 'script --kind KIND --name TEXT --role TEXT --interview-at DATE [options]',
  check: 'check [FILE|-] [options]',
  plan: 'plan --interview-at DATE --name TEXT --role TEXT [options]',
  rules: 'rules [--format text|json]',
};

const GROUP_TITLES: Record<FlagGroup, string> = {
  timing: 'Timing',
  policy: 'Policy',
  script: 'Script facts',
  channel: 'Channel facts',
  check: 'Message and context',
};

const GROUP_ORDER: readonly FlagGroup[] = ['script', 'timing', 'policy', 'channel', 'check'];

function table(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`).join('\n');
}

/**
 * The help for the whole program: the commands and the options they share.
 *
 * @example
 * ```ts
 * programHelp().split('\n')[0];
 * //=> 'Usage: interview-followup <command> [options]'
 * ```
 */
export function programHelp(): string {
  return `Usage: ${PROGRAM} <command> [options]

Time, write and check the follow-up after a job interview.

Commands:
${table(COMMANDS.map((command) => [command, COMMAND_SUMMARIES[command]]))}

Options:
${table([
  ['--format text|json', 'print text for people (default) or the JSON result'],
  ['--input FILE', 'read the input as JSON from FILE ("-" for standard input); flags override it'],
  ['-h, --help', 'show help; "<command> --help" lists the command\'s flags'],
  ['-v, --version', 'show the version'],
])}

Exit codes: 0 done, 1 check found an error, 2 bad usage or bad input.
`;
}

/**
 * The help for one command: its usage line and every flag it takes, grouped.
 *
 * @example
 * ```ts
 * commandHelp('rules').split('\n')[0];
 * //=> 'Usage: interview-followup rules [--format text|json]'
 * ```
 */
export function commandHelp(command: CommandName): string {
  const flags = flagsFor(command);
  const sections = GROUP_ORDER.flatMap((group) => {
    const rows = flags
      .filter((flag) => flag.group === group)
      .map((flag): [string, string] => [
        `--${flag.name}${flag.value === undefined ? '' : ` ${flag.value}`}`,
        `${flag.summary}${flag.requiredBy?.includes(command) === true ? ' (required)' : ''}`,
      ]);
    return rows.length === 0 ? [] : [`${GROUP_TITLES[group]}:\n${table(rows)}`];
  });
  const common: [string, string][] = [['--format text|json', 'print text for people (default) or the JSON result']];
  if (command !== 'rules') {
    common.push(['--input FILE', 'read the input as JSON from FILE ("-" for standard input); flags override it']);
  }
  common.push(['-h, --help', 'show this help']);
  sections.push(`Options:\n${table(common)}`);
  return `Usage: ${PROGRAM} ${COMMAND_USAGE[command]}\n\n${capitalise(COMMAND_SUMMARIES[command])}.\n\n${sections.join('\n\n')}\n`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
