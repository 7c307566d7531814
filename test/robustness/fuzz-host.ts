import { Worker } from 'node:worker_threads';
import type { FuzzAnswer, FuzzRequest } from './fuzz-worker.js';

/** How long a worker may go without starting a new input before it is called hung. */
export const HANG_MS = 20_000;

const PROGRESS_BYTES = 8 + 16_384;

/**
 * Runs fuzz properties in one worker thread, one at a time. A property that stops making
 * progress for {@link HANG_MS} (one input that never returns) is reported with the input it was
 * on, and the worker is replaced, so one hang fails one test, not the whole run.
 */
export class FuzzWorker {
  #worker: Worker | undefined;
  readonly #progress = new SharedArrayBuffer(PROGRESS_BYTES);

  #start(): Worker {
    this.#worker ??= new Worker(new URL('./worker-boot.mjs', import.meta.url), {
      workerData: { entry: new URL('./fuzz-worker.ts', import.meta.url).href, progress: this.#progress },
    });
    return this.#worker;
  }

  /** The preview of the input the worker started last. */
  #lastInput(): string {
    const counter = new Int32Array(this.#progress, 0, 2);
    const length = Atomics.load(counter, 1);
    return new TextDecoder().decode(new Uint8Array(this.#progress, 8, length).slice());
  }

  /** Runs the property `name` for `runs` runs (or replays `seed`) and returns the worker's answer. */
  check(name: string, runs: number, seed?: number): Promise<FuzzAnswer> {
    return this.#ask({ name, runs, seed });
  }

  /** Runs the task `name` of worker-tasks.ts and returns what it returned. */
  async run(name: string): Promise<unknown> {
    const answer = await this.#ask({ name, runs: 0, seed: undefined, task: true });
    return answer.data;
  }

  #ask(request: FuzzRequest): Promise<FuzzAnswer> {
    const { name } = request;
    const worker = this.#start();
    const counter = new Int32Array(this.#progress, 0, 2);
    return new Promise<FuzzAnswer>((resolve, reject) => {
      let seen = Atomics.load(counter, 0);
      let quietSince = Date.now();
      const watch = setInterval(() => {
        const now = Atomics.load(counter, 0);
        if (now !== seen) {
          seen = now;
          quietSince = Date.now();
        } else if (Date.now() - quietSince > HANG_MS) {
          finish();
          const input = this.#lastInput();
          void this.close();
          reject(new Error(`${name}: no progress for ${String(HANG_MS / 1000)} s, a call never returned. Its input: ${input}`));
        }
      }, 500);
      const onMessage = (answer: FuzzAnswer) => {
        if (answer.name !== name) return;
        finish();
        resolve(answer);
      };
      const onError = (error: Error) => {
        finish();
        this.#worker = undefined;
        reject(error);
      };
      const onExit = (code: number) => {
        finish();
        this.#worker = undefined;
        reject(new Error(`${name}: the fuzz worker exited with code ${String(code)} while on ${this.#lastInput()}`));
      };
      const finish = () => {
        clearInterval(watch);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(request);
    });
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    if (worker) await worker.terminate();
  }
}
