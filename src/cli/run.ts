import { parseArgs } from 'node:util';
import { InvalidInputError, isInvalidInputError } from '../index.js';

/** Where the CLI writes and reads; injectable so tests need not spawn a process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Promise<string>;
  readonly version: string;
}

const HELP = `Usage: interview-followup <command> [options]

Commands:
  window   when to make the follow-up call
  script   write a phone script, voicemail, email, note or LinkedIn message
  check    lint a message for follow-up mistakes (reads FILE, or standard input)
  plan     all of the above in one go
  rules    list the checker's rules

Options:
  --format text|json   output format (default text)
  --help               show this help
  --version            show the version
`;

/**
 * Runs the CLI with `argv` (without the node and script paths) and returns the exit code:
 * 0 done, 1 `check` found an error, 2 bad usage or bad input.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: false,
      options: { help: { type: 'boolean' }, version: { type: 'boolean' } },
    });
    if (values.version === true) {
      io.stdout(`${io.version}\n`);
      return 0;
    }
    if (values.help === true || positionals.length === 0) {
      io.stdout(HELP);
      return positionals.length === 0 && values.help !== true ? 2 : 0;
    }
    await Promise.resolve();
    io.stderr(`interview-followup: the "${String(positionals[0])}" command is not implemented yet\n`);
    return 2;
  } catch (error) {
    if (isInvalidInputError(error) || error instanceof InvalidInputError) {
      io.stderr(`interview-followup: ${error.message}\n`);
      return 2;
    }
    io.stderr(`interview-followup: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
