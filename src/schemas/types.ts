import type * as z from 'zod/mini';
import type { channelSchema, localeSchema, viaSchema } from './common.js';

/** A follow-up channel, which is also a kind of script. */
export type Channel = z.output<typeof channelSchema>;
/** A script locale. */
export type Locale = z.output<typeof localeSchema>;
/** Employer or agency. */
export type Via = z.output<typeof viaSchema>;
