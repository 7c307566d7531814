// Scores checkMessage against the labelled corpus in test/corpus/messages.jsonl: per-rule
// precision, recall and F1 for the text rules, and the share of clean messages that get any
// warning or error. `npm run eval` prints the table and exits with 1 when a target is missed;
// test/corpus/eval.test.ts asserts the same targets in CI.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkMessage, rules, type Channel, type RuleId } from '../src/index.js';

/** One labelled message of the corpus. */
export interface CorpusMessage {
  readonly id: string;
  readonly channel: Channel;
  readonly text: string;
  /** Every rule that should report a warning or an error on it; empty for a clean message. */
  readonly expect: readonly RuleId[];
  readonly note?: string;
}

/** The scores of one rule. */
export interface RuleScore {
  readonly ruleId: RuleId;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** The result of a run over the corpus. */
export interface Evaluation {
  readonly messages: number;
  readonly scores: readonly RuleScore[];
  readonly cleanMessages: number;
  readonly cleanFalseAlarms: readonly string[];
  readonly cleanFalseAlarmShare: number;
  /** Every disagreement, for debugging: message id, the rules expected and the rules found. */
  readonly misses: readonly { id: string; expected: readonly string[]; found: readonly string[] }[];
}

/** The targets from the issue: every text rule at precision 0.95 and recall 0.90, clean alarms at most 2%. */
export const TARGETS = { precision: 0.95, recall: 0.9, cleanFalseAlarmShare: 0.02 } as const;

const corpusPath = fileURLToPath(new URL('../test/corpus/messages.jsonl', import.meta.url));

/** Reads the corpus file. */
export function readCorpus(path = corpusPath): CorpusMessage[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusMessage);
}

/** Runs checkMessage over every message and scores each text rule. */
export function evaluate(corpus: readonly CorpusMessage[]): Evaluation {
  const textRules = rules.filter((rule) => rule.needs === 'text').map((rule) => rule.id);
  const counts = new Map(textRules.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const cleanFalseAlarms: string[] = [];
  const misses: { id: string; expected: readonly string[]; found: readonly string[] }[] = [];
  let cleanMessages = 0;
  for (const message of corpus) {
    const result = checkMessage({ text: message.text, channel: message.channel });
    const found = new Set<string>(
      result.diagnostics.filter((d) => d.severity === 'warning' || d.severity === 'error').map((d) => d.ruleId),
    );
    const expected = new Set<string>(message.expect);
    for (const id of textRules) {
      const count = counts.get(id);
      if (count === undefined) continue;
      if (expected.has(id) && found.has(id)) count.tp++;
      else if (found.has(id)) count.fp++;
      else if (expected.has(id)) count.fn++;
    }
    if (message.expect.length === 0) {
      cleanMessages++;
      if (found.size > 0) cleanFalseAlarms.push(message.id);
    }
    if ([...expected].sort().join() !== [...found].sort().join()) {
      misses.push({ id: message.id, expected: [...expected].sort(), found: [...found].sort() });
    }
  }
  const scores = textRules.map((ruleId): RuleScore => {
    const { tp, fp, fn } = counts.get(ruleId) ?? { tp: 0, fp: 0, fn: 0 };
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { ruleId, truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
  });
  return {
    messages: corpus.length,
    scores,
    cleanMessages,
    cleanFalseAlarms,
    cleanFalseAlarmShare: cleanMessages === 0 ? 0 : cleanFalseAlarms.length / cleanMessages,
    misses,
  };
}

/** The targets an evaluation misses, in words; empty when all are met. */
export function missedTargets(evaluation: Evaluation): string[] {
  const missed: string[] = [];
  for (const score of evaluation.scores) {
    if (score.precision < TARGETS.precision) missed.push(`${score.ruleId}: precision ${score.precision.toFixed(3)} < ${String(TARGETS.precision)}`);
    if (score.recall < TARGETS.recall) missed.push(`${score.ruleId}: recall ${score.recall.toFixed(3)} < ${String(TARGETS.recall)}`);
  }
  if (evaluation.cleanFalseAlarmShare > TARGETS.cleanFalseAlarmShare) {
    missed.push(`clean false alarms ${(evaluation.cleanFalseAlarmShare * 100).toFixed(1)}% > ${String(TARGETS.cleanFalseAlarmShare * 100)}%`);
  }
  return missed;
}

function printReport(evaluation: Evaluation, verbose: boolean): void {
  const rows = evaluation.scores.map((s) => [
    s.ruleId,
    String(s.truePositives),
    String(s.falsePositives),
    String(s.falseNegatives),
    s.precision.toFixed(3),
    s.recall.toFixed(3),
    s.f1.toFixed(3),
  ]);
  const header = ['rule', 'tp', 'fp', 'fn', 'precision', 'recall', 'f1'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  console.log(`${String(evaluation.messages)} messages, ${String(evaluation.cleanMessages)} clean\n`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log(
    `\nclean messages with a warning or error: ${String(evaluation.cleanFalseAlarms.length)} of ${String(evaluation.cleanMessages)} (${(evaluation.cleanFalseAlarmShare * 100).toFixed(1)}%)`,
  );
  if (verbose) {
    for (const miss of evaluation.misses) {
      console.log(`  ${miss.id}: expected [${miss.expected.join(', ')}], found [${miss.found.join(', ')}]`);
    }
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const evaluation = evaluate(readCorpus());
  printReport(evaluation, process.argv.includes('--verbose'));
  const missed = missedTargets(evaluation);
  if (missed.length > 0) {
    console.error(`\nTargets missed:\n  ${missed.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nAll targets met.');
  }
}
