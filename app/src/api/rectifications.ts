import type { Rectification } from '../../../core/contract/rectifications';
import type { RectificationStatus } from '../../../core/review/rectificationFlow';
import { api } from './client';

export type { Rectification, RectificationStatus };

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
