/**
 * The worker client's logic on fake Worker objects: when a worker starts and when the job runs
 * on this thread instead, what a run hears and when it settles, and the persistent worker of the
 * network layer.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WORKER_READY } from '../../../../src/core/protocol/worker';
import {
  openWorker,
  startTask,
  type LocalHandler,
  type WorkerJob,
} from '../../../../src/state/clients/workerClient';

type Request = { type: 'run'; id: number; n?: number } | { type: 'set'; value: string };
type Response =
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'part'; id: number; value: number }
  | { type: 'done'; id: number; value: number };

/** What a test sees of a worker, and what it can make it do. */
class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  posted: { message: unknown; transfer: Transferable[] }[] = [];
  terminated = false;
  prevented = 0;

  postMessage(message: unknown, transfer: Transferable[] = []) {
    this.posted.push({ message, transfer });
  }
  terminate() {
    this.terminated = true;
  }
  say(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
  ready() {
    this.say(WORKER_READY);
  }
  fail(message = '') {
    this.onerror?.({
      message,
      preventDefault: () => {
        this.prevented += 1;
      },
    } as unknown as ErrorEvent);
  }
  requests(): Request[] {
    return this.posted.map((p) => p.message as Request);
  }
}

/** A job whose workers are fakes, and whose copy on this thread answers `run` with its n. */
function fakeJob(options: { local?: 'works' | 'missing' | 'unloadable' } = {}) {
  const workers: FakeWorker[] = [];
  const handled: Request[] = [];
  const signals: AbortSignal[] = [];
  const local = async (
    post: (response: Response) => void,
    signal: AbortSignal,
  ): Promise<LocalHandler<Request>> => {
    if (options.local === 'unloadable')
      throw new TypeError('Failed to fetch dynamically imported module');
    signals.push(signal);
    return (request) => {
      handled.push(request);
      if (request.type === 'run') {
        post({ type: 'progress', id: request.id, fraction: 0.5 });
        post({ type: 'done', id: request.id, value: request.n ?? 0 });
      }
    };
  };
  const job: WorkerJob<Request, Response> = {
    worker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    },
    ...(options.local === 'missing' ? {} : { local }),
  };
  return { job, workers, handled, signals };
}

/** Runs `run` requests: progress to `seen`, parts summed, `done` gives the sum and its value. */
function runOnce(job: WorkerJob<Request, Response>, n = 7, transfer: Transferable[] = []) {
  const seen: string[] = [];
  let sum = 0;
  const running = startTask<Request, Response, { type: 'done'; value: number; sum: number }>(job, {
    start: (task) => task.post({ type: 'run', id: task.id, n }, { transfer }),
    receive: (message) => {
      seen.push(message.type === 'progress' ? `progress ${message.fraction}` : message.type);
      if (message.type === 'part') sum += message.value;
      if (message.type === 'done') return { type: 'done', value: message.value, sum };
      return undefined;
    },
  });
  return { running, seen };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a task on a worker', () => {
  it('starts its worker at once, and sends its request only once the worker runs, with its buffers', () => {
    const { job, workers } = fakeJob();
    const buffer = new ArrayBuffer(8);
    runOnce(job, 3, [buffer]);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.posted).toEqual([]);
    workers[0]!.ready();
    expect(workers[0]!.requests()).toEqual([{ type: 'run', id: expect.any(Number), n: 3 }]);
    expect(workers[0]!.posted[0]!.transfer).toEqual([buffer]);
  });

  it('hears progress and streamed results in order, then settles once and terminates', async () => {
    const { job, workers } = fakeJob();
    const { running, seen } = runOnce(job);
    const worker = workers[0]!;
    worker.ready();
    const { id } = worker.requests()[0] as { id: number };
    worker.say({ type: 'progress', id, fraction: 0.25 });
    worker.say({ type: 'part', id, value: 2 });
    worker.say({ type: 'part', id: id + 1000, value: 100 }); // another request's: not heard
    worker.say({ type: 'progress', id, fraction: 0.75 });
    worker.say({ type: 'part', id, value: 3 });
    worker.say({ type: 'done', id, value: 7 });
    expect(worker.terminated).toBe(true);
    // Nothing after the end is heard, and nothing settles it again.
    worker.say({ type: 'done', id, value: 8 });
    worker.fail('late');
    running.cancel();
    expect(await running.result).toEqual({ type: 'done', value: 7, sum: 5 });
    expect(seen).toEqual(['progress 0.25', 'part', 'progress 0.75', 'part', 'done']);
  });

  it('gives every run its own request id', () => {
    const { job, workers } = fakeJob();
    runOnce(job);
    runOnce(job);
    workers.forEach((w) => w.ready());
    const [a, b] = workers.map((w) => (w.requests()[0] as { id: number }).id);
    expect(a).not.toBe(b);
  });

  it('is cancelled: its worker is terminated and the promise settles as cancelled', async () => {
    const { job, workers } = fakeJob();
    const { running, seen } = runOnce(job);
    const worker = workers[0]!;
    worker.ready();
    const { id } = worker.requests()[0] as { id: number };
    worker.say({ type: 'progress', id, fraction: 0.1 });
    running.cancel();
    expect(worker.terminated).toBe(true);
    worker.say({ type: 'done', id, value: 1 });
    expect(await running.result).toEqual({ type: 'cancelled' });
    expect(seen).toEqual(['progress 0.1']);
  });

  it('fails when its worker fails after it started, and says why', async () => {
    const { job, workers, handled } = fakeJob();
    const { running } = runOnce(job);
    workers[0]!.ready();
    workers[0]!.fail('out of memory');
    expect(await running.result).toEqual({ type: 'failed', message: 'out of memory' });
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[0]!.prevented).toBe(1);
    expect(handled).toEqual([]); // not run again here
  });

  it('fails when what reads its messages throws', async () => {
    const { job, workers } = fakeJob();
    const running = startTask<Request, Response, never>(job, {
      start: (task) => task.post({ type: 'run', id: task.id }),
      receive: () => {
        throw new Error('bad message');
      },
    });
    workers[0]!.ready();
    const { id } = workers[0]!.requests()[0] as { id: number };
    workers[0]!.say({ type: 'progress', id, fraction: 0 });
    expect(await running.result).toEqual({ type: 'failed', message: 'bad message' });
    expect(workers[0]!.terminated).toBe(true);
  });
});

describe('a task where no worker can run it', () => {
  it('runs on this thread where Worker is missing', async () => {
    vi.stubGlobal('Worker', undefined);
    const { job, workers, handled } = fakeJob();
    const { running, seen } = runOnce(job, 4);
    expect(await running.result).toEqual({ type: 'done', value: 4, sum: 0 });
    expect(workers).toEqual([]);
    expect(handled).toHaveLength(1);
    expect(seen).toEqual(['progress 0.5', 'done']);
  });

  it('runs on this thread where a worker cannot be made', async () => {
    const { job, handled } = fakeJob();
    const refusing: WorkerJob<Request, Response> = {
      ...job,
      worker: () => {
        throw new Error('refused by the content security policy');
      },
    };
    const { running } = runOnce(refusing, 5);
    expect(await running.result).toEqual({ type: 'done', value: 5, sum: 0 });
    expect(handled).toHaveLength(1);
  });

  it('runs on this thread where the job says the worker cannot work', async () => {
    const { job, workers } = fakeJob();
    const { running } = runOnce({ ...job, supported: () => false }, 6);
    expect(await running.result).toEqual({ type: 'done', value: 6, sum: 0 });
    expect(workers).toEqual([]);
  });

  it('runs on this thread when the worker fails before it speaks (its script missing), with the request untouched', async () => {
    const { job, workers, handled } = fakeJob();
    const buffer = new ArrayBuffer(8);
    const { running } = runOnce(job, 9, [buffer]);
    workers[0]!.fail();
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[0]!.posted).toEqual([]); // the buffer never left
    expect(await running.result).toEqual({ type: 'done', value: 9, sum: 0 });
    expect(handled).toEqual([{ type: 'run', id: expect.any(Number), n: 9 }]);
  });

  it('is unavailable, never stuck, when the copy on this thread cannot be loaded either', async () => {
    const { job, workers } = fakeJob({ local: 'unloadable' });
    const { running } = runOnce(job);
    workers[0]!.fail();
    expect(await running.result).toEqual({
      type: 'unavailable',
      message: 'Failed to fetch dynamically imported module',
    });
  });

  it('is unavailable when the job has no copy for this thread', async () => {
    vi.stubGlobal('Worker', undefined);
    const { job } = fakeJob({ local: 'missing' });
    expect((await runOnce(job).running.result).type).toBe('unavailable');
  });

  it('is cancelled on this thread too: what it still posts is dropped, and it is told to stop', async () => {
    vi.stubGlobal('Worker', undefined);
    const { job, signals } = fakeJob();
    const { running, seen } = runOnce(job);
    running.cancel();
    expect(await running.result).toEqual({ type: 'cancelled' });
    await tick();
    expect(seen).toEqual([]);
    expect(signals.every((s) => s.aborted)).toBe(true);
  });

  it('fails when the copy on this thread throws', async () => {
    vi.stubGlobal('Worker', undefined);
    const throwing: WorkerJob<Request, Response> = {
      worker: () => new FakeWorker() as unknown as Worker,
      local: async () => async () => {
        throw new Error('no 2D context');
      },
    };
    expect(await runOnce(throwing).running.result).toEqual({
      type: 'failed',
      message: 'no 2D context',
    });
  });
});

describe('a task over several workers (the analysis: one per core, then one completes)', () => {
  function sweep(job: WorkerJob<Request, Response>, parts: number) {
    const progress: string[] = [];
    let swept = 0;
    const running = startTask<Request, Response, { type: 'done'; value: number }>(job, {
      start: (task) => {
        for (let part = 0; part < parts; part += 1) {
          const shares = new Float64Array([part]);
          task.post({ type: 'run', id: task.id, n: part }, { part, transfer: [shares.buffer] });
        }
      },
      receive: (message, part, task) => {
        if (message.type === 'progress') progress.push(`${part}: ${message.fraction}`);
        if (message.type === 'part') {
          swept += 1;
          if (swept === parts) task.post({ type: 'run', id: task.id, n: -1 }, { part: 0 });
        }
        return message.type === 'done' ? { type: 'done', value: message.value } : undefined;
      },
    });
    return { running, progress };
  }

  it('starts one worker per part, hears each, and lets one of them complete', async () => {
    const { job, workers } = fakeJob();
    const { running, progress } = sweep(job, 3);
    expect(workers).toHaveLength(3);
    workers.forEach((w) => w.ready());
    const id = (workers[0]!.requests()[0] as { id: number }).id;
    expect(workers.map((w) => (w.requests()[0] as { id: number; n: number }).n)).toEqual([0, 1, 2]);
    expect(workers.every((w) => w.posted[0]!.transfer.length === 1)).toBe(true);
    workers[1]!.say({ type: 'progress', id, fraction: 0.5 });
    workers[0]!.say({ type: 'progress', id, fraction: 0.2 });
    workers.forEach((w) => w.say({ type: 'part', id, value: 1 }));
    // The completing request goes to the first worker only.
    expect(workers.map((w) => w.posted.length)).toEqual([2, 1, 1]);
    workers[0]!.say({ type: 'done', id, value: 42 });
    expect(await running.result).toEqual({ type: 'done', value: 42 });
    expect(progress).toEqual(['1: 0.5', '0: 0.2']);
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('terminates every worker on cancel', async () => {
    const { job, workers } = fakeJob();
    const { running } = sweep(job, 4);
    workers.slice(0, 2).forEach((w) => w.ready());
    running.cancel();
    expect(workers.every((w) => w.terminated)).toBe(true);
    expect(await running.result).toEqual({ type: 'cancelled' });
  });

  it('fails as a whole, every worker terminated, when one of them fails', async () => {
    const { job, workers } = fakeJob();
    const { running } = sweep(job, 2);
    workers.forEach((w) => w.ready());
    workers[1]!.fail('worker 1 died');
    expect(await running.result).toEqual({ type: 'failed', message: 'worker 1 died' });
    expect(workers.every((w) => w.terminated)).toBe(true);
  });
});

describe('a persistent worker (the network layer)', () => {
  type Ask = { type: 'draw'; id: number; at: number };
  type Answer = { type: 'drawn'; id: number; at: number; scene: string };
  type Message = Ask | { type: 'set'; value: string } | { type: 'clear' };

  function drawingJob(options: { local?: boolean } = {}) {
    const workers: FakeWorker[] = [];
    const handled: Message[] = [];
    const job: WorkerJob<Message, Answer> = {
      worker: () => {
        const worker = new FakeWorker();
        workers.push(worker);
        return worker as unknown as Worker;
      },
      ...(options.local === false
        ? {}
        : {
            local: async (post) => {
              let scene = '';
              return (message) => {
                handled.push(message);
                if (message.type === 'set') scene = message.value;
                if (message.type === 'draw') post({ ...message, type: 'drawn', scene });
              };
            },
          }),
    };
    return { job, workers, handled };
  }

  it('starts on the first message and keeps one worker for every request', async () => {
    const { job, workers } = drawingJob();
    const layer = openWorker(job);
    expect(workers).toHaveLength(0);
    layer.send({ type: 'set', value: 'a' }, { keep: 'scene' });
    expect(workers).toHaveLength(1);
    const worker = workers[0]!;
    const first = layer.ask((id) => ({ type: 'draw', id, at: 1 }));
    worker.ready();
    const asked = worker.requests()[1] as unknown as Ask;
    worker.say({ type: 'drawn', id: asked.id, at: 1, scene: 'a' });
    expect(await first).toEqual({ type: 'drawn', id: asked.id, at: 1, scene: 'a' });
    const second = layer.ask((id) => ({ type: 'draw', id, at: 2 }));
    const again = worker.requests()[2] as unknown as Ask;
    worker.say({ type: 'drawn', id: again.id, at: 2, scene: 'a' });
    expect((await second)?.at).toBe(2);
    expect(workers).toHaveLength(1);
    expect(worker.terminated).toBe(false);
  });

  it('answers only the newest request: an older one settles with null, its late answer discarded', async () => {
    const { job, workers } = drawingJob();
    const discarded: Answer[] = [];
    const layer = openWorker(job, { discard: (answer) => discarded.push(answer) });
    const older = layer.ask((id) => ({ type: 'draw', id, at: 1 }));
    const newer = layer.ask((id) => ({ type: 'draw', id, at: 2 }));
    expect(await older).toBeNull();
    const worker = workers[0]!;
    worker.ready();
    const [a, b] = worker.requests() as unknown as Ask[];
    worker.say({ type: 'drawn', id: a!.id, at: 1, scene: '' });
    worker.say({ type: 'drawn', id: b!.id, at: 2, scene: '' });
    expect((await newer)?.at).toBe(2);
    expect(discarded.map((d) => d.at)).toEqual([1]);
  });

  it('goes over to this thread when the worker dies, from the newest message of each kind', async () => {
    const { job, workers, handled } = drawingJob();
    const layer = openWorker(job);
    layer.send({ type: 'set', value: 'a' }, { keep: 'scene' });
    layer.send({ type: 'clear' }, { keep: 'clear' });
    layer.send({ type: 'set', value: 'b' }, { keep: 'scene' });
    workers[0]!.ready();
    const lost = layer.ask((id) => ({ type: 'draw', id, at: 1 }));
    workers[0]!.fail('crashed');
    expect(workers[0]!.terminated).toBe(true);
    // What the worker owed will never come.
    expect(await lost).toBeNull();
    const drawn = await layer.ask((id) => ({ type: 'draw', id, at: 2 }));
    expect(drawn).toMatchObject({ at: 2, scene: 'b' });
    expect(handled.map((m) => m.type)).toEqual(['clear', 'set', 'draw']);
    expect(workers).toHaveLength(1);
  });

  it('draws on this thread from the start when the worker cannot start', async () => {
    const { job, workers, handled } = drawingJob();
    const layer = openWorker(job);
    layer.send({ type: 'set', value: 'a' }, { keep: 'scene' });
    const drawn = layer.ask((id) => ({ type: 'draw', id, at: 1 }));
    workers[0]!.fail();
    expect(await drawn).toMatchObject({ scene: 'a' });
    expect(handled.map((m) => m.type)).toEqual(['set', 'draw']);
  });

  it('answers null, never hangs, when nothing can draw', async () => {
    const { job, workers } = drawingJob({ local: false });
    const layer = openWorker(job);
    const drawn = layer.ask((id) => ({ type: 'draw', id, at: 1 }));
    workers[0]!.fail();
    expect(await drawn).toBeNull();
    expect(await layer.ask((id) => ({ type: 'draw', id, at: 2 }))).toBeNull();
  });

  it('on close, terminates the worker and settles what was asked with null', async () => {
    const { job, workers } = drawingJob();
    const layer = openWorker(job);
    const drawn = layer.ask((id) => ({ type: 'draw', id, at: 1 }));
    workers[0]!.ready();
    layer.close();
    expect(workers[0]!.terminated).toBe(true);
    expect(await drawn).toBeNull();
    expect(await layer.ask((id) => ({ type: 'draw', id, at: 2 }))).toBeNull();
    layer.send({ type: 'set', value: 'x' });
    expect(workers).toHaveLength(1);
  });
});

describe('the worker entries', () => {
  it('each say they run: a worker that never did would never be sent its requests', () => {
    const client = readFileSync('src/state/clients/workerClient.ts', 'utf8');
    const entries = [...client.matchAll(/'(?:\.\.\/)+workers\/([\w.]+\.worker\.ts)'/g)].map(
      (m) => m[1],
    );
    expect(entries).toContain('import.worker.ts');
    for (const entry of entries) {
      expect(readFileSync(`src/workers/${entry}`, 'utf8'), entry).toMatch(
        /^scope\.postMessage\(WORKER_READY\);$/m,
      );
    }
  });
});
