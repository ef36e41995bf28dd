import os from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import {
  commonLimitFor,
  groupShard,
  mergeShards,
  rareLimitFor,
  type ShardGroup,
  type ShardPart,
  scanStored,
} from '../core/analyzer/copyDetection/batch';
import {
  type CopyDoc,
  type CopyOptions,
  type CopyResult,
  copyResult,
  type FoundPassages,
  findCopies,
  verifyPairs,
} from '../core/analyzer/copyDetection/findCopies';
import { HashSet32, type PairHits } from '../core/analyzer/copyDetection/fingerprintGroups';
import { CharStore, slotStarts } from '../core/analyzer/copyDetection/winnowing';

/**
 * findCopies on several cores: every stage runs in shares, the main thread taking one
 * and worker threads the others — scanning the reports (normalise, winnow) into one
 * character store in shared memory, grouping the fingerprints (sort, document
 * frequency, candidate pairs) by slices of the hash space, and verifying the candidate
 * pairs. Fingerprints move between threads by transfer, not copy. The result is the
 * same as findCopies'.
 *
 * Workers are started on first use and kept (unref'd, so they never hold the process
 * open); closeCopyDetectionWorkers ends them. Run from TypeScript sources, a worker
 * loads this file through tsx; the bundled server has it as an entry of its own
 * (dist/server/copyDetectionWorkers.mjs). The server's uploads (reviewBatchAnalyzer)
 * call findCopiesParallel: a batch of PARALLEL_MIN_REPORTS or more goes to the workers.
 */

/** Below this many reports the batch is done on the calling thread (a worker's start costs more). */
export const PARALLEL_MIN_REPORTS = 200;

export function defaultThreads(): number {
  return Math.max(1, Math.min(8, os.availableParallelism()));
}

/**
 * `offMain`: every share goes to a worker and the calling thread only hands out the work and
 * merges the shards (the server's choice: its event loop keeps answering requests while a large
 * batch is compared). Without it the calling thread takes the first share of each stage, as a
 * command-line run or a benchmark of the stages wants. The same passages either way.
 */
export interface ParallelOptions {
  offMain?: boolean;
}

export async function findCopiesParallel(
  docs: CopyDoc[],
  opts: CopyOptions = {},
  threads = defaultThreads(),
  { offMain = false }: ParallelOptions = {},
): Promise<CopyResult> {
  if (threads <= 1 || docs.length < PARALLEL_MIN_REPORTS) return findCopies(docs, opts);
  let clock = performance.now();
  const phases: Record<string, number> = {};
  const lap = (name: string) => {
    const now = performance.now();
    phases[name] = now - clock;
    clock = now;
  };
  // Share k of each stage runs on the calling thread when k = 0 and the main takes a share,
  // else on worker k - first.
  const first = offMain ? 0 : 1;
  const workers = pool(threads - first);
  const onWorker = (k: number) => workers[k - first] as PooledWorker;
  const shareIds = Array.from({ length: threads }, (_, k) => k);
  const workerShares = shareIds.slice(first);
  const n = docs.length;
  const lengths = Uint32Array.from(docs, (d) => d.text.length);
  const shared = sharedStore(lengths);
  const text = storeOf(lengths, shared);
  const main = offMain ? 'main thread hands out' : 'main share';

  // Scan: shares of about equal characters; each share's fingerprints come out in one part
  // per shard (slice of the hash space).
  // The texts' code units go into the shared store (a native copy each), where the scans
  // fold them in place: no text is cloned to a worker as a string. A worker's share is
  // written just before it is sent, so it scans while the next share is written.
  const cuts = cut(lengths, threads);
  const scans = workerShares.map((k) => {
    writeUnits(docs, text.start, text.chars, cuts[k] as number, cuts[k + 1] as number);
    return onWorker(k).call<ShardPart[]>({
      kind: 'scan',
      lengths,
      ...shared,
      first: cuts[k] as number,
      upTo: cuts[k + 1] as number,
      shards: threads,
    });
  });
  if (!offMain) writeUnits(docs, text.start, text.chars, 0, cuts[1] as number);
  const mine = offMain ? [] : [scanStored(lengths.subarray(0, cuts[1]), 0, text, threads, n)];
  lap(`scan (${main})`);
  const scanned = [...mine, ...(await Promise.all(scans))];
  lap('scan (waiting)');
  // Parts of shard s, in report order.
  const partsOf = (s: number) => scanned.map((t) => t[s] as ShardPart);

  // Group: shard s by share s.
  const commonLimit = commonLimitFor(n, opts);
  const rareLimit = rareLimitFor(n, opts);
  const groupings = workerShares.map((k) => {
    const parts = partsOf(k);
    const transfer = parts.flatMap((p) => [p.hash.buffer, p.pos.buffer, p.counts.buffer]) as ArrayBuffer[];
    return onWorker(k).call<ShardGroup>({ kind: 'group', parts, lengths, commonLimit, rareLimit }, transfer);
  });
  const group0 = offMain ? [] : [groupShard(partsOf(0), text.start, commonLimit, rareLimit)];
  lap(`group (${main})`);
  const groups = [...group0, ...(await Promise.all(groupings))];
  lap('group (waiting)');
  const batch = mergeShards(docs, text, groups, opts);
  lap('merge');
  const hits = batch.hits;

  // Verify: shares of about equal candidate pairs and hits.
  const pairs = hits.docA.length;
  const bounds = Array.from({ length: threads + 1 }, (_, k) => shareBound(hits, pairs, k, threads));
  const verifies = workerShares.map((k) => {
    const share = sliceHits(hits, bounds[k] as number, bounds[k + 1] as number);
    const transfer = [share.docA, share.docB, share.start, share.posA, share.posB].map(
      (a) => a.buffer,
    ) as ArrayBuffer[];
    return onWorker(k).call<VerifyReply>(
      {
        kind: 'verify',
        lengths,
        ...shared,
        common: batch.commonKeys,
        minLength: batch.minLength,
        first: bounds[k] as number,
        hits: share,
      },
      transfer,
    );
  });
  const found: FoundPassages = offMain
    ? { pair: [], passages: [], verifiedPairs: 0 }
    : verifyPairs(batch, hits, 0, bounds[1] as number);
  lap(`verify (${main})`);
  const replies = await Promise.all(verifies);
  lap('verify (waiting)');
  for (const reply of replies) {
    found.verifiedPairs += reply.verifiedPairs;
    const f = reply.found;
    for (let k = 0; k < f.length; k += 6) {
      found.pair.push(f[k] as number);
      found.passages.push({
        aStart: f[k + 1] as number,
        aEnd: f[k + 2] as number,
        bStart: f[k + 3] as number,
        bEnd: f[k + 4] as number,
        matched: f[k + 5] as number,
      });
    }
  }
  const result = copyResult(batch, found);
  lap('result');
  result.stats.phases = phases;
  return result;
}

/** Ends the worker threads (tests, shutdown). */
export async function closeCopyDetectionWorkers(): Promise<void> {
  const all = workerPool.splice(0);
  await Promise.all(all.map((w) => w.worker.terminate()));
}

interface SharedStore {
  chars: SharedArrayBuffer;
  end: SharedArrayBuffer;
  checkpoints: SharedArrayBuffer;
}

type Request =
  | ({ kind: 'scan'; lengths: Uint32Array; first: number; upTo: number; shards: number } & SharedStore)
  | { kind: 'group'; parts: ShardPart[]; lengths: Uint32Array; commonLimit: number; rareLimit: number }
  | ({
      kind: 'verify';
      lengths: Uint32Array;
      common: Uint32Array;
      minLength: number;
      first: number;
      hits: PairHits;
    } & SharedStore);

interface VerifyReply {
  verifiedPairs: number;
  /** Per passage: pair index, aStart, aEnd, bStart, bEnd, matched. */
  found: Float64Array;
}

function sharedStore(lengths: Uint32Array): SharedStore {
  let total = 0;
  for (const l of lengths) total += l;
  return {
    chars: new SharedArrayBuffer(2 * total),
    end: new SharedArrayBuffer(4 * lengths.length),
    checkpoints: new SharedArrayBuffer(4 * ((total >>> 6) + 1)),
  };
}

function storeOf(lengths: Uint32Array, s: SharedStore): CharStore {
  return new CharStore(lengths, {
    chars: new Uint16Array(s.chars),
    end: new Uint32Array(s.end),
    checkpoints: new Uint32Array(s.checkpoints),
  });
}

/**
 * Writes reports [from, to)'s UTF-16 code units into their slots of the store's characters
 * (slot d starts at starts[d]), for scanStored to fold in place.
 */
export function writeUnits(
  docs: readonly CopyDoc[],
  starts: Uint32Array,
  chars: Uint16Array,
  from: number,
  to: number,
): void {
  const bytes = Buffer.from(chars.buffer, chars.byteOffset, chars.byteLength);
  for (let d = from; d < to; d++) {
    const t = (docs[d] as CopyDoc).text;
    bytes.write(t, 2 * (starts[d] as number), 2 * t.length, 'utf16le');
  }
}

/** Report indices cutting the batch into `parts` shares of about equal characters. */
function cut(lengths: Uint32Array, parts: number): number[] {
  let total = 0;
  for (const l of lengths) total += l;
  const cuts = [0];
  let sum = 0;
  for (let d = 0; d < lengths.length && cuts.length < parts; d++) {
    sum += lengths[d] as number;
    if (sum >= (total * cuts.length) / parts) cuts.push(d + 1);
  }
  while (cuts.length <= parts) cuts.push(lengths.length);
  cuts[parts] = lengths.length;
  return cuts;
}

/** Start of share k of `parts` of the candidate pairs, weighing each pair as itself plus its hits. */
function shareBound(hits: PairHits, pairs: number, k: number, parts: number): number {
  if (k === 0) return 0;
  if (k >= parts) return pairs;
  const total = pairs + (hits.start[pairs] as number);
  const want = (total * k) / parts;
  // Weight before pair p is p + start[p], increasing: binary search.
  let lo = 0;
  let hi = pairs;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mid + (hits.start[mid] as number) < want) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Pairs [from, to) of `hits`, their hit positions copied and starts rebased to 0. */
function sliceHits(hits: PairHits, from: number, to: number): PairHits {
  const h0 = hits.start[from] as number;
  const h1 = hits.start[to] as number;
  const start = hits.start.slice(from, to + 1);
  for (let k = 0; k < start.length; k++) start[k] = (start[k] as number) - h0;
  return {
    docA: hits.docA.slice(from, to),
    docB: hits.docB.slice(from, to),
    start,
    posA: hits.posA.slice(h0, h1),
    posB: hits.posB.slice(h0, h1),
  };
}

/** What a worker does with a request (also callable in-thread, for tests). */
export function handle(req: Request): {
  reply: ShardPart[] | ShardGroup | VerifyReply;
  transfer: ArrayBuffer[];
} {
  if (req.kind === 'scan') {
    const store = storeOf(req.lengths, req);
    const lengths = req.lengths.subarray(req.first, req.upTo);
    const parts = scanStored(lengths, req.first, store, req.shards, req.lengths.length);
    return {
      reply: parts,
      transfer: parts.flatMap((p) => [p.hash.buffer, p.pos.buffer, p.counts.buffer]) as ArrayBuffer[],
    };
  }
  if (req.kind === 'group') {
    const g = groupShard(req.parts, slotStarts(req.lengths), req.commonLimit, req.rareLimit);
    const h = g.hits;
    return {
      reply: g,
      transfer: [g.commonKeys, g.counted, h.docA, h.docB, h.start, h.posA, h.posB].map(
        (a) => a.buffer,
      ) as ArrayBuffer[],
    };
  }
  const text = storeOf(req.lengths, req);
  const batch = { text, common: new HashSet32(req.common), minLength: req.minLength };
  const found: FoundPassages = verifyPairs(batch, req.hits, 0, req.hits.docA.length);
  const flat = new Float64Array(6 * found.passages.length);
  found.passages.forEach((p, k) => {
    flat.set([req.first + (found.pair[k] as number), p.aStart, p.aEnd, p.bStart, p.bEnd, p.matched], 6 * k);
  });
  return { reply: { verifiedPairs: found.verifiedPairs, found: flat }, transfer: [flat.buffer] };
}

class PooledWorker {
  readonly worker: Worker;
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  constructor() {
    const url = new URL(import.meta.url);
    const workerData = { copyDetectionWorker: true };
    if (url.pathname.endsWith('.ts')) {
      // From TypeScript sources (tsx, vitest) the worker registers tsx, then loads this file
      // (a loader in execArgv does not reach worker threads on Node 20).
      const tsx =
        typeof import.meta.resolve === 'function' ? import.meta.resolve('tsx/esm/api') : 'tsx/esm/api';
      const code = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(url.href)}); })`;
      this.worker = new Worker(code, { eval: true, workerData });
    } else {
      // In the bundle (dist/server/cli.mjs) this module is inlined: the worker is its own
      // entry, copyDetectionWorkers.mjs beside it (scripts/build-server.mjs).
      const file = url.pathname.endsWith('/copyDetectionWorkers.mjs')
        ? url
        : new URL('./copyDetectionWorkers.mjs', url);
      this.worker = new Worker(file, { workerData });
    }
    this.worker.unref();
    this.worker.on('message', (m: { id: number; reply?: unknown; error?: string }) => {
      const w = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      if (this.waiting.size === 0) this.worker.unref();
      if (m.error !== undefined) w?.reject(new Error(m.error));
      else w?.resolve(m.reply);
    });
    this.worker.on('error', (e) => {
      for (const w of this.waiting.values()) w.reject(e);
      this.waiting.clear();
      const k = workerPool.indexOf(this);
      if (k >= 0) workerPool.splice(k, 1);
    });
  }

  /** Sends a request; the buffers in `transfer` move to the worker (no copy; unusable here after). */
  call<T>(req: Request, transfer: ArrayBuffer[] = []): Promise<T> {
    const id = this.next++;
    // Referenced while a request is out, so the process waits for the answer.
    this.worker.ref();
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ id, req }, transfer);
    });
  }
}

const workerPool: PooledWorker[] = [];

function pool(size: number): PooledWorker[] {
  while (workerPool.length < size) workerPool.push(new PooledWorker());
  return workerPool.slice(0, size);
}

if (!isMainThread && (workerData as { copyDetectionWorker?: boolean } | null)?.copyDetectionWorker) {
  parentPort?.on('message', ({ id, req }: { id: number; req: Request }) => {
    try {
      const { reply, transfer } = handle(req);
      parentPort?.postMessage({ id, reply }, transfer);
    } catch (e) {
      parentPort?.postMessage({ id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    }
  });
}
