import { z } from 'zod';
import { UNIT_LEVELS } from '../../../core/units/unitLevel';

export const UnitIdParams = z.object({ id: z.uuid('单位编号格式不正确') });

export const UnitCreateBody = z.object({
  /** 上级单位；为空表示新建县（区） */
  parentId: z.uuid('上级单位编号格式不正确').nullable(),
  name: z.string().trim().min(2, '单位名称至少2个字').max(50, '单位名称不能超过50个字'),
  level: z.enum(UNIT_LEVELS),
  /** 12位统计用区划代码 */
  code: z
    .string()
    .trim()
    .regex(/^\d{12}$/, '行政区划代码应为12位数字'),
});
