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

export const UnitUpdateBody = z
  .object({
    name: z.string().trim().min(2, '单位名称至少2个字').max(50, '单位名称不能超过50个字').optional(),
    code: z
      .string()
      .trim()
      .regex(/^\d{12}$/, '行政区划代码应为12位数字')
      .optional(),
    /** 某一年度的常住人口；value 为空表示删除该年度的数字 */
    population: z
      .object({
        year: z.number().int().min(2000, '年度应在2000～2100之间').max(2100, '年度应在2000～2100之间'),
        value: z
          .number()
          .int('常住人口应为整数')
          .min(1, '常住人口应大于0')
          .max(100_000_000, '常住人口不能超过1亿')
          .nullable(),
      })
      .optional(),
  })
  .refine((b) => b.name !== undefined || b.code !== undefined || b.population !== undefined, {
    message: '没有要修改的内容',
  });
