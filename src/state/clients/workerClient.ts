/**
 * The page side of the Web Workers, one client for the jobs that run in them (import, layout,
 * network layer, analysis): each job names its worker here (WORKERS), gives the same core to run on this
 * thread when no worker can (WorkerJob.local), and says what its messages mean; this module does
 * the rest.
 *
 * - A worker starts on the first message it is sent. Until it says it runs (WORKER_READY), its
 *   requests wait here with their buffers; where Worker is missing, cannot start, or its script
 *   cannot be loaded, they go to the job's copy on this thread instead, loaded on demand. When
 *   that copy cannot be loaded either (offline after the first visit), the job is `unavailable`:
 *   a promise here always settles.
 * - `startTask`: one job run with a request id, on one worker or several at once (one per part),
 *   its messages handed over in order (progress, partial results) until one of them gives the
 *   result. It settles once: with that result, `cancelled` (every worker terminated), `failed`
 *   (a worker failed after it started) or `unavailable`.
 * - `openWorker`: a worker kept between requests (and what it holds), fed with messages that need
 *   no answer, asked for answers of which only the newest matters. Should it die, the page's copy
 *   takes over from the newest message of each kind it was sent.
 */
import { WORKER_READY } from '../../core/protocol/worker';

/**
 * The worker entries, each named once, in the very form Vite needs to bundle a worker: a job
 * starts its worker through these and nowhere else.
 */
export const WORKERS = {
  import: () =>
    new Worker(new URL('../../workers/import.worker.ts', import.meta.url), { type: 'module' }),
  layout: () =>
    new Worker(new URL('../../workers/layout.worker.ts', import.meta.url), { type: 'module' }),
  networkLayer: () =>
    new Worker(new URL('../../workers/networkLayer.worker.ts', import.meta.url), {
      type: 'module',
    }),
  analysis: () =>
    new Worker(new URL('../../workers/analysis.worker.ts', import.meta.url), { type: 'module' }),
  export: () =>
    new Worker(new URL('../../workers/export.worker.ts', import.meta.url), { type: 'module' }),
  picture: () =>
    new Worker(new URL('../../workers/picture.worker.ts', import.meta.url), { type: 'module' }),
} satisfies Record<string, () => Worker>;

/** Handles one request on this thread as the worker entry would, answering through `post`. */
export type LocalHandler<Request> = (request: Request) => void | Promise<void>;

export interface WorkerJob<Request, Response> {
  /**
   * Starts the job's worker (one of WORKERS). Its entry posts WORKER_READY once it runs: until
   * then it is sent nothing.
   */
  worker: () => Worker;
  /** Whether this browser can run the worker, besides having Worker (OffscreenCanvas, say). */
  supported?: () => boolean;
  /**
   * The job on this thread: loads the same core on demand (a dynamic import, which rejects when
   * its code cannot be loaded) and returns the handler of its requests. Once `signal` aborts
   * (cancelled, closed), whatever it still posts is dropped; long runs check it between chunks.
   * A job without it is `unavailable` where its worker cannot run.
   */
  local?: (
    post: (response: Response) => void,
    signal: AbortSignal,
  ) => Promise<LocalHandler<Request>>;
}

/** How a run ends other than by the result its messages give. */
export type WorkerStop =
  | { type: 'cancelled' }
  /** A worker failed after it started (or the copy on this thread threw). */
  | { type: 'failed'; message: string }
  /** Neither a worker nor the copy on this thread could run: its code could not be loaded. */
  | { type: 'unavailable'; message: string };

let lastId = 0;
/** Request ids, unique on the page: an answer carrying another id than the one asked is dropped. */
function nextId(): number {
  lastId += 1;
  return lastId;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface ChannelEvents<Response> {
  message(response: Response): void;
  /** The channel stopped for good; nothing follows. */
  stopped(stop: Exclude<WorkerStop, { type: 'cancelled' }>): void;
  /**
   * Channels that recover only: the worker died after it started and the copy on this thread
   * takes over from the kept messages; what the worker still owed will never come.
   */
  lost?(): void;
}

interface Outgoing<Request> {
  request: Request;
  transfer: Transferable[];
}

/**
 * One worker, or the job's copy on this thread in its place: starts on the first message, keeps
 * messages until the worker says it runs, and switches over when it cannot.
 */
class Channel<Request, Response> {
  private phase: 'idle' | 'starting' | 'worker' | 'loading' | 'local' | 'stopped' = 'idle';
  private worker: Worker | null = null;
  private handle: LocalHandler<Request> | null = null;
  private queue: Outgoing<Request>[] = [];
  /** The newest message of each kept kind, in the order they were sent. */
  private readonly kept = new Map<string, Request>();
  private readonly abort = new AbortController();

  constructor(
    private readonly job: WorkerJob<Request, Response>,
    private readonly events: ChannelEvents<Response>,
    /** After the worker started, a failure moves the work here instead of stopping. */
    private readonly recover = false,
  ) {}

  post(request: Request, transfer: Transferable[] = [], keep?: string): void {
    if (this.phase === 'stopped') return;
    if (keep !== undefined) {
      this.kept.delete(keep);
      this.kept.set(keep, request);
    }
    switch (this.phase) {
      case 'idle':
        this.queue.push({ request, transfer });
        this.start();
        break;
      case 'starting':
      case 'loading':
        this.queue.push({ request, transfer });
        break;
      case 'worker':
        this.worker?.postMessage(request, transfer);
        break;
      case 'local':
        this.run(request);
        break;
    }
  }

  /** Terminates the worker (or silences the copy here); nothing more is heard from it. */
  close(): void {
    if (this.phase === 'stopped') return;
    this.phase = 'stopped';
    this.dropWorker();
    this.abort.abort();
    this.queue = [];
  }

  private start(): void {
    if (typeof Worker === 'undefined' || this.job.supported?.() === false) {
      this.goLocal();
      return;
    }
    let worker: Worker;
    try {
      worker = this.job.worker();
    } catch {
      this.goLocal(); // e.g. a policy forbidding workers
      return;
    }
    this.worker = worker;
    this.phase = 'starting';
    worker.onmessage = (event: MessageEvent<Response | typeof WORKER_READY>) => {
      if (this.worker !== worker) return;
      if (event.data !== WORKER_READY) {
        this.events.message(event.data);
        return;
      }
      this.phase = 'worker';
      for (const { request, transfer } of this.queue.splice(0)) {
        worker.postMessage(request, transfer);
      }
    };
    worker.onerror = (event: ErrorEvent) => {
      // Handled here: the page says what failed, the console need not.
      event.preventDefault();
      if (this.worker === worker) this.workerFailed(event.message || 'The worker stopped.');
    };
    worker.onmessageerror = () => {
      if (this.worker === worker) this.workerFailed('A message from the worker could not be read.');
    };
  }

  private workerFailed(message: string): void {
    const started = this.phase === 'worker';
    this.dropWorker();
    if (!started) {
      // It never ran (its script missing or refused): the requests it was kept are still here.
      this.goLocal();
    } else if (this.recover) {
      this.queue = [...this.kept.values()].map((request) => ({ request, transfer: [] }));
      this.events.lost?.();
      if (this.phase !== 'stopped') this.goLocal();
    } else {
      this.stop({ type: 'failed', message });
    }
  }

  private goLocal(): void {
    const local = this.job.local;
    if (!local) {
      this.stop({ type: 'unavailable', message: 'The worker could not start.' });
      return;
    }
    this.phase = 'loading';
    const post = (response: Response) => {
      if (this.phase === 'local') this.events.message(response);
    };
    let loading: Promise<LocalHandler<Request>>;
    try {
      loading = local(post, this.abort.signal);
    } catch (error) {
      loading = Promise.reject(error);
    }
    loading.then(
      (handle) => {
        if (this.phase !== 'loading') return; // closed meanwhile
        this.handle = handle;
        this.phase = 'local';
        for (const { request } of this.queue.splice(0)) this.run(request);
      },
      (error: unknown) => {
        if (this.phase === 'loading') this.stop({ type: 'unavailable', message: messageOf(error) });
      },
    );
  }

  private run(request: Request): void {
    const handle = this.handle;
    if (this.phase !== 'local' || !handle) return;
    const failed = (error: unknown) => {
      if (this.phase === 'local') this.stop({ type: 'failed', message: messageOf(error) });
    };
    try {
      void Promise.resolve(handle(request)).catch(failed);
    } catch (error) {
      failed(error);
    }
  }

  private stop(stop: Exclude<WorkerStop, { type: 'cancelled' }>): void {
    this.close();
    this.events.stopped(stop);
  }

  private dropWorker(): void {
    const worker = this.worker;
    if (!worker) return;
    this.worker = null;
    worker.onmessage = null;
    worker.onerror = null;
    worker.onmessageerror = null;
    worker.terminate();
  }
}

/** A run of a job, as its handlers see it. */
export interface Task<Request> {
  /** The run's request id: every request carries it, and answers are heard only with it. */
  readonly id: number;
  /**
   * Posts `request` to the run's worker number `part` (0 unless told), which starts on its first
   * request. `transfer` hands buffers over to the worker (the page can no longer read them).
   */
  post(request: Request, options?: { part?: number; transfer?: Transferable[] }): void;
}

export interface TaskHandlers<Request, Response, Result> {
  /** Posts the first requests. */
  start(task: Task<Request>): void;
  /**
   * Each message of the run's workers, in the order each posted them: progress and partial
   * results return nothing; the message that ends the run returns its result.
   */
  receive(response: Response, part: number, task: Task<Request>): Result | undefined;
}

export interface RunningTask<Result> {
  /** Never rejects. */
  result: Promise<Result | WorkerStop>;
  /** Terminates every worker of the run and settles it as cancelled (when not settled yet). */
  cancel(): void;
}

/** Runs a job once; its workers are terminated as soon as it settles. */
export function startTask<Request, Response extends { id: number }, Result>(
  job: WorkerJob<Request, Response>,
  handlers: TaskHandlers<Request, Response, Result>,
): RunningTask<Result> {
  const id = nextId();
  const channels = new Map<number, Channel<Request, Response>>();
  let settled = false;
  let resolve: (outcome: Result | WorkerStop) => void = () => undefined;
  const result = new Promise<Result | WorkerStop>((done) => {
    resolve = done;
  });
  const settle = (outcome: Result | WorkerStop) => {
    if (settled) return;
    settled = true;
    for (const channel of channels.values()) channel.close();
    resolve(outcome);
  };
  const task: Task<Request> = {
    id,
    post(request, { part = 0, transfer = [] } = {}) {
      if (settled) return;
      let channel = channels.get(part);
      if (!channel) {
        channel = new Channel<Request, Response>(job, {
          message: (response) => {
            if (settled || response.id !== id) return;
            let outcome: Result | undefined;
            try {
              outcome = handlers.receive(response, part, task);
            } catch (error) {
              settle({ type: 'failed', message: messageOf(error) });
              return;
            }
            if (outcome !== undefined) settle(outcome);
          },
          stopped: settle,
        });
        channels.set(part, channel);
      }
      channel.post(request, transfer);
    },
  };
  try {
    handlers.start(task);
  } catch (error) {
    settle({ type: 'failed', message: messageOf(error) });
  }
  return { result, cancel: () => settle({ type: 'cancelled' }) };
}

/** A worker kept between requests. */
export interface OpenWorker<Request, Response> {
  /**
   * Posts a message that needs no answer. `keep` names its kind: the newest message of each
   * kind is what the page's copy of the job starts from if the worker dies, so a kept message
   * is copied, never transferred.
   */
  send(request: Request, options?: { keep: string } | { transfer: Transferable[] }): void;
  /**
   * Asks for the answer to the request `make` builds with its id. Only the newest matters:
   * asking again settles the one before with null (its answer, when it comes, goes to
   * `discard`), and so do a worker that dies before answering, a job that cannot run, and close.
   */
  ask(
    make: (id: number) => Request,
    options?: { transfer: Transferable[] },
  ): Promise<Response | null>;
  /** Terminates the worker; whatever was asked settles with null. */
  close(): void;
}

export function openWorker<Request, Response extends { id: number }>(
  job: WorkerJob<Request, Response>,
  options: { discard?: (response: Response) => void } = {},
): OpenWorker<Request, Response> {
  let waiting: { id: number; resolve: (response: Response | null) => void } | null = null;
  let over = false;
  const answer = (response: Response | null) => {
    const asked = waiting;
    waiting = null;
    asked?.resolve(response);
  };
  const channel = new Channel<Request, Response>(
    job,
    {
      message: (response) => {
        if (waiting?.id === response.id) answer(response);
        else options.discard?.(response);
      },
      stopped: () => {
        over = true;
        answer(null);
      },
      lost: () => answer(null),
    },
    true,
  );
  return {
    send(request, how) {
      if (how && 'keep' in how) channel.post(request, [], how.keep);
      else channel.post(request, how?.transfer);
    },
    ask(make, how) {
      answer(null);
      if (over) return Promise.resolve(null);
      const id = nextId();
      return new Promise<Response | null>((resolve) => {
        waiting = { id, resolve };
        channel.post(make(id), how?.transfer);
      });
    },
    close() {
      over = true;
      channel.close();
      answer(null);
    },
  };
}
