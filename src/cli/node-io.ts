import { readFileSync } from 'node:fs';
import { wantsColour } from './paint.js';
import type { CliIo } from './run.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  // Decoding once at the end keeps a character split across two chunks whole.
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The real process's streams, version and colour choice, for the `interview-followup` binary.
 * The version is read from the package.json beside `dist/`.
 *
 * @example
 * ```ts
 * process.exitCode = await run(process.argv.slice(2), nodeIo());
 * ```
 */
export function nodeIo(): CliIo {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  // A reader that closed the pipe early (`| head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin,
    version,
    colour: wantsColour(process.stdout.isTTY, process.env),
  };
}
