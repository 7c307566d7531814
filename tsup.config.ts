import { defineConfig } from 'tsup';

// Four outputs, each shaped for who loads it:
// - ESM for bundlers, one file per source module (not bundled): a bundler then drops whole
//   modules an app does not use (package.json says "sideEffects": false). From a single bundled
//   file it would keep every top-level schema and table, because it cannot prove a call such as
//   z.strictObject() free of side effects.
// - ESM for Node (the "node" export condition), bundled into one file per entry with a shared
//   chunk, zod included: Node pays for every module file it loads, and zod/mini's entry alone
//   loads 93 of them (64 are locales this package never uses), about three quarters of the old
//   cold start (docs/benchmarks.md). The copy of zod inside is the version this package was built
//   and tested with; zod 4 keeps its registry and config on globalThis and checks `instanceof` by
//   traits, so the exported schemas work with the app's own zod (test/package checks this).
// - CommonJS, bundled the same way, for require() in Node.
// - Type declarations, bundled per entry, for all three. They import zod's types from the `zod`
//   dependency, which the bundler build above also imports at run time.
const LIBRARY_ENTRIES = { index: 'src/index.ts', holidays: 'src/holidays.ts' };

// Bundled into the Node builds and the CLI; left to the app's bundler in the per-module build.
const BUNDLED_INTO_NODE_BUILDS = [/^zod(?:\/|$)/];

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
    noExternal: BUNDLED_INTO_NODE_BUILDS,
  },
  {
    entry: LIBRARY_ENTRIES,
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    treeshake: true,
    target: 'es2022',
    outDir: 'dist',
    noExternal: BUNDLED_INTO_NODE_BUILDS,
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
    noExternal: BUNDLED_INTO_NODE_BUILDS,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
