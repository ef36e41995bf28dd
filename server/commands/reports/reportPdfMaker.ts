import type { FastifyReply } from 'fastify';
import { AppError } from '../../../core/errors';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { JobQueue } from '../../io/reportDocx/jobQueue';
import { convertToPdf, findPdfConverter, type PdfConverter } from '../../io/reportDocx/reportPdf';
import type { AnnualReportWithUnit } from '../../repositories/annualReportsRepo';
import { cachedReportPdf, storeReportPdf } from '../../repositories/reportPdfsRepo';
import { reportDocx, reportFileName, reportHtml } from './reportExport';

export interface ReportPdf {
  name: string;
  bytes: Buffer;
  /** served from report_pdfs (made earlier, by this instance or another) */
  cached: boolean;
}

export interface ReportPdfMaker {
  /** The converter, looked up once (null: PDF is not offered). */
  converter: Promise<PdfConverter | null>;
  /** The report as it stands, as PDF; `signal` aborts when the requester has gone. */
  pdf(found: AnnualReportWithUnit, signal: AbortSignal, now: Date): Promise<ReportPdf>;
}

const BUSY = '正在生成的 PDF 较多，请稍后再试，或先下载 Word 版本';

function untilAborted<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const leave = () => reject(signal.reason);
    signal.addEventListener('abort', leave, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', leave));
  });
}

/**
 * Report PDFs for one server: made by LibreOffice or Chromium (io/reportDocx/reportPdf.ts)
 * one at a time through a bounded queue (503 with a Chinese message when it is full), cached
 * in the database per report version and converter (report_pdfs, shared by every instance
 * on one database). Requests for the same uncached version share one conversion, which is
 * stopped when every one of them has gone.
 */
export function reportPdfMaker(db: Db, config: Config['pdf']): ReportPdfMaker {
  const converter = findPdfConverter(config);
  const queue = new JobQueue({ running: 1, waiting: config.waiting, busy: BUSY });
  const inflight = new Map<
    string,
    { result: Promise<Buffer>; controller: AbortController; waiters: number }
  >();

  async function pdf(found: AnnualReportWithUnit, signal: AbortSignal, now: Date): Promise<ReportPdf> {
    const conv = await converter;
    if (!conv) {
      throw new AppError('UNAVAILABLE', {
        detail: '服务器未安装 LibreOffice 或 Chromium，暂不能生成 PDF，请下载 Word 版本',
      });
    }
    const key = { reportId: found.report.id, version: found.report.version, engine: conv.engine };
    const name = reportFileName(found.unitName, found.report.year, 'pdf');
    const hit = await cachedReportPdf(db, key);
    if (hit) return { name, bytes: hit, cached: true };

    const k = `${key.reportId}:${key.version}:${key.engine}`;
    let entry = inflight.get(k);
    if (!entry) {
      const controller = new AbortController();
      const result = (async () => {
        const [docx, html] = [await reportDocx(found), reportHtml(found)];
        const bytes = await queue.run(
          (s) => convertToPdf(conv, { docx: docx.bytes, html }, s),
          controller.signal,
        );
        await storeReportPdf(db, key, bytes, now);
        return bytes;
      })();
      entry = { result, controller, waiters: 0 };
      inflight.set(k, entry);
      result.then(
        () => inflight.delete(k),
        () => inflight.delete(k),
      );
    }
    const shared = entry;
    shared.waiters++;
    try {
      return { name, bytes: await untilAborted(shared.result, signal), cached: false };
    } finally {
      shared.waiters--;
      // the last requester has gone: nobody wants this conversion any more
      if (shared.waiters === 0 && signal.aborted) shared.controller.abort(signal.reason);
    }
  }

  return { converter, pdf };
}

/** Aborts when the client goes before the answer is sent (a closed tab, a cancelled download). */
export function whileClientWaits(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) controller.abort(new Error('client closed the connection'));
  });
  return controller.signal;
}

const makers = new WeakMap<Db, ReportPdfMaker>();

/** One maker (one queue) per server: the staff's and the public routes share it. */
export function pdfMakerFor(db: Db, config: Config['pdf']): ReportPdfMaker {
  let m = makers.get(db);
  if (!m) {
    m = reportPdfMaker(db, config);
    makers.set(db, m);
  }
  return m;
}
