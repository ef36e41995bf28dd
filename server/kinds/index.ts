import { disclosureReportRoutes } from './disclosure/disclosureReportRoutes';
import { disclosureReportTodo } from './disclosure/disclosureTodo';
import { enforcementAnnualTodo } from './enforcement/annualTodo';
import { publicEnforcementRoutes } from './enforcement/publicEnforcementRoutes';
import type { KindTodo } from './todos';

/**
 * Server features that belong to particular ledger kinds, each in its kinds' home
 * (`server/kinds/<home>/`; their pure parts live beside the declarations in `core/ledgers/kinds/`).
 * Shared server code registers what is listed here and never names a kind
 * (core/ledgers/kinds/declarations.test.ts checks it); docs/adding-a-ledger.md.
 */
export const KIND_ROUTES = [
  // 行政执法公示 of the enforcement kinds (officer, enforcement_matter, enforcement_case)
  publicEnforcementRoutes,
  // 政府信息公开工作年度报告 from the disclosure kinds (disclosure, disclosure_request, litigation_case)
  disclosureReportRoutes,
];

/** Yearly duties of particular kinds in 待办 (server/commands/ledgers/todoQuery.ts asks each). */
export const KIND_TODOS: readonly KindTodo[] = [
  // 政府信息公开工作年度报告: publish by the county's day (disclosure_report.due)
  disclosureReportTodo,
  // 行政执法总体情况: the leader publishes by the county's day (enforcement_case.annual_data_due)
  enforcementAnnualTodo,
];
