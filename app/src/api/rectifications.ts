import type { Rectification, RectificationAttachment } from '../../../core/contract/rectifications';
import type { RectificationStatus } from '../../../core/review/rectificationFlow';
import { api } from './client';
import { uploadFileTo } from './ledgers';

export type { Rectification, RectificationAttachment, RectificationStatus };

export interface RectificationListParams {
  status?: RectificationStatus;
  reviewId?: string;
}

const path = (id: string, step: string) => `/api/rectifications/${encodeURIComponent(id)}/${step}`;

export const listRectifications = (p: RectificationListParams) =>
  api.get<Rectification[]>('/api/rectifications', { ...p });

export const answerRectification = (r: Pick<Rectification, 'id' | 'version'>, text: string) =>
  api.post<Rectification>(path(r.id, 'answer'), { version: r.version, text });

export const closeRectification = (r: Pick<Rectification, 'id' | 'version'>) =>
  api.post<Rectification>(path(r.id, 'close'), { version: r.version });

export const returnRectification = (r: Pick<Rectification, 'id' | 'version'>, text: string) =>
  api.post<Rectification>(path(r.id, 'return'), { version: r.version, text });

/** A file sent with the answer (the corrected report); only while the item is open. */
export const uploadRectificationAttachment = (id: string, file: File) =>
  uploadFileTo<RectificationAttachment>(`/api/rectifications/${encodeURIComponent(id)}/attachments`, file);

export const rectificationAttachmentUrl = (id: string, attachmentId: string) =>
  `/api/rectifications/${encodeURIComponent(id)}/attachments/${encodeURIComponent(attachmentId)}`;
