import type {
  DisclosureCellRecords,
  DisclosureReportList,
  DisclosureReportView,
  PublicDisclosureReports,
} from '../../../core/contract/disclosureReports';
import type { ReportAction } from '../../../core/report/workflow';
import { api } from './client';

export type { DisclosureCellRecords, DisclosureReportList, DisclosureReportView, PublicDisclosureReports };

/** 政府信息公开工作年度报告 (server/kinds/disclosure/disclosureReportRoutes.ts). */
export const disclosureKeys = {
  all: ['disclosure-reports'] as const,
  list: (year: number) => ['disclosure-reports', 'list', year] as const,
  detail: (id: string) => ['disclosure-reports', 'detail', id] as const,
  cell: (id: string, cell: string) => ['disclosure-reports', 'cell', id, cell] as const,
  publicIndex: (unitCode: string) => ['public-disclosure-reports', unitCode] as const,
};

const path = (id: string) => `/api/disclosure-reports/${encodeURIComponent(id)}`;

export const listDisclosureReports = (year: number) =>
  api.get<DisclosureReportList>('/api/disclosure-reports', { year });
export const draftDisclosureReport = (year: number) =>
  api.post<DisclosureReportView>('/api/disclosure-reports', { year });
export const getDisclosureReport = (id: string) => api.get<DisclosureReportView>(path(id));
export const editDisclosureReport = (
  id: string,
  p: {
    version: number;
    overview?: string;
    problems?: string;
    other?: string;
    active?: Record<string, number>;
  },
) => api.patch<DisclosureReportView>(path(id), p);
export const refreshDisclosureReport = (id: string, version: number) =>
  api.post<DisclosureReportView>(`${path(id)}/refresh`, { version });
export const disclosureReportAction = (
  id: string,
  p: {
    action: ReportAction;
    version: number;
    reason?: string;
    secrecy?: { reviewer: string; date: string; result: 'passed' | 'failed' };
  },
) => api.post<DisclosureReportView>(`${path(id)}/actions`, p);
export const disclosureCell = (id: string, cell: string) =>
  api.get<DisclosureCellRecords>(`${path(id)}/cells/${encodeURIComponent(cell)}`);
export const disclosureDocxPath = (id: string) => `${path(id)}/docx`;
export const publicDisclosureReports = (unitCode: string) =>
  api.get<PublicDisclosureReports>(`/api/public/units/${encodeURIComponent(unitCode)}/disclosure-reports`);
export const publicDisclosureDocxPath = (id: string) =>
  `/api/public/disclosure-reports/${encodeURIComponent(id)}/docx`;
