import crypto from 'node:crypto';
import { AppError } from '../../core/errors';
import { can } from '../../core/policy';
import {
  nextStatus,
  RECTIFICATION_STATUS_LABELS,
  type RectificationAction,
  type RectificationStatus,
} from '../../core/review/rectificationFlow';
import { appendAudit } from '../repositories/auditRepo';
import {
  type AttachmentMeta,
  getAttachment,
  readAttachmentChunks,
} from '../repositories/ledgerAttachmentsRepo';
import {
  getRectification,
  insertRectification,
  type RectificationRow,
  type RectificationWithContext,
  updateRectificationVersioned,
} from '../repositories/rectificationsRepo';
import { getReview } from '../repositories/reviewsRepo';
import type { CommandContext } from './context';
import { storeAttachment } from './ledgers/attachmentCommands';
import type { StoredCopy } from './reviewBatchAnalyzer';

export interface StoredDefect {
  kind: string;
  quote: string;
  message: string;
  start?: number;
  end?: number;
}

export interface RectificationIssueProps {
  reviewId: string;
  /** Index into the review's defects; omitted for a finding the reviewer writes themselves. */
  defectIndex?: number | undefined;
  /** Index into the review's copied passages: the passage becomes the finding (one step from 雷同 to 整改). */
  copyIndex?: number | undefined;
  instruction: string;
  deadline: string;
}

/** The reviewer sends a finding of a reviewed report back to its township. */
export async function rectificationIssuer(
  ctx: CommandContext,
  p: RectificationIssueProps,
): Promise<RectificationRow> {
  const found = await getReview(ctx.db, p.reviewId);
  if (!found || !can(ctx.actor, 'unit.read', { path: found.unitPath })) throw new AppError('NOT_FOUND');
  if (!can(ctx.actor, 'review.manage', { path: found.unitPath })) throw new AppError('FORBIDDEN');
  if (!found.review.matchedUnit) {
    throw new AppError('VALIDATION', {
      field: 'reviewId',
      detail: '该报告未匹配到本辖区内的单位，无法下发整改',
    });
  }
  if (p.deadline < ctx.now.toISOString().slice(0, 10)) {
    throw new AppError('VALIDATION', { field: 'deadline', detail: '整改期限不能早于今天' });
  }
  const defects = ((found.review.result as { defects?: StoredDefect[] } | null)?.defects ??
    []) as StoredDefect[];
  let defect: StoredDefect = { kind: 'other', quote: '', message: p.instruction };
  if (p.defectIndex !== undefined && p.copyIndex !== undefined) {
    throw new AppError('VALIDATION', {
      field: 'copyIndex',
      detail: '问题序号与雷同段落序号只能填写一个',
    });
  }
  if (p.copyIndex !== undefined) {
    const copies = (found.review.result as { copies?: StoredCopy[] } | null)?.copies ?? [];
    const c = copies[p.copyIndex];
    if (!c)
      throw new AppError('VALIDATION', {
        field: 'copyIndex',
        detail: `第 ${p.copyIndex + 1} 处雷同段落不存在`,
      });
    defect = copyDefect(c);
  }
  if (p.defectIndex !== undefined) {
    const d = defects[p.defectIndex];
    if (!d)
      throw new AppError('VALIDATION', {
        field: 'defectIndex',
        detail: `第 ${p.defectIndex + 1} 项问题不存在`,
      });
    defect = { kind: d.kind, quote: d.quote, message: d.message, start: d.start, end: d.end };
  }
  return ctx.db.transaction(async (tx) => {
    const row = await insertRectification(tx, {
      unitId: found.review.unitId,
      id: crypto.randomUUID(),
      reviewId: found.review.id,
      defect,
      instruction: p.instruction,
      deadline: p.deadline,
      status: 'open',
      createdBy: ctx.actor.id,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await appendAudit(tx, {
      unitId: row.unitId,
      actorId: ctx.actor.id,
      action: 'rectification.create',
      entity: 'rectification',
      entityId: row.id,
      after: { defect, instruction: p.instruction, deadline: p.deadline, status: 'open' },
      at: ctx.now,
    });
    return row;
  });
}

/**
 * A copied passage as the finding of a 整改 item: kind copy (or self_repeat), the
 * passage of this report as the quote, and a message naming where it also appears.
 */
export function copyDefect(c: StoredCopy): StoredDefect {
  const where = `${c.otherUnit ?? '未识别单位'}《${c.otherFile}》`;
  const selfRepeat = c.kind === 'self_repeat' || c.kind === 'same_unit_previous_year';
  return {
    kind: selfRepeat ? 'self_repeat' : 'copy',
    quote: c.quote,
    message: selfRepeat
      ? `该段与本单位往年报告${where}雷同 ${c.length} 字，请结合本年度实际工作重新撰写`
      : `该段与${where}雷同 ${c.length} 字，请结合本单位实际工作重新撰写`,
    start: c.start,
    end: c.end,
  };
}

/** Loads an item the actor may see: out of scope is 404. */
export async function loadRectification(ctx: CommandContext, id: string): Promise<RectificationWithContext> {
  const found = await getRectification(ctx.db, id);
  if (!found || !can(ctx.actor, 'rectification.read', { path: found.unitPath }))
    throw new AppError('NOT_FOUND');
  return found;
}

const ACTION_POLICY = {
  answer: 'rectification.answer',
  close: 'review.manage',
  return: 'review.manage',
} as const;

/** Answer (township), close or return (reviewer); each step checked against the flow and the version. */
export async function rectificationTransition(
  ctx: CommandContext,
  p: { id: string; action: RectificationAction; version: number; text?: string | undefined },
): Promise<RectificationWithContext> {
  const found = await loadRectification(ctx, p.id);
  if (!can(ctx.actor, ACTION_POLICY[p.action], { path: found.unitPath })) throw new AppError('FORBIDDEN');
  const step = nextStatus(found.item.status, p.action);
  if (!step.ok) throw new AppError('VALIDATION', { field: 'action', detail: step.reason });
  if ((p.action === 'answer' || p.action === 'return') && !p.text?.trim()) {
    throw new AppError('VALIDATION', {
      field: 'text',
      detail: p.action === 'answer' ? '请填写整改情况' : '请填写退回原因',
    });
  }
  const patch =
    p.action === 'answer'
      ? { status: step.to, answer: p.text?.trim(), answeredBy: ctx.actor.id, answeredAt: ctx.now }
      : p.action === 'close'
        ? { status: step.to, closedBy: ctx.actor.id, closedAt: ctx.now }
        : { status: step.to, returnReason: p.text?.trim() };
  return ctx.db.transaction(async (tx) => {
    const row = await updateRectificationVersioned(tx, p.id, p.version, { ...patch, updatedAt: ctx.now });
    if (!row) throw new AppError('STALE_VERSION', { field: 'version' });
    await appendAudit(tx, {
      unitId: row.unitId,
      actorId: ctx.actor.id,
      action: `rectification.${p.action}`,
      entity: 'rectification',
      entityId: row.id,
      before: { status: found.item.status },
      after: { status: row.status, ...(p.text ? { text: p.text.trim() } : {}) },
      at: ctx.now,
    });
    return { ...found, item: row };
  });
}

/**
 * A file the township sends with its answer (the corrected report, say), kept in the
 * attachment storage of ledger records under the item's id: the same size limit, type
 * check, backup and audit. Only while the item is open, before the answer goes.
 */
export async function rectificationAttachmentAdder(
  ctx: CommandContext,
  p: { id: string; name: string; data: Uint8Array; sha256: string },
): Promise<AttachmentMeta> {
  const found = await loadRectification(ctx, p.id);
  if (!can(ctx.actor, 'rectification.answer', { path: found.unitPath })) throw new AppError('FORBIDDEN');
  if (found.item.status !== 'open') {
    throw new AppError('VALIDATION', {
      field: 'file',
      detail: `当前状态为「${RECTIFICATION_STATUS_LABELS[found.item.status as RectificationStatus]}」，不能再上传附件`,
    });
  }
  return storeAttachment(ctx, {
    unitId: found.item.unitId,
    recordId: found.item.id,
    name: p.name,
    data: p.data,
    sha256: p.sha256,
    event: null,
    audit: { action: 'rectification.attach', entity: 'rectification' },
  });
}

/** One file of an item the actor may see. */
export async function rectificationAttachmentLoader(ctx: CommandContext, id: string, attachmentId: string) {
  const found = await loadRectification(ctx, id);
  const file = await getAttachment(ctx.db, found.item.unitId, found.item.id, attachmentId);
  if (!file) throw new AppError('NOT_FOUND');
  return { file, content: readAttachmentChunks(ctx.db, file.unitId, file.id) };
}
