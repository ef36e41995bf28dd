import type { DefectKind } from '../../../core/analyzer/types';
import type { RectificationStatus } from '../../../core/review/rectificationFlow';
import { api } from './client';

export type { RectificationStatus };

/** 整改事项: a finding the county sent to a township, and its answer. */
export interface Rectification {
  id: string;
  unit: { id: string; name: string };
  review: { id: string; fileName: string; reportYear: number | null };
  /** A defect of the report, or a copied passage made a finding ('copy', 'self_repeat'). */
  defect: { kind: DefectKind | 'copy' | 'self_repeat'; quote: string; message: string };
  instruction: string;
  /** YYYY-MM-DD */
  deadline: string;
  status: RectificationStatus;
  overdue: boolean;
  answer: string | null;
  /** Why the reviewer last sent it back; shown while the item is open again. */
  returnReason: string | null;
  answeredAt: string | null;
  closedAt: string | null;
  createdAt: string;
  version: number;
}

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
