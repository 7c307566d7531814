import { CHANNELS, type RuleMeta } from '../index.js';
import type { Paint } from './paint.js';

function channelsOf(rule: RuleMeta): string {
  return rule.channels.length === CHANNELS.length ? 'all' : rule.channels.join(', ');
}

function severityColour(rule: RuleMeta, paint: Paint): (text: string) => string {
  return rule.severity === 'error' ? paint.red : rule.severity === 'warning' ? paint.yellow : paint.cyan;
}

/**
 * The checker's rules as text: text rules first, then the context rules that need facts, each
 * with its id, default severity, channels and what it reports.
 *
 * @example
 * ```ts
 * formatRules(rules, paint(false)).split('\n')[0];
 * //=> 'Text rules (read the message):'
 * ```
 */
export function formatRules(rules: readonly RuleMeta[], paint: Paint): string {
  const idWidth = Math.max(...rules.map((rule) => rule.id.length));
  const channelWidth = Math.max(...rules.map((rule) => channelsOf(rule).length));
  const groups: [string, RuleMeta['needs']][] = [
    ['Text rules (read the message):', 'text'],
    ['Context rules (need facts such as --planned-at; skipped without them):', 'context'],
  ];
  const sections = groups.map(([title, needs]) => {
    const lines = [paint.bold(title)];
    for (const rule of rules.filter((r) => r.needs === needs)) {
      const severity = severityColour(rule, paint)(rule.severity.padEnd(7));
      lines.push(`  ${rule.id.padEnd(idWidth)}  ${severity}  ${channelsOf(rule).padEnd(channelWidth)}  ${rule.description}`);
    }
    return lines.join('\n');
  });
  return `${sections.join('\n\n')}\n\nChange a severity or turn a rule off with: check --rule RULE=off|info|warning|error\n`;
}
