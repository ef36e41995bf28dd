// Uploaded files streamed to a temporary directory with their SHA-256 taken on the way, so a
// request never holds its files in memory (issue 14 §1.6: 10 × 45 MB took the server to 1.3 GB).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../core/errors';

/** A file of the request as written to disk. */
export interface SpooledFile {
  name: string;
  path: string;
  size: number;
  sha256: string;
}

/** What @fastify/multipart yields per file; only the parts we read. */
export interface UploadPart {
  filename: string;
  file: NodeJS.ReadableStream & { truncated: boolean };
}

export interface SpoolLimits {
  /** Bytes of one file; the part stream must be cut at this size (busboy's fileSize) and marked truncated. */
  fileBytes: number;
  files: number;
  totalBytes: number;
  /** What the files are called in messages: 报告, 附件. */
  noun: string;
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * Runs `use` with the request's files spooled into a fresh temporary directory, removed
 * afterwards whatever happens. A file over the limit, one file too many, or a batch over its total
 * ends the request with a Chinese 4xx naming the file.
 */
export async function withSpooledUploads<T>(
  parts: AsyncIterable<UploadPart>,
  limits: SpoolLimits,
  nameOf: (raw: string) => string,
  use: (files: SpooledFile[]) => Promise<T>,
  body?: NodeJS.ReadableStream,
): Promise<T> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'fazhi-upload-'));
  try {
    const files = await withinBody(spoolAll(parts, limits, nameOf, dir), body);
    return await use(files);
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

/** The refusal of a form the parser could not finish: cut off, or not multipart inside. */
export const BROKEN_UPLOAD = '上传的数据不完整或格式错误，请重新上传';

/** How long the parts may still take once the whole body has arrived: parsing the tail is instant. */
const AFTER_BODY_MS = 3_000;

/**
 * A form cut off before its closing boundary (a dropped connection, a broken client) leaves the
 * multipart parser waiting for a file that never ends: once the request body has ended, the
 * parts get a moment to finish, then the upload is refused as incomplete instead of hanging.
 */
function withinBody<T>(reading: Promise<T>, body: NodeJS.ReadableStream | undefined): Promise<T> {
  if (!body) return reading;
  let timer: NodeJS.Timeout | undefined;
  const cutOff = new Promise<never>((_, reject) => {
    body.once('end', () => {
      timer = setTimeout(
        () => reject(new AppError('VALIDATION', { field: 'files', detail: BROKEN_UPLOAD })),
        AFTER_BODY_MS,
      );
      timer.unref();
    });
  });
  return Promise.race([reading, cutOff]).finally(() => clearTimeout(timer));
}

async function spoolAll(
  parts: AsyncIterable<UploadPart>,
  limits: SpoolLimits,
  nameOf: (raw: string) => string,
  dir: string,
): Promise<SpooledFile[]> {
  {
    const files: SpooledFile[] = [];
    let total = 0;
    for await (const part of parts) {
      const name = nameOf(part.filename);
      if (files.length >= limits.files) {
        throw new AppError('VALIDATION', {
          field: 'files',
          detail: `一次最多上传 ${limits.files} 个${limits.noun}，“${name}”及之后的文件未接收，请分批上传`,
        });
      }
      const file = await spoolOne(part, name, path.join(dir, String(files.length)));
      if (part.file.truncated) {
        throw new AppError('FILE_TOO_LARGE', {
          field: 'files',
          detail: `${limits.noun}“${name}”超过 ${mb(limits.fileBytes)}，请压缩图片或拆分后再上传`,
        });
      }
      total += file.size;
      if (total > limits.totalBytes) {
        throw new AppError('FILE_TOO_LARGE', {
          field: 'files',
          detail: `一次上传的${limits.noun}合计不能超过 ${mb(limits.totalBytes)}，到“${name}”时已超出，请分批上传`,
        });
      }
      files.push(file);
    }
    return files;
  }
}

/** Writes one part to `to`, hashing the bytes as they pass; the hash never needs the whole file. */
async function spoolOne(part: UploadPart, name: string, to: string): Promise<SpooledFile> {
  const hash = crypto.createHash('sha256');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  await pipeline(part.file, tap, fs.createWriteStream(to, { flags: 'wx', mode: 0o600 }));
  return { name, path: to, size, sha256: hash.digest('hex') };
}
