// Runs the command lines of a runnable shell block with the CLI's `run` in this process, the way
// the installed binary would run them, and returns what they printed.
import { run } from '../../src/cli/run.js';

/** One command of a block: its arguments after the program name, and what it reads on stdin. */
export interface ShellCommand {
  readonly argv: readonly string[];
  readonly stdin: string;
}

const PROGRAM = 'interview-followup';

/**
 * Splits a block into shell words, line by line: blanks separate words, `'...'` is literal,
 * `"..."` allows `\"` and `\\`, a backslash before a line break joins the lines, and `#` at the
 * start of a word comments out the rest of the line. Enough shell for documentation, no more.
 */
export function shellLines(script: string): string[][] {
  const commands: string[][] = [];
  let words: string[] = [];
  let word: string | undefined;
  let i = 0;
  const endWord = (): void => {
    if (word !== undefined) words.push(word);
    word = undefined;
  };
  const endLine = (): void => {
    endWord();
    if (words.length > 0) commands.push(words);
    words = [];
  };
  while (i < script.length) {
    const char = script[i] ?? '';
    if (char === '\\' && script[i + 1] === '\n') {
      i += 2;
    } else if (char === '\n') {
      endLine();
      i++;
    } else if (char === ' ' || char === '\t') {
      endWord();
      i++;
    } else if (char === '#' && word === undefined) {
      while (i < script.length && script[i] !== '\n') i++;
    } else if (char === "'") {
      const close = script.indexOf("'", i + 1);
      if (close === -1) throw new Error('unclosed single quote');
      word = (word ?? '') + script.slice(i + 1, close);
      i = close + 1;
    } else if (char === '"') {
      let text = '';
      i++;
      while (i < script.length && script[i] !== '"') {
        if (script[i] === '\\' && (script[i + 1] === '"' || script[i + 1] === '\\')) i++;
        text += script[i] ?? '';
        i++;
      }
      if (i >= script.length) throw new Error('unclosed double quote');
      word = (word ?? '') + text;
      i++;
    } else {
      word = (word ?? '') + char;
      i++;
    }
  }
  endLine();
  return commands;
}

/** The CLI commands of a block; anything else in it is an error. */
export function shellCommands(script: string): ShellCommand[] {
  return shellLines(script).map((words) => {
    let rest = words;
    let stdin = '';
    if (rest[0] === 'echo' && rest[2] === '|') {
      stdin = `${rest[1] ?? ''}\n`;
      rest = rest.slice(3);
    }
    if (rest[0] === 'npx') rest = rest.slice(1);
    if (rest[0] !== PROGRAM) throw new Error(`not a command of ${PROGRAM}: ${words.join(' ')}`);
    return { argv: rest.slice(1), stdin };
  });
}

/** Runs the commands one after another; returns their standard output and error, interleaved. */
export async function runShellCommands(commands: readonly ShellCommand[]): Promise<string> {
  let printed = '';
  for (const command of commands) {
    await run(command.argv, {
      stdout: (text) => (printed += text),
      stderr: (text) => (printed += text),
      readStdin: () => Promise.resolve(command.stdin),
      version: '0.0.0',
      colour: false,
    });
  }
  return printed;
}
