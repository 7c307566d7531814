import { describe, expectTypeOf, it } from 'vitest';
import { recommendChannel } from '../../src/index.js';
import type { Channel, ChannelAdvice, Contacts, RecommendChannelInput, Reason } from '../../src/index.js';

describe('recommendChannel types', () => {
  it('takes contact points as booleans or the detail as text', () => {
    expectTypeOf<{ directPhone: true; email: 'sam@example.com' }>().toExtend<Contacts>();
    expectTypeOf<{ directPhone: 42 }>().not.toExtend<Contacts>();
    expectTypeOf<{ instruction: { type: 'use-channel'; channel: 'email' } }>().toExtend<RecommendChannelInput>();
    expectTypeOf<{ instruction: { type: 'use-channel'; channel: 'fax' } }>().not.toExtend<RecommendChannelInput>();
  });

  it('returns a channel or null, with reasons', () => {
    expectTypeOf(recommendChannel).returns.toEqualTypeOf<ChannelAdvice>();
    expectTypeOf<ChannelAdvice['primary']>().toEqualTypeOf<Channel | null>();
    expectTypeOf<ChannelAdvice['fallback']>().toEqualTypeOf<Channel | null>();
    expectTypeOf<ChannelAdvice['reasons']>().toEqualTypeOf<readonly Reason[]>();
  });
});
