import fs from 'node:fs';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { analyzeText } from '../core/analyzer/analyzeText';
import {
  type CopyDoc,
  type CopyOptions,
  type CopyPair,
  type CopySide,
  findCopies,
} from '../core/analyzer/copyDetection/findCopies';
import { storedQuote } from '../core/analyzer/copyDetection/storedQuote';
import type { AnalysisResult } from '../core/analyzer/types';
import type { ReadFailure } from './io/readErrors';
import { readReport } from './io/readReport';
import type { ReportFormat } from './io/sniff';

/**
 * The worker thread's side of upload analysis (server/analysisPool.ts): reads one report file and
 * analyzes its text, off the main thread so a heavy file never stops the server answering. An
 * entry of its own in the server bundle (scripts/build-server.mjs).
 */
/** A file in memory, or one spooled to disk by an upload: then only this thread reads it. */
export type AnalysisJob = { name: string; data: Uint8Array } | { name: string; path: string };

export type AnalysisOutcome =
  | { ok: true; format: ReportFormat; text: string; analysis: AnalysisResult }
  | { ok: false; failure: ReadFailure };

export async function analyzeUpload(job: AnalysisJob): Promise<AnalysisOutcome> {
  const data = 'path' in job ? new Uint8Array(await fs.promises.readFile(job.path)) : job.data;
  const read = await readReport({ name: job.name, data });
  if ('error' in read) return { ok: false, failure: read };
  return {
    ok: true,
    format: read.format,
    text: read.text,
    analysis: analyzeText(read.text, { file: job.name }),
  };
}

/** Copy detection over a batch: as heavy as analysis on large texts, so it runs here too. */
export interface CopiesJob {
  docs: CopyDoc[];
  opts?: CopyOptions;
}

export type WorkerJob = { kind: 'analyze'; job: AnalysisJob } | { kind: 'copies'; job: CopiesJob };

/**
 * The pairs with their quotes as a review stores them (storedQuote): passages of a report copied
 * whole run to 100,000 characters, and shortening hundreds of them took the main thread 0.4 s.
 */
function copyPairsToStore(job: CopiesJob): CopyPair[] {
  const side = (s: CopySide): CopySide => ({ ...s, quote: storedQuote(s.quote) });
  return findCopies(job.docs, job.opts).pairs.map((p) => ({ ...p, a: side(p.a), b: side(p.b) }));
}

async function handle(w: WorkerJob): Promise<AnalysisOutcome | CopyPair[]> {
  return w.kind === 'analyze' ? analyzeUpload(w.job) : copyPairsToStore(w.job);
}

if (!isMainThread && (workerData as { analysisWorker?: boolean } | null)?.analysisWorker) {
  parentPort?.on('message', async ({ id, work }: { id: number; work: WorkerJob }) => {
    try {
      parentPort?.postMessage({ id, outcome: await handle(work) });
    } catch (e) {
      parentPort?.postMessage({ id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    }
  });
  // the pool starts a file's budget only now: loading the analyzer is the worker's cost, not the file's
  parentPort?.postMessage({ ready: true });
}
