import type { ReportCheck } from '../../../core/report/checks/types';
import type { RenderedReport, ReportDocument, ReportPartKey } from '../../../core/report/model';
import type { ReportAction, ReportStatus } from '../../../core/report/workflow';
import { api, request } from './client';

/** 年度报告 (server/routes/reports/reports.ts, server/presenters/annualReport.ts). */

export type DeadlineState = 'open' | 'overdue' | 'done' | 'done_late';

export interface ReportDeadlineView {
  key: 'submit' | 'publish';
  label: string;
  /** the last allowed day, YYYY-MM-DD */
  due: string;
  explanation: string;
  state: DeadlineState;
  doneOn: string | null;
}

export interface ReportListItem {
  id: string;
  unitId: string;
  unitName: string;
  unitCode: string;
  year: number;
  status: ReportStatus;
  statusLabel: string;
  revision: number;
  submittedAt: string | null;
  approvedAt: string | null;
  reportedAt: string | null;
  publishedAt: string | null;
  updatedAt: string | null;
  version: number;
  /** the deadlines as the county set them, when the server sends them with the list */
  deadlines?: ReportDeadlineView[];
}

export interface MissingReport {
  unitId: string;
  unitName: string;
  level: string;
}

export interface ReportList {
  items: ReportListItem[];
  /** units in scope without a report for the year */
  missing: MissingReport[];
}

export interface StaleFigure {
  paragraphId: string;
  key: string;
  from: number;
  to: number | null;
}

export interface ReportView {
  id: string;
  /** the server can convert to PDF (LibreOffice installed) */
  pdf?: boolean;
  unit: { id: string; name: string; code: string };
  year: number;
  status: ReportStatus;
  statusLabel: string;
  version: number;
  revision: number;
  frozen: boolean;
  returnReason: string | null;
  submittedAt: string | null;
  approvedAt: string | null;
  reportedAt: string | null;
  publishedAt: string | null;
  updatedAt: string | null;
  document: ReportDocument;
  rendered: RenderedReport;
  checks: ReportCheck[];
  stale: StaleFigure[];
  deadlines: ReportDeadlineView[];
  canEdit: boolean;
  actions: { action: ReportAction; label: string; reason: boolean }[];
  issuance: ReportIssuanceView;
  issuanceEditable: { addressing: boolean; meeting: boolean; secrecy: boolean };
  submittedByReader: boolean;
}

/** 主送、抄送、签发人, the meeting's review before 报送, the 保密审查 before 公开. */
export interface ReportIssuanceView {
  mainTo: string;
  copyTo: string;
  signer: string;
  meeting: { body: 'party_committee' | 'executive_meeting'; date: string } | null;
  secrecy: { reviewer: string; date: string; result: 'passed' | 'failed' } | null;
}

export type IssuanceInput =
  | { part: 'addressing'; mainTo: string; copyTo: string; signer: string }
  | { part: 'meeting'; body: 'party_committee' | 'executive_meeting'; date: string }
  | { part: 'secrecy'; reviewer: string; date: string; result: 'passed' | 'failed' };

export interface PublicReportIndex {
  unit: { name: string; code: string; level: string };
  reports: {
    id: string;
    unitId: string;
    unitName: string;
    unitCode: string;
    year: number;
    publishedAt: string | null;
  }[];
  units: { name: string; code: string; published: { year: number; publishedAt: string | null }[] }[];
}

export interface PublicReport {
  id: string;
  unit: { name: string; code: string };
  year: number;
  publishedAt: string | null;
  rendered: RenderedReport;
}

/** Cache keys of the reports (kept here: nothing outside the report pages reads them). */
export const reportKeys = {
  all: ['reports'] as const,
  list: (year: number) => ['reports', 'list', year] as const,
  detail: (id: string) => ['reports', 'detail', id] as const,
  publicIndex: (unitCode: string) => ['public-reports', 'unit', unitCode] as const,
  publicReport: (id: string) => ['public-reports', 'report', id] as const,
};

const path = (id: string) => `/api/reports/${encodeURIComponent(id)}`;

export const listReports = (year: number) => api.get<ReportList>('/api/reports', { year });

export const draftReport = (p: { year: number; unitId?: string }) => api.post<ReportView>('/api/reports', p);

export const getReport = (id: string) => api.get<ReportView>(path(id));

export const editParagraph = (id: string, paragraphId: string, p: { version: number; text: string }) =>
  api.put<ReportView>(`${path(id)}/paragraphs/${encodeURIComponent(paragraphId)}`, p);

export const addParagraph = (
  id: string,
  p: { version: number; part: ReportPartKey; sectionId?: string; text: string },
) => api.post<ReportView>(`${path(id)}/paragraphs`, p);

export const refreshFigures = (id: string, version: number) =>
  api.post<ReportView>(`${path(id)}/refresh`, { version });

export const recomposeReport = (id: string, version: number) =>
  api.post<ReportView>(`${path(id)}/recompose`, { version });

export const actOnReport = (id: string, action: ReportAction, p: { version: number; reason?: string }) =>
  api.post<ReportView>(`${path(id)}/${action}`, p);

export const recordIssuance = (id: string, p: IssuanceInput & { version: number }) =>
  api.post<ReportView>(`${path(id)}/issuance`, p);

export interface AreaConfirmations {
  unitId: string;
  year: number;
  canConfirm: boolean;
  areas: {
    area: string;
    label: string;
    confirmed: boolean;
    confirmedByName: string | null;
    confirmedAt: string | null;
  }[];
}

export const getConfirmations = (unitId: string, year: number) =>
  api.get<AreaConfirmations>('/api/report-confirmations', { unitId, year });

export const setConfirmation = (p: { unitId: string; year: number; area: string; confirmed: boolean }) =>
  api.put<AreaConfirmations>('/api/report-confirmations', p);

export const reportDocxUrl = (id: string) => `${path(id)}/docx`;
export const reportPdfUrl = (id: string) => `${path(id)}/pdf`;

export const getPublicReportIndex = (unitCode: string) =>
  request<PublicReportIndex>('GET', `/api/public/units/${encodeURIComponent(unitCode)}/reports`);

export const getPublicReport = (id: string) =>
  request<PublicReport>('GET', `/api/public/reports/${encodeURIComponent(id)}`);

export const publicDocxUrl = (id: string) => `/api/public/reports/${encodeURIComponent(id)}/docx`;
export const publicHtmlUrl = (id: string) => `/api/public/reports/${encodeURIComponent(id)}/html`;
export const publicIndexPath = (unitCode: string) => `/public/units/${encodeURIComponent(unitCode)}/reports`;
export const publicReportPath = (id: string) => `/public/reports/${encodeURIComponent(id)}`;
