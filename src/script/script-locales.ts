import type { Locale } from '../schemas/types.js';
import type { ScriptLocale } from './locale.js';
import { enGBScriptLocale } from './locales/en-GB.js';
import { enUSScriptLocale } from './locales/en-US.js';

/**
 * The sentences of every supported locale, by locale tag. Typed against the locale enum, so a
 * tag added to `localeSchema` without its locale file does not compile.
 *
 * @example
 * ```ts
 * scriptLocales['en-GB'].gaps.emailAddress;
 * //=> '[your email address]'
 * ```
 */
export const scriptLocales: Readonly<Record<Locale, ScriptLocale>> = {
  'en-US': enUSScriptLocale,
  'en-GB': enGBScriptLocale,
};
