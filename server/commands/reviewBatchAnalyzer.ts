import crypto from 'node:crypto';
import type { CopyDoc, CopyOptions, CopyPair } from '../../core/analyzer/copyDetection/findCopies';
import { MEMORY_VERIFY, memoryFingerprints } from '../../core/analyzer/copyDetection/memoryFingerprints';
import { storedQuote } from '../../core/analyzer/copyDetection/storedQuote';
import type { AnalysisResult } from '../../core/analyzer/types';
import type { CopiedPassage } from '../../core/contract/reviews';
import { AppError } from '../../core/errors';
import { can, isAdmin } from '../../core/policy';
import { analyzeInWorker, DEFAULT_ANALYSIS_SECONDS, findCopiesInWorker } from '../analysisPool';
import { defaultThreads, findCopiesParallel, PARALLEL_MIN_REPORTS } from '../copyDetectionWorkers';
import { UPLOAD_LIMITS } from '../io/limits';
import type { SpooledFile } from '../io/uploadSpool';
import { appendAudit } from '../repositories/auditRepo';
import {
  findInMemory,
  type MemoryCandidate,
  memoryTexts,
  rememberReports,
} from '../repositories/copyMemoryRepo';
import { insertReview, type ReviewRow, textsOfUnitsInYear } from '../repositories/reviewsRepo';
import { listUnits } from '../repositories/unitsRepo';
import { matchUnit } from '../review/matchUnit';
import type { CommandContext } from './context';

export const MAX_FILES_PER_BATCH = UPLOAD_LIMITS.reportFilesPerBatch;

/**
 * A report to review: spooled to disk by an upload (hashed on the way, io/uploadSpool.ts), or
 * in memory when a township sends its own report up.
 */
export type UploadedFile = SpooledFile | { name: string; data: Uint8Array };

/** A passage another report shares with this one, stored with the review. */
/** A copied passage as stored with the analysis and answered by the API. */
export type StoredCopy = CopiedPassage;

/**
 * `copiesIncomplete`: the copy search ran out of its time budget (or failed) for this report, so
 * `copies` may lack passages: the reviewer is told so rather than shown "no copies".
 */
export type StoredResult = AnalysisResult & { copies: StoredCopy[]; copiesIncomplete?: true };

interface Prepared {
  id: string;
  file: UploadedFile;
  sha256: string;
  format: string | null;
  text: string | null;
  error: string | null;
  analysis: AnalysisResult | null;
  unit: ReturnType<typeof matchUnit>;
  /** The report's fingerprints in the county's memory (memoryFingerprints); empty when unread. */
  memory: Int32Array;
}

/**
 * Reads and analyzes a batch of uploaded reports, finds passages copied between
 * them (and from the same townships' previous-year reports already on file),
 * and stores one review per file. A file that cannot be read is stored with its
 * Chinese error; the batch goes on. All reading and analysis happen before any
 * transaction; each review is then written with its audit record.
 */
export async function reviewBatchAnalyzer(
  ctx: CommandContext,
  files: UploadedFile[],
  /** Seconds of analysis one file may take (setting FAZHI_ANALYSIS_SECONDS_PER_FILE). */
  budgetSeconds = DEFAULT_ANALYSIS_SECONDS,
) {
  if (files.length === 0)
    throw new AppError('VALIDATION', { field: 'files', detail: '请至少选择一个报告文件' });
  if (files.length > MAX_FILES_PER_BATCH) {
    throw new AppError('VALIDATION', {
      field: 'files',
      detail: `一次最多上传 ${MAX_FILES_PER_BATCH} 个文件`,
    });
  }
  const scope = await listUnits(ctx.db, isAdmin(ctx.actor) ? null : ctx.actor.unitPath);
  const reviewerUnit = scope.find((u) => u.id === ctx.actor.unitId);
  if (!reviewerUnit || !can(ctx.actor, 'review.manage', reviewerUnit)) throw new AppError('FORBIDDEN');

  const prepared: Prepared[] = [];
  for (const file of files) {
    const sha256 =
      'sha256' in file ? file.sha256 : crypto.createHash('sha256').update(file.data).digest('hex');
    // read and analyzed on a worker thread within the budget: the server keeps answering meanwhile
    const done = await analyzeInWorker(file, budgetSeconds);
    const base = { id: crypto.randomUUID(), file, sha256 };
    if (!done.ok) {
      prepared.push({
        ...base,
        format: null,
        text: null,
        error: done.failure.error,
        analysis: null,
        unit: undefined,
        memory: new Int32Array(0),
      });
      continue;
    }
    const { analysis } = done;
    const unit = matchUnit(analysis.unit, scope);
    prepared.push({
      ...base,
      format: done.format,
      text: done.text,
      error: null,
      analysis,
      unit,
      memory: memoryFingerprints(done.text),
    });
  }

  const copies = await copiesFor(ctx, reviewerUnit.id, prepared, budgetSeconds);
  const batchId = crypto.randomUUID();
  const stored: ReviewRow[] = [];
  for (const p of prepared) {
    const result: StoredResult | null = p.analysis
      ? {
          ...p.analysis,
          copies: copies.found.get(p.id) ?? [],
          ...(copies.incomplete.has(p.id) ? { copiesIncomplete: true as const } : {}),
        }
      : null;
    const row = await ctx.db.transaction(async (tx) => {
      const review = await insertReview(tx, {
        unitId: p.unit?.id ?? reviewerUnit.id,
        id: p.id,
        batchId,
        reviewerUnitId: reviewerUnit.id,
        matchedUnit: Boolean(p.unit),
        fileName: p.file.name.slice(0, 255),
        format: p.format,
        sizeBytes: 'size' in p.file ? p.file.size : p.file.data.length,
        sha256: p.sha256,
        reportUnit: p.analysis?.unit ?? null,
        reportYear: p.analysis?.report_year ?? null,
        text: p.text,
        result,
        error: p.error,
        createdBy: ctx.actor.id,
        createdAt: ctx.now,
      });
      // Remembered with the review, so the next upload (in any batch or year) is compared with it.
      if (p.text !== null) {
        await rememberReports(tx, [
          {
            countyId: reviewerUnit.id,
            reviewId: review.id,
            unitId: p.unit?.id ?? null,
            reportYear: p.analysis?.report_year ?? null,
            hashes: p.memory,
          },
        ]);
      }
      await appendAudit(tx, {
        unitId: review.unitId,
        actorId: ctx.actor.id,
        action: 'review.create',
        entity: 'report_review',
        entityId: review.id,
        after: {
          fileName: review.fileName,
          sha256: review.sha256,
          reportUnit: review.reportUnit,
          reportYear: review.reportYear,
        },
        at: ctx.now,
      });
      return review;
    });
    stored.push(row);
  }
  return { batchId, reviews: stored };
}

/**
 * Copy detection over the batch plus the county's earlier reports that may share
 * passages with it: those the county's memory nominates (any batch, any year, reports
 * sent up by townships — see copyMemoryRepo) and, per matched township, its report of
 * the previous year. All of them are verified together on their full texts;
 * never on the main thread (see copyPairs).
 */
async function copiesFor(
  ctx: CommandContext,
  countyId: string,
  prepared: Prepared[],
  budgetSeconds: number,
): Promise<{ found: Map<string, StoredCopy[]>; incomplete: Set<string> }> {
  const docs = prepared
    .filter((p) => p.text && p.analysis)
    .map((p) => ({
      id: p.id,
      unit: p.unit?.name ?? p.analysis?.unit ?? '',
      year: p.analysis?.report_year ?? null,
      text: p.text as string,
    }));
  const names = new Map(
    prepared.map((p) => [p.id, { file: p.file.name, unit: p.unit?.name ?? p.analysis?.unit ?? null }]),
  );
  const byYear = new Map<number, string[]>();
  for (const p of prepared) {
    const y = p.analysis?.report_year;
    if (p.unit && y) byYear.set(y - 1, [...(byYear.get(y - 1) ?? []), p.unit.id]);
  }
  const unitNames = new Map(
    prepared.filter((p) => p.unit).map((p) => [p.unit?.id as string, p.unit?.name as string]),
  );
  for (const [year, unitIds] of byYear) {
    for (const prev of await textsOfUnitsInYear(ctx.db, [...new Set(unitIds)], year)) {
      if (!prev.text || docs.some((d) => d.id === prev.id)) continue;
      docs.push({ id: prev.id, unit: unitNames.get(prev.unitId) ?? '', year, text: prev.text });
      names.set(prev.id, { file: prev.fileName, unit: unitNames.get(prev.unitId) ?? null });
    }
  }
  const readable = prepared.filter((p) => p.text && p.analysis);
  const memory = await findInMemory(
    ctx.db,
    countyId,
    readable.map((p) => p.memory),
  );
  // A township's other report of the same year is a version of this one (a draft sent up,
  // then the final text, or the same file again): not a copy, so not a candidate.
  const wanted = new Set<string>();
  memory.candidates.forEach((list, k) => {
    const p = readable[k];
    const sameReport = (c: MemoryCandidate) =>
      p?.unit !== undefined && c.unitId === p.unit.id && c.reportYear === (p.analysis?.report_year ?? null);
    for (const c of list)
      if (!sameReport(c) && !docs.some((d) => d.id === c.reviewId)) wanted.add(c.reviewId);
  });
  const remembered: CopyDoc[] = [];
  for (const earlier of await memoryTexts(ctx.db, countyId, [...wanted])) {
    if (!earlier.text) continue;
    const unit = earlier.matchedUnit ? earlier.unitName : earlier.reportUnit;
    remembered.push({ id: earlier.id, unit: unit ?? '', year: earlier.reportYear, text: earlier.text });
    names.set(earlier.id, { file: earlier.fileName, unit });
  }
  const out = new Map<string, StoredCopy[]>();
  const add = (
    self: string,
    other: string,
    mine: Side,
    theirs: Side,
    kind: StoredCopy['kind'],
    length: number,
  ) => {
    const o = names.get(other);
    const list = out.get(self) ?? [];
    list.push({
      otherId: other,
      otherFile: o?.file ?? '',
      otherUnit: o?.unit ?? null,
      kind,
      quote: storedQuote(mine.quote),
      start: mine.start,
      end: mine.end,
      otherQuote: storedQuote(theirs.quote),
      length,
    });
    out.set(self, list);
  };
  const collect = (pairs: CopyPair[]) => {
    for (const p of pairs) {
      add(p.a.id, p.b.id, p.a, p.b, p.kind, p.length);
      add(p.b.id, p.a.id, p.b, p.a, p.kind, p.length);
    }
  };
  // The batch among itself (and with the previous-year reports): common wording is what
  // many of the batch's reports carry, as before the memory.
  // the new reports whose search did not finish (out of time or failed)
  const incomplete = new Set<string>();
  const readableIds = readable.map((p) => p.id);
  const run = async (among: CopyDoc[], opts: CopyOptions) => {
    const pairs = await copyPairs(among, opts, budgetSeconds);
    if (!pairs) for (const id of readableIds) if (among.some((d) => d.id === id)) incomplete.add(id);
    return pairs ?? [];
  };
  if (docs.length >= 2) collect(await run(docs, {}));
  // The new reports against the remembered candidates, with no common wording from this
  // small set (MEMORY_VERIFY): the memory already left the county's stock wording out
  // when it chose them, and here a report copied by three townships would otherwise make
  // its own text "common" among the four. Only pairs of a new and a remembered report.
  if (remembered.length > 0) {
    const isNew = new Set(readable.map((p) => p.id));
    const fresh = docs.filter((d) => isNew.has(d.id));
    const pairs = await run([...fresh, ...remembered], MEMORY_VERIFY);
    collect(pairs.filter((p) => isNew.has(p.a.id) !== isNew.has(p.b.id)));
  }
  return { found: out, incomplete };
}

/**
 * Copy detection off the main thread: a large batch on worker threads (findCopiesParallel,
 * every share on a worker: `offMain`), a small one on the analysis worker within the per-file
 * budget, since a few huge texts of many short sections took tens of seconds. Past the budget
 * (or on a failure) `undefined`: the batch is stored, its reports marked `copiesIncomplete`.
 */
async function copyPairs(
  docs: CopyDoc[],
  opts: CopyOptions,
  budgetSeconds: number,
): Promise<CopyPair[] | undefined> {
  // on one core findCopiesParallel is findCopies on this thread: the analysis worker instead
  if (docs.length >= PARALLEL_MIN_REPORTS && defaultThreads() > 1)
    return (await findCopiesParallel(docs, opts, defaultThreads(), { offMain: true })).pairs;
  const pairs = await findCopiesInWorker(docs, budgetSeconds, opts);
  if (!pairs)
    console.warn(`copy detection over ${docs.length} reports ran out of its ${budgetSeconds} s budget`);
  return pairs;
}

interface Side {
  quote: string;
  start: number;
  end: number;
}
