import crypto from 'node:crypto';
import { AppError } from '../../../core/errors';
import { type LedgerKind, worksOn } from '../../../core/ledgers';
import { can } from '../../../core/policy';
import { UPLOAD_LIMITS } from '../../io/limits';
import { appendAudit } from '../../repositories/auditRepo';
import {
  type AttachmentMeta,
  deleteAttachmentChunks,
  getAttachment,
  insertAttachmentMeta,
  readAttachmentChunks,
  softDeleteAttachment,
  writeAttachmentChunks,
} from '../../repositories/ledgerAttachmentsRepo';
import type { CommandContext } from '../context';
import { eventsOf, loadLedgerRecord } from './ledgerContext';

export const ATTACHMENT_MAX_BYTES = UPLOAD_LIMITS.attachmentBytes;

/**
 * Allowed files, recognised by their first bytes as well as their name: a renamed executable
 * is refused whatever it is called.
 */
const TYPES: { ext: string[]; mime: string; magic: (b: Uint8Array) => boolean }[] = [
  { ext: ['pdf'], mime: 'application/pdf', magic: (b) => ascii(b, 0, 5) === '%PDF-' },
  { ext: ['png'], mime: 'image/png', magic: (b) => b[0] === 0x89 && ascii(b, 1, 4) === 'PNG' },
  { ext: ['jpg', 'jpeg'], mime: 'image/jpeg', magic: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    ext: ['docx'],
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: (b) => ascii(b, 0, 2) === 'PK',
  },
  {
    ext: ['xlsx'],
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    magic: (b) => ascii(b, 0, 2) === 'PK',
  },
  { ext: ['doc'], mime: 'application/msword', magic: isOle },
  { ext: ['xls'], mime: 'application/vnd.ms-excel', magic: isOle },
  { ext: ['txt'], mime: 'text/plain; charset=utf-8', magic: (b) => !b.subarray(0, 4096).includes(0) },
];

function ascii(b: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...b.subarray(from, to));
}

function isOle(b: Uint8Array): boolean {
  return b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
}

export const ATTACHMENT_EXTENSIONS = TYPES.flatMap((t) => t.ext);

export function sniffAttachment(name: string, data: Uint8Array): { mime: string } {
  const ext = name.split('.').pop()?.toLowerCase() ?? '';
  const type = TYPES.find((t) => t.ext.includes(ext));
  if (!type) {
    throw new AppError('FILE_TYPE_NOT_ALLOWED', {
      field: 'file',
      detail: `不支持“.${ext}”类型的附件，可上传：${ATTACHMENT_EXTENSIONS.join('、')}`,
    });
  }
  if (data.length === 0) throw new AppError('VALIDATION', { field: 'file', detail: `附件“${name}”是空文件` });
  if (!type.magic(data)) {
    throw new AppError('FILE_TYPE_NOT_ALLOWED', {
      field: 'file',
      detail: `附件“${name}”的内容与扩展名不符，请确认文件未损坏或被改名`,
    });
  }
  return { mime: type.mime };
}

export async function attachmentAdder(
  ctx: CommandContext,
  kind: LedgerKind,
  /** `sha256` was taken while the upload streamed to disk (io/uploadSpool.ts). */
  p: { id: string; name: string; data: Uint8Array; sha256: string; event?: number | undefined },
): Promise<AttachmentMeta> {
  const found = await loadLedgerRecord(ctx, kind, p.id);
  const steps = eventsOf(found.record).length;
  if (p.event !== undefined && p.event >= steps) {
    throw new AppError('VALIDATION', { field: 'event', detail: `该记录没有第${p.event + 1}个办理步骤` });
  }
  if (!can(ctx.actor, 'ledger.work', { path: found.unitPath }) || !worksOn(kind, ctx.actor.role)) {
    throw new AppError('FORBIDDEN');
  }
  return storeAttachment(ctx, {
    unitId: found.record.unitId,
    recordId: found.record.id,
    name: p.name,
    data: p.data,
    sha256: p.sha256,
    event: p.event ?? null,
    audit: { action: 'ledger.attach', entity: 'ledger_record', after: { event: p.event ?? null } },
  });
}

/**
 * Stores one checked file of a record the caller has found and authorised (a ledger record or a
 * 整改 item): size, name and content checks, then the bytes piece by piece outside the
 * transaction (other requests go between the pieces); the row and its audit record then commit
 * together, and only the row makes it visible. Pieces of a failed store are removed.
 */
export async function storeAttachment(
  ctx: CommandContext,
  p: {
    unitId: string;
    recordId: string;
    name: string;
    data: Uint8Array;
    sha256: string;
    event: number | null;
    audit: { action: string; entity: string; after?: Record<string, unknown> };
  },
): Promise<AttachmentMeta> {
  if (p.data.length > ATTACHMENT_MAX_BYTES) {
    throw new AppError('FILE_TOO_LARGE', {
      field: 'file',
      detail: `附件不能超过 ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB`,
    });
  }
  const name = p.name.replace(/[\\/]/g, '_').slice(0, 200) || '附件';
  const { mime } = sniffAttachment(name, p.data);
  const { unitId } = p;
  const attachmentId = crypto.randomUUID();
  try {
    await writeAttachmentChunks(ctx.db, unitId, attachmentId, p.data, ctx.now);
    return await ctx.db.transaction(async (tx) => {
      const saved = await insertAttachmentMeta(tx, {
        unitId,
        id: attachmentId,
        recordId: p.recordId,
        name,
        mime,
        size: p.data.length,
        sha256: p.sha256,
        event: p.event,
        createdBy: ctx.actor.id,
        createdAt: ctx.now,
      });
      await appendAudit(tx, {
        unitId,
        actorId: ctx.actor.id,
        action: p.audit.action,
        entity: p.audit.entity,
        entityId: p.recordId,
        after: { attachment: saved.id, name, size: saved.size, sha256: p.sha256, ...p.audit.after },
        at: ctx.now,
      });
      return saved;
    });
  } catch (e) {
    await deleteAttachmentChunks(ctx.db, unitId, attachmentId).catch(() => undefined);
    throw e;
  }
}

/** The attachment's description and its bytes as a stream of pieces, read only once it is found in scope. */
export async function attachmentLoader(
  ctx: CommandContext,
  kind: LedgerKind,
  id: string,
  attachmentId: string,
): Promise<{ file: AttachmentMeta; content: AsyncGenerator<Buffer> }> {
  const found = await loadLedgerRecord(ctx, kind, id);
  const file = await getAttachment(ctx.db, found.record.unitId, found.record.id, attachmentId);
  if (!file) throw new AppError('NOT_FOUND');
  return { file, content: readAttachmentChunks(ctx.db, file.unitId, file.id) };
}

export async function attachmentRemover(
  ctx: CommandContext,
  kind: LedgerKind,
  id: string,
  attachmentId: string,
) {
  const found = await loadLedgerRecord(ctx, kind, id);
  if (!can(ctx.actor, 'ledger.work', { path: found.unitPath }) || !worksOn(kind, ctx.actor.role)) {
    throw new AppError('FORBIDDEN');
  }
  const file = await getAttachment(ctx.db, found.record.unitId, found.record.id, attachmentId);
  if (!file) throw new AppError('NOT_FOUND');
  await ctx.db.transaction(async (tx) => {
    await softDeleteAttachment(tx, found.record.unitId, attachmentId, ctx.now);
    await appendAudit(tx, {
      unitId: found.record.unitId,
      actorId: ctx.actor.id,
      action: 'ledger.detach',
      entity: 'ledger_record',
      entityId: found.record.id,
      before: { attachment: file.id, name: file.name, sha256: file.sha256 },
      at: ctx.now,
    });
  });
}
