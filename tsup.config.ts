import { defineConfig } from 'tsup';

// Four outputs, each shaped for who loads it:
// - ESM for bundlers, one file per source module (not bundled): a bundler then drops whole
//   modules an app does not use (package.json says "sideEffects": false). From a single bundled
//   file it would keep every top-level schema and table, because it cannot prove a call such as
//   z.strictObject() free of side effects.
// - ESM for Node (the "node" export condition), bundled into one file per entry with a shared
//   chunk: Node pays for every module file it loads, so one file starts faster (cold start in
//   docs/benchmarks.md).
// - CommonJS, bundled the same way, for require() in Node.
// - Type declarations, bundled per entry, for all three.
const LIBRARY_ENTRIES = { index: 'src/index.ts', holidays: 'src/holidays.ts' };

export default defineConfig([
  {
    entry: ['src/**/*.ts', '!src/cli/**'],
    format: ['esm'],
    bundle: false,
    sourcemap: true,
    target: 'es2022',
    outDir: 'dist',
  },
  {
    entry: LIBRARY_ENTRIES,
    format: ['esm'],
    splitting: true,
    sourcemap: true,
    treeshake: true,
    target: 'es2022',
    outDir: 'dist/node',
  },
  {
    entry: LIBRARY_ENTRIES,
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    treeshake: true,
    target: 'es2022',
    outDir: 'dist',
  },
  {
    entry: LIBRARY_ENTRIES,
    format: ['esm'],
    dts: { only: true },
    outDir: 'dist',
  },
  {
    // The CLI is Node-only; it imports the library through the public surface.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    outDir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
