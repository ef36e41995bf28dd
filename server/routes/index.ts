import type { FastifyPluginAsync } from 'fastify';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { KIND_ROUTES } from '../kinds';
import { auditRoutes } from './audit/audit';
import { authRoutes } from './auth/auth';
import { calendarRoutes } from './calendar/calendar';
import { healthRoutes } from './health/health';
import { indicatorRoutes } from './indicators/indicators';
import { ledgerAttachmentRoutes } from './ledgers/attachments';
import { ledgerDocumentRoutes } from './ledgers/documents';
import { ledgerExcelRoutes } from './ledgers/excel';
import { intakeRoutes } from './ledgers/intake';
import { ledgerRoutes } from './ledgers/ledgers';
import { ledgerSettingRoutes } from './ledgers/settings';
import { todoRoutes } from './ledgers/todo';
import { metricsRoutes } from './metrics/metrics';
import { publicReportRoutes } from './public/reports';
import { rectificationRoutes } from './rectifications/rectifications';
import { reportRoutes } from './reports/reports';
import { reviewRoutes } from './reviews/reviews';
import { unitRoutes } from './units/units';
import { userRoutes } from './users/users';

export interface RouteDeps {
  database: Database;
  config: Config;
  now: () => Date;
}

export const registerRoutes: FastifyPluginAsync<RouteDeps> = async (app, deps) => {
  for (const routes of [
    healthRoutes,
    authRoutes,
    unitRoutes,
    userRoutes,
    auditRoutes,
    reviewRoutes,
    rectificationRoutes,
    calendarRoutes,
    ledgerRoutes,
    ledgerAttachmentRoutes,
    ledgerExcelRoutes,
    ledgerDocumentRoutes,
    ledgerSettingRoutes,
    todoRoutes,
    intakeRoutes,
    indicatorRoutes,
    reportRoutes,
    publicReportRoutes,
    metricsRoutes,
    ...KIND_ROUTES,
  ]) {
    await app.register(routes, deps);
  }
};
