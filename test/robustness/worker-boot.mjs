// Starts a worker thread on a TypeScript module: Node 20 cannot load .ts in a worker by itself,
// so tsx's loader is registered first. workerData.entry is the module's file URL.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
