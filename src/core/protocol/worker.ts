/**
 * What every worker says besides its job's own messages. A worker posts `WORKER_READY` once its
 * script runs, before anything else: until then the page keeps its requests (and their buffers)
 * and, should the worker fail first, hands them to its own copy of the job instead. A failure
 * after it means the work itself failed.
 */
export const WORKER_READY = 'alliance-atlas:worker-ready';
export type WorkerReady = typeof WORKER_READY;
