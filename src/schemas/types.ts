import type * as z from 'zod/mini';
import type { channelSchema, localeSchema, viaSchema } from './common.js';

/**
 * A follow-up channel, which is also a kind of script: one of {@link CHANNELS}.
 *
 * @example
 * ```ts
 * const channel: Channel = 'handwritten-note';
 * CHANNELS.includes(channel);
 * //=> true
 * ```
 */
export type Channel = z.output<typeof channelSchema>;
/**
 * A script locale: `"en-US"` (the default) or `"en-GB"`.
 *
 * @example
 * ```ts
 * const locale: Locale = 'en-GB';
 * renderScript({ kind: 'email', locale, candidate: { name: 'Ana Silva', email: 'ana@example.com' }, role: 'Data Analyst', interviewedOn: '2026-03-20' }).locale;
 * //=> 'en-GB'
 * ```
 */
export type Locale = z.output<typeof localeSchema>;
/**
 * Whether the candidate applied to the employer directly (`"employer"`, the default) or through
 * a labour recruitment agency (`"agency"`).
 *
 * @example
 * ```ts
 * const via: Via = 'agency';
 * nextCallWindow({ interviewAt: '2026-03-20', via, now: '2026-03-20T18:00:00Z' }).opensAt;
 * //=> '2026-03-23T09:00:00+00:00'
 * ```
 */
export type Via = z.output<typeof viaSchema>;
