import { z } from 'zod';
import { AREAS } from '../indicators/types';
import type { ReportCheck } from '../report/checks/types';
import type { RenderedReport, ReportDocument } from '../report/model';
import { REPORT_ACTIONS, REPORT_STATUSES } from '../report/workflow';
import { UNIT_LEVELS } from '../units/unitLevel';
import { day, declared, instant } from './shape';

/** 年度报告 (server/routes/reports/reports.ts, server/presenters/annualReport.ts). */

export const DEADLINE_STATES = ['open', 'overdue', 'done', 'done_late'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

export const ReportDeadlineView = z.strictObject({
  key: z.enum(['submit', 'publish']),
  label: z.string(),
  /** the last allowed day */
  due: day,
  explanation: z.string(),
  state: z.enum(DEADLINE_STATES),
  doneOn: day.nullable(),
});
export type ReportDeadlineView = z.infer<typeof ReportDeadlineView>;

export const ReportListItem = z.strictObject({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  unitCode: z.string(),
  year: z.number(),
  status: z.enum(REPORT_STATUSES),
  statusLabel: z.string(),
  revision: z.number(),
  submittedAt: instant.nullable(),
  approvedAt: instant.nullable(),
  reportedAt: instant.nullable(),
  publishedAt: instant.nullable(),
  updatedAt: instant.nullable(),
  version: z.number(),
  /** the deadlines as the county set them */
  deadlines: z.array(ReportDeadlineView),
});
export type ReportListItem = z.infer<typeof ReportListItem>;

export const MissingReport = z.strictObject({
  unitId: z.string(),
  unitName: z.string(),
  level: z.enum(UNIT_LEVELS),
});
export type MissingReport = z.infer<typeof MissingReport>;

export const ReportList = z.strictObject({
  items: z.array(ReportListItem),
  /** units in scope without a report for the year */
  missing: z.array(MissingReport),
});
export type ReportList = z.infer<typeof ReportList>;

export const StaleFigure = z.strictObject({
  paragraphId: z.string(),
  key: z.string(),
  from: z.number(),
  to: z.number().nullable(),
});
export type StaleFigure = z.infer<typeof StaleFigure>;

const Rendered = declared<RenderedReport>(
  '按 GB/T 9704 排好的报告正文（core/report/model.ts RenderedReport）',
);

/** 主送、抄送、签发人, the meeting's review before 报送, the 保密审查 before 公开. */
export const ReportIssuanceView = z.strictObject({
  mainTo: z.string(),
  copyTo: z.string(),
  signer: z.string(),
  meeting: z
    .strictObject({ body: z.enum(['party_committee', 'executive_meeting']), date: z.string() })
    .nullable(),
  secrecy: z
    .strictObject({ reviewer: z.string(), date: z.string(), result: z.enum(['passed', 'failed']) })
    .nullable(),
});
export type ReportIssuanceView = z.infer<typeof ReportIssuanceView>;

export const ReportView = z.strictObject({
  id: z.string(),
  /** the server can convert to PDF (LibreOffice installed) */
  pdf: z.boolean(),
  unit: z.strictObject({ id: z.string(), name: z.string(), code: z.string() }),
  year: z.number(),
  status: z.enum(REPORT_STATUSES),
  statusLabel: z.string(),
  version: z.number(),
  revision: z.number(),
  frozen: z.boolean(),
  returnReason: z.string().nullable(),
  submittedAt: instant.nullable(),
  approvedAt: instant.nullable(),
  reportedAt: instant.nullable(),
  publishedAt: instant.nullable(),
  updatedAt: instant.nullable(),
  document: declared<ReportDocument>('报告的段落与数字（core/report/model.ts ReportDocument）'),
  rendered: Rendered,
  checks: z.array(declared<ReportCheck>('一项检查及其结果（core/report/checks/types.ts）')),
  stale: z.array(StaleFigure),
  deadlines: z.array(ReportDeadlineView),
  canEdit: z.boolean(),
  actions: z.array(
    z.strictObject({ action: z.enum(REPORT_ACTIONS), label: z.string(), reason: z.boolean() }),
  ),
  issuance: ReportIssuanceView,
  /** which parts of the issuance may be recorded in this state */
  issuanceEditable: z.strictObject({ addressing: z.boolean(), meeting: z.boolean(), secrecy: z.boolean() }),
  /** the reader submitted it, so may not approve it (separation of duty) */
  submittedByReader: z.boolean(),
});
export type ReportView = z.infer<typeof ReportView>;

/** Per area and year: the township confirmed its ledger complete (who, when). */
export const AreaConfirmations = z.strictObject({
  unitId: z.string(),
  year: z.number(),
  canConfirm: z.boolean(),
  areas: z.array(
    z.strictObject({
      area: z.enum(AREAS),
      label: z.string(),
      confirmed: z.boolean(),
      confirmedByName: z.string().nullable(),
      confirmedAt: z.string().nullable(),
    }),
  ),
});
export type AreaConfirmations = z.infer<typeof AreaConfirmations>;

/** The approved versions of a report (每次批准留一版). */
export const ReportVersion = z.strictObject({
  revision: z.number(),
  approvedBy: z.string().nullable(),
  approvedAt: instant,
});

export const PublicReportIndex = z.strictObject({
  unit: z.strictObject({ name: z.string(), code: z.string(), level: z.enum(UNIT_LEVELS) }),
  reports: z.array(
    z.strictObject({
      id: z.string(),
      unitId: z.string(),
      unitName: z.string(),
      unitCode: z.string(),
      year: z.number(),
      publishedAt: instant.nullable(),
    }),
  ),
  /** the county's index: every unit that reports, with the years it has published */
  units: z.array(
    z.strictObject({
      name: z.string(),
      code: z.string(),
      published: z.array(z.strictObject({ year: z.number(), publishedAt: instant.nullable() })),
    }),
  ),
});
export type PublicReportIndex = z.infer<typeof PublicReportIndex>;

export const PublicReport = z.strictObject({
  id: z.string(),
  unit: z.strictObject({ name: z.string(), code: z.string() }),
  year: z.number(),
  publishedAt: instant.nullable(),
  rendered: Rendered,
  /** the server can make a PDF (LibreOffice or Chromium installed) */
  pdf: z.boolean(),
});
export type PublicReport = z.infer<typeof PublicReport>;
