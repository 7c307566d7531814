import type { CheckResult, Diagnostic, Severity } from '../index.js';
import type { Paint } from './paint.js';

function severityColour(severity: Severity, paint: Paint): (text: string) => string {
  if (severity === 'error') return paint.red;
  if (severity === 'warning') return paint.yellow;
  return paint.cyan;
}

function location(fileName: string, diagnostic: Diagnostic): string {
  if (diagnostic.line === undefined || diagnostic.column === undefined) return fileName;
  return `${fileName}:${String(diagnostic.line)}:${String(diagnostic.column)}`;
}

function count(n: number, noun: string): string {
  return `${String(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * A check result in the shape of ESLint's "stylish" output: one aligned line per diagnostic,
 * `file:line:column  severity  message  rule-id` (a finding about the whole message has no
 * line and column), its suggestion under it, then a summary with the word count.
 *
 * @example
 * ```ts
 * formatCheck({ ok: true, diagnostics: [], stats: { words: 42, estimatedSeconds: 16.8 } }, 'note.txt', paint(false));
 * //=> 'No problems in note.txt (42 words, about 17 seconds to say)\n'
 * ```
 */
export function formatCheck(result: CheckResult, fileName: string, paint: Paint): string {
  const stats = `${count(result.stats.words, 'word')}, about ${count(Math.round(result.stats.estimatedSeconds), 'second')} to say`;
  if (result.diagnostics.length === 0) return `${paint.green('No problems')} in ${fileName} (${stats})\n`;
  const rows = result.diagnostics.map((diagnostic) => ({
    diagnostic,
    where: location(fileName, diagnostic),
  }));
  const whereWidth = Math.max(...rows.map((row) => row.where.length));
  const severityWidth = Math.max(...rows.map((row) => row.diagnostic.severity.length));
  const messageWidth = Math.max(...rows.map((row) => row.diagnostic.message.length));
  const lines: string[] = [];
  for (const { diagnostic, where } of rows) {
    const severity = severityColour(diagnostic.severity, paint)(diagnostic.severity.padEnd(severityWidth));
    lines.push(
      `${paint.dim(where.padEnd(whereWidth))}  ${severity}  ${diagnostic.message.padEnd(messageWidth)}  ${paint.dim(diagnostic.ruleId)}`,
    );
    if (diagnostic.suggestion !== undefined) {
      lines.push(`${' '.repeat(whereWidth + severityWidth + 4)}${paint.dim(`hint: ${diagnostic.suggestion}`)}`);
    }
  }
  const bySeverity = (severity: Severity): number => result.diagnostics.filter((d) => d.severity === severity).length;
  const summary = `${count(result.diagnostics.length, 'problem')} (${count(bySeverity('error'), 'error')}, ${count(bySeverity('warning'), 'warning')}, ${String(bySeverity('info'))} info) in ${fileName}: ${stats}`;
  lines.push('', result.ok ? paint.yellow(summary) : paint.red(paint.bold(summary)));
  return `${lines.join('\n')}\n`;
}
