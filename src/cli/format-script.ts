import type { Channel, Script } from '../index.js';
import type { Paint } from './paint.js';

const KIND_TITLES: Record<Channel, string> = {
  phone: 'Phone script',
  voicemail: 'Voicemail',
  email: 'Email',
  'handwritten-note': 'Handwritten note',
  linkedin: 'LinkedIn message',
};

const BRANCH_WIDTH = 76;

/**
 * Wraps `text` at word boundaries to lines of at most `width` characters (a longer word keeps a
 * line of its own), each starting with `indent`. Line breaks in `text` are kept.
 *
 * @example
 * ```ts
 * wrapIndented('Sorry to catch you at a busy moment.', 20, '    ');
 * //=> '    Sorry to catch\n    you at a busy\n    moment.'
 * ```
 */
export function wrapIndented(text: string, width: number, indent: string): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ').filter((w) => w !== '')) {
      if (line !== '' && indent.length + line.length + 1 + word.length > width) {
        out.push(indent + line);
        line = word;
      } else {
        line = line === '' ? word : `${line} ${word}`;
      }
    }
    out.push(line === '' ? '' : indent + line);
  }
  return out.join('\n');
}

function seconds(count: number): string {
  return `about ${String(Math.round(count))} second${Math.round(count) === 1 ? '' : 's'}`;
}

/**
 * A script as text: a heading with its length, the subject (emails), the text as written, the
 * branches of a phone script indented under when each applies, and the gaps left to fill.
 *
 * @example
 * ```ts
 * formatScript(renderScript({ kind: 'email', candidate: { name: 'Ana Silva' }, role: 'Data Analyst', interviewedOn: '2026-03-20' }), paint(false)).startsWith('Email (en-US)');
 * //=> true
 * ```
 */
export function formatScript(script: Script, paint: Paint): string {
  const lines = [
    `${paint.bold(`${KIND_TITLES[script.kind]} (${script.locale})`)} ${paint.dim(`${String(script.wordCount)} words, ${seconds(script.estimatedSeconds)} to say`)}`,
    '',
  ];
  if (script.subject !== undefined) lines.push(`${paint.bold('Subject:')} ${script.subject}`, '');
  lines.push(script.text);
  for (const branch of script.branches ?? []) {
    // `when` is a sentence; it reads as a heading once its full stop gives way to a colon.
    const heading = `${branch.when.replace(/[.!?]$/, '')}:`;
    lines.push('', `  ${paint.cyan(heading)}`, wrapIndented(branch.text, BRANCH_WIDTH, '    '));
  }
  if (script.placeholders.length > 0) {
    lines.push('', `${paint.yellow('Fill in before use:')} ${script.placeholders.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
