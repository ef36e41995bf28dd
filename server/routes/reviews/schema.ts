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
  /** 雷同段落清单中的序号（从 0 开始）：把该雷同段落作为问题下发整改；与 defectIndex 二选一 */
  copyIndex: z.number().int().min(0).max(2_147_483_647).optional(),
  instruction: z.string().trim().min(2, '请填写整改要求').max(2000, '整改要求不能超过2000字'),
  deadline: z.iso.date('整改期限应为日期（YYYY-MM-DD）'),
});

export const DismissalParams = z.object({
  id: z.uuid('报告编号格式不正确'),
  defectIndex: z.coerce
    .number({ error: '问题序号应为数字' })
    .int('问题序号应为整数')
    .min(0, '问题序号不能为负数'),
});

export const DismissalCreateBody = z.object({
  /** 报告问题清单中的序号（从 0 开始） */
  defectIndex: z
    .number({ error: '请指明要忽略的问题（defectIndex）' })
    .int('问题序号应为整数')
    .min(0, '问题序号不能为负数'),
  reason: z.string().trim().max(500, '忽略理由不能超过500字').optional(),
});

export const ReviewDeleteBody = z.object({
  reason: z.string().trim().min(2, '请填写删除原因').max(500, '删除原因不能超过500字'),
});

export const ReviewReassignBody = z.object({
  unitId: z.uuid('请选择报告所属的乡镇'),
  reason: z.string().trim().min(2, '请填写改派原因').max(500, '改派原因不能超过500字'),
});
