import type { Channel } from '../schemas/types.js';
import type { Reason } from '../timing/types.js';

/**
 * One channel, judged.
 *
 * @example
 * ```ts
 * const [best]: readonly RankedChannel[] = recommendChannel({ contacts: { directPhone: true } }).ranked;
 * [best?.channel, best?.suitable, best?.reasons[0]?.code];
 * //=> [ 'phone', true, 'phone-default' ]
 * ```
 */
export interface RankedChannel {
  readonly channel: Channel;
  /** Whether this channel fits the situation at all. */
  readonly suitable: boolean;
  /** Why; at least one reason per channel. The first is the one that decided `suitable`. */
  readonly reasons: readonly Reason[];
}

/**
 * The result of {@link recommendChannel}. Plain JSON data.
 *
 * @example
 * ```ts
 * const advice: ChannelAdvice = recommendChannel({ contacts: { directPhone: true, email: true } });
 * [advice.primary, advice.fallback];
 * //=> [ 'phone', 'voicemail' ]
 * ```
 */
export interface ChannelAdvice {
  /** The best channel, or `null` when none is suitable (the reasons say why). */
  readonly primary: Channel | null;
  /** All five channels, suitable ones first, each group in the order of good practice. */
  readonly ranked: readonly RankedChannel[];
  /** What to use if the primary fails (a voicemail after an unanswered call), or `null`. */
  readonly fallback: Channel | null;
  /**
   * Why `primary` is what it is: the primary channel's own reasons, or, when no channel fits,
   * one reason saying why and what to find out first (e.g. `no-suitable-channel`).
   */
  readonly reasons: readonly Reason[];
}
