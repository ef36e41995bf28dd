import { z } from 'zod';
import type { DisclosureCheck } from '../disclosureReport/check';
import type { DisclosureReportDocument, DisclosureTables } from '../disclosureReport/compose';
import { REPORT_ACTIONS, REPORT_STATUSES } from '../report/workflow';
import { day, declared, instant } from './shape';

/** 政府信息公开工作年度报告 (server/kinds/disclosure/disclosureReportRoutes.ts). */

/** The stored document without the record ids behind each cell (the drill-down answers those). */
export type DisclosureDocumentView = Omit<DisclosureReportDocument, 'tables'> & {
  tables: Omit<DisclosureTables, 'trace'>;
};

export const DisclosureReportListItem = z.strictObject({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  unitCode: z.string(),
  year: z.number(),
  status: z.enum(REPORT_STATUSES),
  statusLabel: z.string(),
  approvedAt: instant.nullable(),
  publishedAt: instant.nullable(),
  updatedAt: instant.nullable(),
  /** the last day to publish, as the county set it */
  due: day,
  overdue: z.boolean(),
});
export type DisclosureReportListItem = z.infer<typeof DisclosureReportListItem>;

export const DisclosureReportList = z.strictObject({ items: z.array(DisclosureReportListItem) });
export type DisclosureReportList = z.infer<typeof DisclosureReportList>;

export const DisclosureReportView = z.strictObject({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  year: z.number(),
  status: z.enum(REPORT_STATUSES),
  statusLabel: z.string(),
  version: z.number(),
  returnReason: z.string().nullable(),
  approvedAt: instant.nullable(),
  publishedAt: instant.nullable(),
  document: declared<DisclosureDocumentView>(
    '报告内容：表二至表四的数据、各部分文字（core/disclosureReport/compose.ts）',
  ),
  checks: z.array(declared<DisclosureCheck>('报告检查结果：error 须改正后才能提交、批准')),
  deadline: z.strictObject({ due: day, explanation: z.string(), overdue: z.boolean() }),
  /** the workflow steps this user may take now */
  actions: z.array(z.enum(REPORT_ACTIONS)),
  editable: z.boolean(),
});
export type DisclosureReportView = z.infer<typeof DisclosureReportView>;

/** The records a table cell counts. */
export const DisclosureCellRecords = z.strictObject({
  cell: z.string(),
  name: z.string(),
  count: z.number(),
  records: z.array(
    z.strictObject({
      id: z.string(),
      kind: z.string(),
      kindLabel: z.string(),
      number: z.string(),
      title: z.string(),
      state: z.string(),
      date: day,
    }),
  ),
});
export type DisclosureCellRecords = z.infer<typeof DisclosureCellRecords>;

export const PublicDisclosureReports = z.strictObject({
  unit: z.strictObject({ name: z.string(), code: z.string() }),
  reports: z.array(
    z.strictObject({
      id: z.string(),
      unitName: z.string(),
      unitCode: z.string(),
      year: z.number(),
      publishedAt: instant.nullable(),
    }),
  ),
});
export type PublicDisclosureReports = z.infer<typeof PublicDisclosureReports>;
