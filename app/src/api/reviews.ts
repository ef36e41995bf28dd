import type {
  CopiedPassage,
  CopyKind,
  DefectDismissal,
  FigureValue,
  ReviewBatch,
  ReviewDetail,
  ReviewResult,
  ReviewSummary,
} from '../../../core/contract/reviews';
import { ApiError, api } from './client';
import type { Rectification } from './rectifications';

export type {
  CopiedPassage,
  CopyKind,
  DefectDismissal,
  FigureValue,
  ReviewDetail,
  ReviewResult,
  ReviewSummary,
};

export interface ReviewListParams {
  year?: number;
  batchId?: string;
}

export interface RectificationIssueInput {
  defectIndex?: number;
  /** A copied passage (index into result.copies) as the finding; instead of defectIndex. */
  copyIndex?: number;
  instruction: string;
  /** YYYY-MM-DD */
  deadline: string;
}

export const listReviews = (p: ReviewListParams) => api.get<ReviewSummary[]>('/api/reviews', { ...p });

export const getReview = (id: string) => api.get<ReviewDetail>(`/api/reviews/${encodeURIComponent(id)}`);

export const dismissDefect = (reviewId: string, defectIndex: number, reason?: string) =>
  api.post<DefectDismissal[]>(`/api/reviews/${encodeURIComponent(reviewId)}/dismissals`, {
    defectIndex,
    ...(reason ? { reason } : {}),
  });

export const restoreDefect = (reviewId: string, defectIndex: number) =>
  api.delete<DefectDismissal[]>(`/api/reviews/${encodeURIComponent(reviewId)}/dismissals/${defectIndex}`);

/** A wrong or repeated upload goes, with the reason (kept in the audit chain). */
export const deleteReview = (id: string, reason: string) =>
  api.delete<void>(`/api/reviews/${encodeURIComponent(id)}`, { reason });

/** Files the report under the township it is about. */
export const reassignReview = (id: string, unitId: string, reason: string) =>
  api.post<ReviewSummary>(`/api/reviews/${encodeURIComponent(id)}/reassign`, { unitId, reason });

export const issueRectification = (reviewId: string, input: RectificationIssueInput) =>
  api.post<Rectification>(`/api/reviews/${encodeURIComponent(reviewId)}/rectifications`, input);

function envelopeError(status: number, body: string): ApiError {
  try {
    const err = (JSON.parse(body) as { error?: { code?: string; message?: string; field?: string } }).error;
    if (err?.code && err.message) return new ApiError(status, err.code, err.message, err.field);
  } catch {
    // not our envelope: fall through to a generic message
  }
  if (status === 413) return new ApiError(status, 'HTTP_413', '上传的文件过大');
  return new ApiError(
    status,
    `HTTP_${status}`,
    status >= 500 ? '服务暂不可用，请稍后重试' : `请求失败（${status}）`,
  );
}

/**
 * Uploads a batch of reports as one multipart request. XMLHttpRequest rather than
 * fetch because only it reports upload progress; `onProgress` gets 0–100.
 */
export function uploadReports(
  files: readonly File[],
  onProgress: (percent: number) => void,
): Promise<ReviewBatch> {
  const form = new FormData();
  for (const f of files) form.append('files', f, f.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/reviews');
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve(JSON.parse(xhr.responseText));
      else reject(envelopeError(xhr.status, xhr.responseText));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络后重试'));
    xhr.send(form);
  });
}

function fileNameOf(disposition: string | null, fallback: string): string {
  const m = disposition?.match(/filename\*=UTF-8''([^;]+)/i);
  if (!m?.[1]) return fallback;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return fallback;
  }
}

/** Downloads the review sheet (Excel) for the same filters as the table. */
export async function downloadReviewSheet(p: ReviewListParams): Promise<void> {
  const qs = new URLSearchParams();
  if (p.year) qs.set('year', String(p.year));
  if (p.batchId) qs.set('batchId', p.batchId);
  let res: Response;
  try {
    res = await fetch(`/api/reviews/export${qs.size ? `?${qs}` : ''}`, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络后重试');
  }
  if (!res.ok) throw envelopeError(res.status, await res.text());
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileNameOf(res.headers.get('content-disposition'), '报告审查表.xlsx');
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
