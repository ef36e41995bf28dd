import type {
  AreaConfirmations,
  DeadlineState,
  MissingReport,
  PublicReport,
  PublicReportIndex,
  ReportDeadlineView,
  ReportIssuanceView,
  ReportList,
  ReportListItem,
  ReportView,
  StaleFigure,
} from '../../../core/contract/reports';
import type { ReportPartKey } from '../../../core/report/model';
import type { ReportAction } from '../../../core/report/workflow';
import { api, request } from './client';

export type {
  AreaConfirmations,
  DeadlineState,
  MissingReport,
  PublicReport,
  PublicReportIndex,
  ReportDeadlineView,
  ReportIssuanceView,
  ReportList,
  ReportListItem,
  ReportView,
  StaleFigure,
};

/** 年度报告 (server/routes/reports/reports.ts, server/presenters/annualReport.ts). */

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

/** What one issuance step records (the server's IssuanceBody). */
export type IssuanceInput =
  | { part: 'addressing'; mainTo: string; copyTo: string; signer: string }
  | { part: 'meeting'; body: 'party_committee' | 'executive_meeting'; date: string }
  | { part: 'secrecy'; reviewer: string; date: string; result: 'passed' | 'failed' };

export const recordIssuance = (id: string, p: IssuanceInput & { version: number }) =>
  api.post<ReportView>(`${path(id)}/issuance`, p);

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
export const publicPdfUrl = (id: string) => `/api/public/reports/${encodeURIComponent(id)}/pdf`;
export const publicHtmlUrl = (id: string) => `/api/public/reports/${encodeURIComponent(id)}/html`;
export const publicIndexPath = (unitCode: string) => `/public/units/${encodeURIComponent(unitCode)}/reports`;
export const publicReportPath = (id: string) => `/public/reports/${encodeURIComponent(id)}`;
