import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../core/errors';

/** Where LibreOffice usually is; FAZHI_SOFFICE names another. */
const CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
];

export async function findSoffice(configured = process.env.FAZHI_SOFFICE): Promise<string | null> {
  for (const p of configured ? [configured] : CANDIDATES) {
    try {
      await fs.access(p, fs.constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return null;
}

const TIMEOUT_MS = 60_000;
/** One conversion at a time: LibreOffice is heavy, and a county converts a few files a day. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * A .docx to PDF through LibreOffice, when the server has it (optional; see
 * docs/report-format.md for the fonts it needs). Each run gets its own profile directory,
 * so a stuck or concurrent LibreOffice elsewhere does not block it.
 */
export function docxToPdf(docx: Buffer, opts: { soffice?: string } = {}): Promise<Buffer> {
  const run = queue.then(async () => {
    const soffice = await findSoffice(opts.soffice);
    if (!soffice) {
      throw new AppError('UNAVAILABLE', {
        detail: '服务器未安装 LibreOffice，暂不能生成 PDF，请下载 Word 版本',
      });
    }
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fazhi-pdf-'));
    try {
      const input = path.join(dir, 'report.docx');
      await fs.writeFile(input, docx);
      await new Promise<void>((resolve, reject) => {
        execFile(
          soffice,
          [
            `-env:UserInstallation=file://${dir}/profile`,
            '--headless',
            '--convert-to',
            'pdf',
            '--outdir',
            dir,
            input,
          ],
          { timeout: TIMEOUT_MS },
          (err) => (err ? reject(err) : resolve()),
        );
      });
      return await fs.readFile(path.join(dir, 'report.pdf'));
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw new AppError('UNAVAILABLE', { detail: 'PDF 生成失败，请下载 Word 版本' });
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
  queue = run.catch(() => undefined);
  return run;
}
