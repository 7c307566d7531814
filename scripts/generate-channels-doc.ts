// Writes docs/channels.md from the channel decision table. Run with `npm run docs:channels`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CHANNELS_DOC_PATH, renderChannelsDoc } from './channels-doc.js';

const target = join(import.meta.dirname, '..', CHANNELS_DOC_PATH);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, renderChannelsDoc());
console.log(`wrote ${CHANNELS_DOC_PATH}`);
