import { InvalidInputError, type InputIssue } from '../errors.js';
import { parseInput } from '../internal/parse-input.js';
import { speakingSeconds } from '../internal/words.js';
import { checkMessageInputSchema, type CheckMessageInput } from '../schemas/check.js';
import type { CallWindow } from '../timing/types.js';
import { callWindowAt } from './call-timing.js';
import { LineIndex } from './position.js';
import { RULES, metaOf, ruleById, type RuleId } from './registry.js';
import type { ParsedCheckContext, RuleMeta, RuleSubject } from './rule.js';
import { buildTextModel } from './text-model.js';
import type { CheckResult, Diagnostic, Severity } from './types.js';

/**
 * Every rule of {@link checkMessage} with its metadata: id, default severity, description,
 * rationale, channels, whether it needs context, and a bad and a good example. Plain JSON data.
 *
 * @example
 * ```ts
 * rules.find((rule) => rule.id === 'questions-delay')?.severity;
 * //=> 'error'
 * ```
 */
export const rules: readonly RuleMeta<RuleId>[] = /* @__PURE__ */ Object.freeze(RULES.map(metaOf));

/**
 * Lints a planned follow-up message, and the plan around it, for the mistakes candidates make.
 *
 * Text rules read the message; context rules need facts from `context` and are skipped when
 * those facts are absent. Each diagnostic names its rule, says what is wrong and what to do
 * instead, and, when it is about particular words, points at them with UTF-16 offsets and a
 * 1-based line and column. `rules` sets a rule's severity or turns it `"off"`.
 *
 * @param input - The message (`text`), its `channel` (default `"email"`), optional `context` facts
 * for the context rules, and optional `rules` settings by rule id.
 * @throws {@link InvalidInputError} when the input does not match {@link checkMessageInputSchema},
 * or when `rules` names a rule that does not exist.
 * @example
 * ```ts
 * const result = checkMessage({ text: 'Have you made a decision yet?', channel: 'email' });
 * result.ok;
 * //=> false
 * result.diagnostics[0];
 * //=> { ruleId: 'asks-for-decision', severity: 'error', message: 'This asks outright for the hiring decision.', start: 0, end: 24, line: 1, column: 1, suggestion: 'Ask about the timeline or the next steps instead, e.g. "Could you share what the next steps look like?"' }
 * ```
 */
export function checkMessage(input: CheckMessageInput): CheckResult {
  return checkMessageWithWindowFrom(input, callWindowAt);
}

/**
 * Where {@link checkMessage} gets the call window at the planned time from its parsed context.
 * @internal
 */
export type CallWindowSource = (context: ParsedCheckContext | undefined) => CallWindow | undefined;

/**
 * {@link checkMessage}, with the call window taken from `windowSource` instead of worked out
 * afresh. planFollowUp checks two scripts in the same timing context and passes a source that
 * works the window out once for both; the window is asked for only when a timing rule runs.
 *
 * @param input - as for {@link checkMessage}
 * @param windowSource - gives the window at `context.plannedAt` for the parsed context
 * @example
 * ```ts
 * const context = { interviewAt: '2026-03-20', plannedAt: '2026-03-23T12:00:00Z', timeZone: 'Europe/London' };
 * checkMessageWithWindowFrom({ text: 'Hi Sam, thank you again.', context }, callWindowAt).diagnostics.some((d) => d.ruleId === 'too-early');
 * //=> true
 * ```
 * @internal
 */
export function checkMessageWithWindowFrom(input: CheckMessageInput, windowSource: CallWindowSource): CheckResult {
  const parsed = parseInput(checkMessageInputSchema, input);
  const settings = ruleSettings(parsed.rules);
  const channel = parsed.channel ?? 'email';
  const model = buildTextModel(parsed.text);
  let window: CallWindow | undefined;
  let windowWorkedOut = false;
  const subject: RuleSubject = {
    model,
    channel,
    context: parsed.context,
    callWindow: () => {
      if (!windowWorkedOut) {
        window = windowSource(parsed.context);
        windowWorkedOut = true;
      }
      return window;
    },
  };

  const pointed: Diagnostic[] = [];
  const whole: Diagnostic[] = [];
  let lines: LineIndex | undefined;
  for (const rule of RULES) {
    const severity = settings.get(rule.id) ?? rule.severity;
    if (severity === 'off' || !rule.channels.includes(channel)) continue;
    for (const finding of rule.check(subject)) {
      if (finding.start === undefined || finding.end === undefined) {
        whole.push({ ruleId: rule.id, severity, message: finding.message, suggestion: finding.suggestion });
        continue;
      }
      lines ??= new LineIndex(parsed.text);
      const { line, column } = lines.positionOf(finding.start);
      pointed.push({
        ruleId: rule.id,
        severity,
        message: finding.message,
        start: finding.start,
        end: finding.end,
        line,
        column,
        suggestion: finding.suggestion,
      });
    }
  }
  // Array.prototype.sort is stable, so findings at the same place keep the rules' order.
  pointed.sort((a, b) => (a.start ?? 0) - (b.start ?? 0) || (a.end ?? 0) - (b.end ?? 0));
  const diagnostics = whole.length === 0 ? pointed : pointed.concat(whole);
  const words = model.wordStarts.length;
  return {
    ok: !diagnostics.some((diagnostic) => diagnostic.severity === 'error'),
    diagnostics,
    stats: { words, estimatedSeconds: speakingSeconds(words) },
  };
}

const NO_SETTINGS: ReadonlyMap<string, Severity | 'off'> = new Map();

function ruleSettings(settings: Readonly<Record<string, Severity | 'off'>> | undefined): ReadonlyMap<string, Severity | 'off'> {
  if (settings === undefined) return NO_SETTINGS;
  const known = new Map<string, Severity | 'off'>();
  const unknown: InputIssue[] = [];
  for (const [id, setting] of Object.entries(settings)) {
    if (ruleById(id) === undefined) {
      unknown.push({ path: ['rules', id], message: 'is not a rule id (the exported `rules` list names every rule)' });
    } else {
      known.set(id, setting);
    }
  }
  if (unknown.length > 0) throw new InvalidInputError(unknown);
  return known;
}
