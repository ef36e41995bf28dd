import { Worker } from 'node:worker_threads';
import type { CopyDoc, CopyOptions, CopyPair } from '../core/analyzer/copyDetection/findCopies';
import type { AnalysisJob, AnalysisOutcome, WorkerJob } from './analysisWorker';
import { readFailure } from './io/readErrors';

/**
 * Report analysis on worker threads with a time budget per file (issue 14 §1.1). The main thread
 * only waits: a file of pathological shape costs at most the budget of one worker, after which
 * the worker is ended (the only way to stop synchronous code) and the file gets a Chinese error,
 * while the server goes on answering. Workers start on first use, are reused, and are unref'd
 * while idle so they never hold the process open.
 */

/** Default budget: a real township report (≤ 200,000 characters) is analyzed in well under a second. */
export const DEFAULT_ANALYSIS_SECONDS = 20;

interface Pending {
  resolve: (o: unknown) => void;
  reject: (e: Error) => void;
}

/** How long a fresh worker may take to load its code before its first job fails (not the file's budget). */
const WORKER_START_SECONDS = 60;

class AnalysisWorker {
  readonly worker: Worker;
  busy = false;
  /** Settles when the worker has loaded the analyzer; a file's budget is counted from then on. */
  readonly ready: Promise<boolean>;
  private markReady: (ok: boolean) => void = () => {};
  private readonly waiting = new Map<number, Pending>();
  private next = 0;

  constructor(onExit: (w: AnalysisWorker) => void) {
    const here = new URL(import.meta.url);
    const workerData = { analysisWorker: true };
    if (here.pathname.endsWith('.ts')) {
      // From TypeScript sources (tsx, vitest) the worker registers tsx, then loads the entry
      // (a loader in execArgv does not reach worker threads on Node 20), as copyDetectionWorkers does.
      const entry = new URL('./analysisWorker.ts', here).href;
      const tsx =
        typeof import.meta.resolve === 'function' ? import.meta.resolve('tsx/esm/api') : 'tsx/esm/api';
      const code = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(entry)}); })`;
      this.worker = new Worker(code, { eval: true, workerData });
    } else {
      this.worker = new Worker(new URL('./analysisWorker.mjs', here), { workerData });
    }
    this.ready = new Promise<boolean>((resolve) => {
      this.markReady = resolve;
    });
    this.worker.unref();
    this.worker.on('message', (m: { id: number; outcome?: unknown; error?: string; ready?: true }) => {
      if (m.ready) {
        this.markReady(true);
        return;
      }
      const w = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      if (m.outcome !== undefined) w?.resolve(m.outcome);
      else w?.reject(new Error(m.error ?? 'analysis worker failed'));
    });
    const fail = (e: Error) => {
      this.markReady(false);
      for (const w of this.waiting.values()) w.reject(e);
      this.waiting.clear();
      onExit(this);
    };
    this.worker.on('error', fail);
    this.worker.on('exit', () => fail(new Error('analysis worker exited')));
  }

  run<T>(work: WorkerJob): Promise<T> {
    const id = this.next++;
    this.worker.ref();
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (o: unknown) => void, reject });
      if (work.kind === 'analyze' && 'data' in work.job) {
        // a copy of the bytes moves to the worker; the caller keeps its own for the hash and the record
        const data = new Uint8Array(work.job.data);
        this.worker.postMessage({ id, work: { kind: 'analyze', job: { name: work.job.name, data } } }, [
          data.buffer,
        ]);
      } else {
        // a spooled file goes by its path: the worker reads it, the main thread never holds it
        this.worker.postMessage({ id, work });
      }
    }).finally(() => {
      if (this.waiting.size === 0) this.worker.unref();
    });
  }
}

const idle: AnalysisWorker[] = [];
const all = new Set<AnalysisWorker>();
const queue: (() => void)[] = [];
/** One worker: the machine's other core serves requests and the database. */
const MAX_WORKERS = 1;

function forget(w: AnalysisWorker) {
  all.delete(w);
  const k = idle.indexOf(w);
  if (k >= 0) idle.splice(k, 1);
}

async function acquire(): Promise<AnalysisWorker> {
  const w = idle.pop();
  if (w) return w;
  if (all.size < MAX_WORKERS) {
    const fresh = new AnalysisWorker(forget);
    all.add(fresh);
    return fresh;
  }
  await new Promise<void>((resolve) => queue.push(resolve));
  return acquire();
}

/**
 * Starts the worker ahead of a likely upload, when a reviewer opens the 审查 page: loading the
 * analyzer and its word data takes a fresh worker about a second (more on a loaded machine),
 * which the first upload after a restart would otherwise wait for. Does nothing while a worker
 * exists; an idle worker is unref'd, so this never holds the process open.
 */
export function prepareAnalysisWorker(): void {
  if (all.size > 0) return;
  const w = new AnalysisWorker(forget);
  all.add(w);
  idle.push(w);
}

/** Workers alive now (started or starting), for /metrics. */
export function analysisWorkerCount(): number {
  return all.size;
}

function release(w: AnalysisWorker) {
  if (all.has(w)) idle.push(w);
  queue.shift()?.();
}

/**
 * Runs `work` on a worker within `budgetSeconds`; waiting for a free worker and a fresh worker's
 * start-up do not count (a loaded machine took over 2 s to start one). `onFail` answers a timeout
 * or a crash.
 */
async function withBudget<T>(
  work: WorkerJob,
  budgetSeconds: number,
  onFail: (timedOut: boolean) => T,
): Promise<T> {
  const w = await acquire();
  let timer: NodeJS.Timeout | undefined;
  try {
    let started: NodeJS.Timeout | undefined;
    const loaded = await Promise.race([
      w.ready,
      new Promise<boolean>((resolve) => {
        started = setTimeout(() => resolve(false), WORKER_START_SECONDS * 1000);
      }),
    ]);
    clearTimeout(started);
    if (!loaded) throw new Error('analysis worker did not start');
    const timeout = new Promise<T>((resolve) => {
      timer = setTimeout(() => {
        forget(w);
        void w.worker.terminate();
        resolve(onFail(true));
      }, budgetSeconds * 1000);
    });
    const running = w.run<T>(work);
    running.catch(() => {}); // after a timeout the ended worker rejects it: already answered
    return await Promise.race([running, timeout]);
  } catch {
    forget(w);
    void w.worker.terminate();
    return onFail(false);
  } finally {
    clearTimeout(timer);
    release(w);
  }
}

/**
 * Reads and analyzes one uploaded file within `budgetSeconds` of the worker's time. Never throws:
 * a timeout or a crash is the file's Chinese error.
 */
export function analyzeInWorker(job: AnalysisJob, budgetSeconds: number): Promise<AnalysisOutcome> {
  return withBudget<AnalysisOutcome>({ kind: 'analyze', job }, budgetSeconds, (timedOut) => ({
    ok: false,
    failure: timedOut
      ? readFailure('ANALYSIS_TIMEOUT', `分析超过 ${budgetSeconds} 秒仍未完成`)
      : readFailure('ANALYSIS_FAILED'),
  }));
}

/**
 * Copy detection over a batch within the budget; `undefined` when it ran out of time or failed.
 * Copy detection on large texts of many repeated short sections was slower still than their
 * analysis (tens of seconds for two 500,000-character texts), and ran on the main thread.
 */
export function findCopiesInWorker(
  docs: CopyDoc[],
  budgetSeconds: number,
  opts: CopyOptions = {},
): Promise<CopyPair[] | undefined> {
  return withBudget<CopyPair[] | undefined>(
    { kind: 'copies', job: { docs, opts } },
    budgetSeconds,
    () => undefined,
  );
}

/** Ends every worker (tests, shutdown). */
export async function closeAnalysisWorkers(): Promise<void> {
  const ws = [...all];
  for (const w of ws) forget(w);
  await Promise.all(ws.map((w) => w.worker.terminate()));
}
