import { run } from '../../src/cli/run.js';

/** What one run of the CLI printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in this process, as the binary would, with `stdin` as standard input. */
export async function runCli(argv: readonly string[], options: { stdin?: string; colour?: boolean } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: () => Promise.resolve(options.stdin ?? ''),
    version: '9.8.7',
    colour: options.colour ?? false,
  });
  return { code, stdout, stderr };
}
