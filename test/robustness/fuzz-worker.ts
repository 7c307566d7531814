import { parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { preview } from './preview.js';
import { FUZZ_PROPERTIES, type FuzzTally } from './properties.js';
import { WORKER_TASKS } from './worker-tasks.js';

// The worker side of fuzz-host.ts: runs the fuzz property (or task) it is asked for and posts
// back the outcome. Before each input it bumps a counter and writes a preview of the input into shared
// memory, so the host can tell a slow run from a hang and name the input that hangs.

/** What the host asks for: a fuzz property (with runs and seed) or a task of worker-tasks.ts. */
export interface FuzzRequest {
  readonly name: string;
  readonly runs: number;
  readonly seed: number | undefined;
  readonly task?: true;
}

/** What the worker answers. */
export interface FuzzAnswer {
  readonly name: string;
  readonly failed: boolean;
  readonly report: string;
  readonly tally: FuzzTally;
  readonly runs: number;
  readonly seed: number;
  /** What a task returned. */
  readonly data?: unknown;
}

const MAX_REPORT = 12_000;
const { progress } = workerData as { progress: SharedArrayBuffer };
const counter = new Int32Array(progress, 0, 2);
const bytes = new Uint8Array(progress, 8);
const encoder = new TextEncoder();

function track(input: unknown): void {
  const written = encoder.encodeInto(preview(input), bytes);
  Atomics.store(counter, 1, written.written);
  Atomics.add(counter, 0, 1);
}

async function answer(request: FuzzRequest): Promise<FuzzAnswer> {
  if (request.task) {
    const task = WORKER_TASKS[request.name];
    if (!task) throw new Error(`no worker task named ${request.name} in worker-tasks.ts`);
    return { name: request.name, failed: false, report: '', tally: { results: 0, invalid: 0 }, runs: 0, seed: 0, data: await task(track) };
  }
  const build = FUZZ_PROPERTIES[request.name];
  if (!build) throw new Error(`no fuzz property named ${request.name} in properties.ts`);
  const tally: FuzzTally = { results: 0, invalid: 0 };
  const details = await fc.check(build(tally, track), {
    numRuns: request.runs,
    ...(request.seed === undefined ? {} : { seed: request.seed }),
  });
  let report = '';
  if (details.failed) {
    const cause = details.errorInstance instanceof Error ? details.errorInstance : undefined;
    report = [
      `${request.name} failed after ${String(details.numRuns)} runs (replay with FUZZ_SEED=${String(details.seed)}):`,
      cause ? cause.message : String(details.errorInstance),
      `input: ${details.counterexample ? preview(details.counterexample[0]) : '(none)'}`,
      cause?.cause instanceof Error ? `cause: ${cause.cause.stack ?? cause.cause.message}` : cause?.stack ?? '',
    ]
      .join('\n')
      .slice(0, MAX_REPORT);
  }
  return { name: request.name, failed: details.failed, report, tally, runs: details.numRuns, seed: details.seed };
}

parentPort?.on('message', (request: FuzzRequest) => {
  answer(request).then(
    (result) => parentPort?.postMessage(result),
    (error: unknown) => {
      const report = error instanceof Error ? error.stack ?? error.message : String(error);
      parentPort?.postMessage({ name: request.name, failed: true, report, tally: { results: 0, invalid: 0 }, runs: 0, seed: 0 });
    },
  );
});
