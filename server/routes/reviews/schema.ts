import { z } from 'zod';

export const ReviewIdParams = z.object({ id: z.uuid('报告编号格式不正确') });

export const ReviewListQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  batchId: z.uuid().optional(),
});

export const ReviewExportQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  batchId: z.uuid().optional(),
});

export const RectificationCreateBody = z.object({
  /** 报告问题清单中的序号（从 0 开始）；为空表示审查员自行填写的问题 */
  defectIndex: z.number().int().min(0).max(2_147_483_647).optional(),
  instruction: z.string().trim().min(2, '请填写整改要求').max(2000, '整改要求不能超过2000字'),
  deadline: z.iso.date('整改期限应为日期（YYYY-MM-DD）'),
});
