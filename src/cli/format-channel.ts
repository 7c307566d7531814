import type { ChannelAdvice } from '../index.js';
import type { Paint } from './paint.js';

/**
 * Channel advice as text: the channel to use and its fallback, then every channel ranked with
 * whether it suits and why.
 *
 * @example
 * ```ts
 * formatChannel(recommendChannel({ contacts: { directPhone: true } }), paint(false)).split('\n')[0];
 * //=> 'Use        phone; if that fails: voicemail'
 * ```
 */
export function formatChannel(advice: ChannelAdvice, paint: Paint): string {
  const use =
    advice.primary === null
      ? paint.red('no channel suits; see the reasons below')
      : `${paint.green(advice.primary)}${advice.fallback === null ? '' : `; if that fails: ${advice.fallback}`}`;
  const lines = [`${paint.bold('Use'.padEnd(11))}${use}`, ''];
  const width = Math.max(...advice.ranked.map((ranked) => ranked.channel.length));
  advice.ranked.forEach((ranked, index) => {
    const verdict = ranked.suitable ? paint.green('suitable  ') : paint.dim('unsuitable');
    const [first, ...rest] = ranked.reasons;
    lines.push(`  ${String(index + 1)}. ${ranked.channel.padEnd(width)}  ${verdict}  ${first?.message ?? ''}`);
    for (const reason of rest) lines.push(`${' '.repeat(width + 19)}${reason.message}`);
  });
  return `${lines.join('\n')}\n`;
}
