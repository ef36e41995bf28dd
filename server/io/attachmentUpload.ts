import fs from 'node:fs';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors';
import { ATTACHMENT_MAX_BYTES } from '../commands/ledgers/attachmentCommands';
import { storableText } from '../lib/storableText';
import { withSpooledUploads } from './uploadSpool';

/** One uploaded file, read back from its spool with the hash taken while it streamed. */
export interface UploadedAttachment {
  name: string;
  data: Uint8Array;
  sha256: string;
}

/**
 * The upload of one attachment (multipart, field `file`) as every attachment route takes it: the
 * size limit, the spool to disk, a Chinese error for a missing file or a form that is not multipart.
 * `store` gets the file's bytes and saves them.
 */
export async function withOneAttachment<T>(
  req: FastifyRequest,
  store: (file: UploadedAttachment) => Promise<T>,
): Promise<T> {
  if (!req.isMultipart())
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', { detail: '请以 multipart/form-data 上传文件' });
  const parts = req.files({
    limits: { fileSize: ATTACHMENT_MAX_BYTES, files: 2 },
    throwFileSizeLimit: false,
  });
  const limits = {
    fileBytes: ATTACHMENT_MAX_BYTES,
    files: 1,
    totalBytes: ATTACHMENT_MAX_BYTES,
    noun: '附件',
  };
  return withSpooledUploads(
    parts,
    limits,
    storableText,
    async ([file]) => {
      if (!file) throw new AppError('VALIDATION', { field: 'file', detail: '请选择要上传的文件' });
      return store({
        name: file.name,
        data: new Uint8Array(await fs.promises.readFile(file.path)),
        sha256: file.sha256,
      });
    },
    req.raw,
  );
}
