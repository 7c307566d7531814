/**
 * Colours for terminal output; each one returns its text unchanged when colour is off.
 *
 * @example
 * ```ts
 * const colours: Paint = paint(false);
 * colours.bold('Status');
 * //=> 'Status'
 * ```
 */
export interface Paint {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly green: (text: string) => string;
  readonly cyan: (text: string) => string;
  readonly underline: (text: string) => string;
}

function sgr(open: number, close: number): (text: string) => string {
  return (text) => `\u001b[${String(open)}m${text}\u001b[${String(close)}m`;
}

const plain = (text: string): string => text;

/**
 * The colours to use: ANSI escapes when `enabled`, plain text otherwise.
 *
 * @example
 * ```ts
 * paint(false).red('error');
 * //=> 'error'
 * paint(true).red('error');
 * //=> '\u001b[31merror\u001b[39m'
 * ```
 */
export function paint(enabled: boolean): Paint {
  if (!enabled) {
    return { bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain, underline: plain };
  }
  return {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    green: sgr(32, 39),
    cyan: sgr(36, 39),
    underline: sgr(4, 24),
  };
}

/**
 * Whether to colour output: only on a terminal, and never when `NO_COLOR` is set to a non-empty
 * value (https://no-color.org).
 *
 * @example
 * ```ts
 * wantsColour(true, { NO_COLOR: '1' });
 * //=> false
 * wantsColour(true, {});
 * //=> true
 * ```
 */
export function wantsColour(isTerminal: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  const noColor = env.NO_COLOR;
  return isTerminal === true && (noColor === undefined || noColor === '');
}
