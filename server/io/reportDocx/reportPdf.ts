import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../core/errors';
import type { Config } from '../../config';

/** Where LibreOffice usually is; FAZHI_SOFFICE names another. */
const SOFFICE = [
  '/usr/bin/soffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
];
/** Where Chromium usually is; FAZHI_CHROMIUM names another. */
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

async function firstExecutable(paths: readonly string[]): Promise<string | null> {
  for (const p of paths) {
    try {
      await fs.access(p, fs.constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return null;
}

export function findSoffice(configured = process.env.FAZHI_SOFFICE): Promise<string | null> {
  return firstExecutable(configured ? [configured] : SOFFICE);
}

/**
 * libreoffice converts the .docx (the official GB/T 9704 layout); chromium prints the
 * report's web page (its own layout: the same text, headings and signature) where no
 * LibreOffice is installed.
 */
export type PdfEngine = 'libreoffice' | 'chromium';
export interface PdfConverter {
  engine: PdfEngine;
  program: string;
}

/** The converter this server uses (LibreOffice first under `auto`), or null: PDF is then not offered. */
export async function findPdfConverter(c: Config['pdf']): Promise<PdfConverter | null> {
  if (c.converter === 'off') return null;
  if (c.converter !== 'chromium') {
    const program = await findSoffice(c.soffice);
    if (program) return { engine: 'libreoffice', program };
  }
  if (c.converter !== 'libreoffice') {
    const program = await firstExecutable(c.chromium ? [c.chromium] : CHROMIUM);
    if (program) return { engine: 'chromium', program };
  }
  return null;
}

const TIMEOUT_MS = 60_000;

/**
 * One report to PDF. Each run gets its own directory and profile, so a stuck or concurrent
 * LibreOffice or Chromium elsewhere does not block it; `signal` (the requester has gone)
 * kills the program.
 */
export async function convertToPdf(
  converter: PdfConverter,
  input: { docx: Buffer; html: string },
  signal: AbortSignal,
): Promise<Buffer> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fazhi-pdf-'));
  try {
    const output = path.join(dir, 'report.pdf');
    let args: string[];
    if (converter.engine === 'libreoffice') {
      const docx = path.join(dir, 'report.docx');
      await fs.writeFile(docx, input.docx);
      args = [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        docx,
      ];
    } else {
      const html = path.join(dir, 'report.html');
      await fs.writeFile(html, input.html);
      args = [
        '--headless',
        // Chromium's sandbox needs user namespaces, which a root or container process lacks;
        // the page is our own escaped text with nothing fetched from elsewhere
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        '--disable-gpu',
        '--disable-extensions',
        '--no-first-run',
        '--no-pdf-header-footer',
        `--user-data-dir=${dir}/profile`,
        `--print-to-pdf=${output}`,
        `file://${html}`,
      ];
    }
    await new Promise<void>((resolve, reject) => {
      execFile(converter.program, args, { timeout: TIMEOUT_MS, signal }, (err) =>
        err ? reject(err) : resolve(),
      );
    });
    const bytes = await fs.readFile(output);
    if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('not a PDF');
    return bytes;
  } catch {
    if (signal.aborted) throw signal.reason;
    throw new AppError('UNAVAILABLE', { detail: 'PDF 生成失败，请下载 Word 版本' });
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
