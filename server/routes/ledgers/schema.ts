import { z } from 'zod';
import { isDayString } from '../../../core/calendar';

export const KindParams = z.object({ kind: z.string().min(1).max(40) });
export const RecordParams = KindParams.extend({ id: z.uuid('记录编号格式不正确') });
export const ActionParams = RecordParams.extend({ action: z.string().min(1).max(60) });
export const AttachmentParams = RecordParams.extend({ attachmentId: z.uuid('附件编号格式不正确') });

// a real calendar day, not just its shape: 2025-02-30 passed the old regex and threw a RangeError (issue 14 §1.7)
const day = z.string().refine(isDayString, '日期应为有效的 YYYY-MM-DD 日期');

/** List filters; `f.<field>` keys (one or repeated) filter declared fields. */
export const ListQuery = z
  .object({
    unit: z.uuid('单位编号格式不正确').optional(),
    q: z.string().trim().max(50, '搜索词不能超过50个字').optional(),
    /** One state, or several (repeated): a figure's rows may be in any of its states. */
    state: z.union([z.string().max(40), z.array(z.string().max(40)).max(20)]).optional(),
    year: z.coerce.number().int().min(1990).max(2199).optional(),
    from: day.optional(),
    to: day.optional(),
    clock: z.enum(['overdue', 'due_soon']).optional(),
    /** A figure's drill-down: only the rows the indicator counts (with from, to, asOf: its period). */
    indicator: z.string().max(80).optional(),
    part: z.enum(['numerator', 'denominator'], '请选择分子或分母').default('numerator'),
    asOf: day.optional(),
    sort: z.enum(['eventDate', 'number', 'updatedAt']).default('eventDate'),
    order: z.enum(['asc', 'desc']).default('desc'),
    page: z.coerce.number().int().min(1).max(2_147_483_647).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(20),
  })
  .catchall(z.union([z.string().max(100), z.array(z.string().max(100)).max(20)]));

export const CreateQuery = z.object({ unit: z.uuid('单位编号格式不正确').optional() });
/** The roster a kind's people lists are picked from: whose township, and the record being edited. */
export const PeopleQuery = z.object({
  unit: z.uuid('单位编号格式不正确').optional(),
  except: z.uuid('记录编号格式不正确').optional(),
});
export const DetailQuery = z.object({ reveal: z.enum(['0', '1']).optional() });

/** Field values are checked against the kind's declaration by core, not by zod. */
const Values = z.record(z.string(), z.unknown());
export const CreateBody = Values;
export const UpdateBody = z.object({ version: z.number().int().min(1).max(2_147_483_647), values: Values });
export const ActionBody = z.object({
  version: z.number().int().min(1).max(2_147_483_647),
  values: Values.default({}),
});
export const DeleteQuery = z.object({
  version: z.coerce.number().int().min(1).max(2_147_483_647),
  /** required once the record is past registration (checked in the command, which knows the state) */
  reason: z.string().trim().max(500, '「删除理由」不能超过500字').optional(),
});

export const BulkParams = KindParams.extend({ action: z.string().min(1).max(60) });
export const BulkBody = z.object({
  items: z
    .array(
      z.object({ id: z.uuid('记录编号格式不正确'), version: z.number().int().min(1).max(2_147_483_647) }),
    )
    .min(1, '请至少选择一条记录')
    .max(200, '一次最多批量办理200条'),
});
