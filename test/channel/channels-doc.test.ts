import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_RULES, NO_CHANNEL_RULES } from '../../src/channel/channel-rules.js';
import { CHANNELS_DOC_PATH, renderChannelsDoc } from '../../scripts/channels-doc.js';

const committed = readFileSync(join(import.meta.dirname, '..', '..', CHANNELS_DOC_PATH), 'utf8');

describe('docs/channels.md', () => {
  it('is what the channel table renders (run `npm run docs:channels` after changing the table)', () => {
    expect(committed).toBe(renderChannelsDoc());
  });

  it.each([...CHANNEL_RULES.map((rule) => rule.reason.code), ...NO_CHANNEL_RULES.map((rule) => rule.reason.code)])(
    'documents the code %s',
    (code) => {
      expect(committed).toContain(`\`${code}\``);
    },
  );
});
