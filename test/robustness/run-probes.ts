import { Worker } from 'node:worker_threads';
import type { ProbeFindings } from './isolated-probes.js';

let probing: Promise<ProbeFindings> | undefined;

/**
 * Runs isolated-probes.ts in a worker of its own, once, and resolves with what it found. The
 * probes change global state on purpose (the library's exported constants, zod's locale), so
 * they never run in the test's own thread.
 */
export function runIsolatedProbes(): Promise<ProbeFindings> {
  probing ??= new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
      workerData: { entry: new URL('./isolated-probes.ts', import.meta.url).href },
    });
    worker.once('message', (findings: ProbeFindings) => {
      void worker.terminate();
      resolve(findings);
    });
    worker.once('error', reject);
  });
  return probing;
}
