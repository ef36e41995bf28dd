import { Spin } from 'antd';
import { type ComponentType, useEffect, useState } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { KIND_INDEX } from '../../core/ledgers/kindIndex';
import { RequireAbility } from './components/RequireAbility';
import { BasicLayout } from './layout/BasicLayout';
import { OVERVIEW_ABILITY } from './layout/menu';

type LazyPage = ComponentType & {
  /** Fetches the page's code ahead of its first visit (the shell does, for the first page). */
  preload: () => Promise<unknown>;
};

/**
 * A page in its own chunk, loaded on its first visit: the first download is the layout alone,
 * which keeps it small. A spinner shows while the page's code arrives; code already here
 * (preloaded, or visited before) renders at once. Loaded through state rather than Suspense,
 * whose reveal React throttles to 300 ms after a fallback was shown: on a first load that held
 * the 工作台 back by up to that much once its code had arrived.
 */
function lazyPage<N extends string>(load: () => Promise<Record<N, ComponentType>>, name: N): LazyPage {
  let loaded: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  const preload = () => {
    loading ??= load().then((m) => {
      loaded = m[name] as ComponentType;
      return loaded;
    });
    return loading;
  };
  // biome-ignore lint/correctness/noComponentHookFactories: called once per page at module level, never during render
  function Page() {
    const [state, setState] = useState<{ page?: ComponentType; error?: unknown }>(() => ({ page: loaded }));
    useEffect(() => {
      if (state.page) return;
      let live = true;
      preload().then(
        (page) => live && setState({ page }),
        (error: unknown) => live && setState({ error }),
      );
      return () => {
        live = false;
      };
    }, [state.page]);
    // a failed download goes to the router's error page, as it did with React.lazy
    if (state.error) throw state.error;
    const Ready = state.page;
    return Ready ? <Ready /> : <Spin style={{ display: 'block', margin: '48px auto' }} />;
  }
  return Object.assign(Page, { preload });
}

const ChangePasswordPage = lazyPage(() => import('./pages/account/ChangePasswordPage'), 'ChangePasswordPage');
const HolidayCalendarPage = lazyPage(
  () => import('./pages/admin/calendar/HolidayCalendarPage'),
  'HolidayCalendarPage',
);
const LedgerSettingsPage = lazyPage(
  () => import('./pages/admin/settings/LedgerSettingsPage'),
  'LedgerSettingsPage',
);
const UnitsPage = lazyPage(() => import('./pages/admin/units/UnitsPage'), 'UnitsPage');
const UsersPage = lazyPage(() => import('./pages/admin/users/UsersPage'), 'UsersPage');
const IntakePage = lazyPage(() => import('./pages/intake/IntakePage'), 'IntakePage');
const IntakeQrPage = lazyPage(() => import('./pages/intake/IntakeQrPage'), 'IntakeQrPage');
const IntakeStatusPage = lazyPage(() => import('./pages/intake/IntakeStatusPage'), 'IntakeStatusPage');
const LedgerDetailPage = lazyPage(() => import('./pages/ledgers/LedgerDetailPage'), 'LedgerDetailPage');
const LedgerListPage = lazyPage(() => import('./pages/ledgers/LedgerListPage'), 'LedgerListPage');
const PublicEnforcementPage = lazyPage(
  () => import('./pages/public/PublicEnforcementPage'),
  'PublicEnforcementPage',
);
const DisclosureReportListPage = lazyPage(
  () => import('./pages/disclosureReports/DisclosureReportListPage'),
  'DisclosureReportListPage',
);
const DisclosureReportPage = lazyPage(
  () => import('./pages/disclosureReports/DisclosureReportPage'),
  'DisclosureReportPage',
);
const EnforcementAnnualPage = lazyPage(
  () => import('./pages/enforcementAnnual/EnforcementAnnualPage'),
  'EnforcementAnnualPage',
);
const DisclosurePublicPage = lazyPage(
  () => import('./pages/public/DisclosurePublicPage'),
  'DisclosurePublicPage',
);
const ReportDetailPage = lazyPage(() => import('./pages/reports/ReportDetailPage'), 'ReportDetailPage');
const ReportListPage = lazyPage(() => import('./pages/reports/ReportListPage'), 'ReportListPage');
const ReportPublicIndexPage = lazyPage(
  () => import('./pages/public/ReportPublicIndexPage'),
  'ReportPublicIndexPage',
);
const ReportPublicPage = lazyPage(() => import('./pages/public/ReportPublicPage'), 'ReportPublicPage');
const RectificationsPage = lazyPage(
  () => import('./pages/rectifications/RectificationsPage'),
  'RectificationsPage',
);
const ReviewDetailPage = lazyPage(() => import('./pages/review/ReviewDetailPage'), 'ReviewDetailPage');
const ReviewListPage = lazyPage(() => import('./pages/review/ReviewListPage'), 'ReviewListPage');
const TodoPage = lazyPage(() => import('./pages/todo/TodoPage'), 'TodoPage');
const LoginPage = lazyPage(() => import('./pages/login/LoginPage'), 'LoginPage');
const NotFoundPage = lazyPage(() => import('./pages/NotFoundPage'), 'NotFoundPage');
const DashboardPage = lazyPage(() => import('./pages/dashboard/DashboardPage'), 'DashboardPage');
/** The 工作台's code, also fetched by the shell on a first load of `/` (firstLoad.ts). */
export const loadDashboardPage = DashboardPage.preload;
const OverviewPage = lazyPage(() => import('./pages/overview/OverviewPage'), 'OverviewPage');
const IndicatorsPage = lazyPage(() => import('./pages/indicators/IndicatorsPage'), 'IndicatorsPage');

/** Ids of the layout and of the 工作台, which firstLoad.ts tells apart by address alone (tested). */
export const SHELL_ROUTE_ID = 'shell';
export const DASHBOARD_ROUTE_ID = 'dashboard';

export function createAppRouter() {
  return createBrowserRouter(appRoutes());
}

export function appRoutes(): RouteObject[] {
  return [
    { path: '/login', element: <LoginPage /> },
    // public (码上申请): outside the layout, so no session is asked for and no other data is loaded
    { path: '/intake/status', element: <IntakeStatusPage /> },
    { path: '/intake/:unitCode', element: <IntakePage /> },
    // public (行政执法公示): likewise outside the layout
    { path: '/public/:unitCode/enforcement', element: <PublicEnforcementPage /> },
    // public (年度报告公开): likewise
    { path: '/public/units/:unitCode/reports', element: <ReportPublicIndexPage /> },
    { path: '/public/reports/:id', element: <ReportPublicPage /> },
    { path: '/public/units/:unitCode/disclosure-reports', element: <DisclosurePublicPage /> },
    {
      id: SHELL_ROUTE_ID,
      path: '/',
      element: <BasicLayout />,
      children: [
        { id: DASHBOARD_ROUTE_ID, index: true, element: <DashboardPage /> },
        { path: 'todo', element: <TodoPage /> },
        { path: 'ledgers', element: <Navigate to={`/ledgers/${KIND_INDEX[0]?.kind ?? ''}`} replace /> },
        { path: 'ledgers/:kind', element: <LedgerListPage /> },
        { path: 'ledgers/:kind/:id', element: <LedgerDetailPage /> },
        {
          path: 'intake-qr',
          element: (
            <RequireAbility ability="ledger.write">
              <IntakeQrPage />
            </RequireAbility>
          ),
        },
        { path: 'reports', element: <ReportListPage /> },
        { path: 'reports/:id', element: <ReportDetailPage /> },
        { path: 'disclosure-reports', element: <DisclosureReportListPage /> },
        { path: 'disclosure-reports/:id', element: <DisclosureReportPage /> },
        { path: 'enforcement-annual', element: <EnforcementAnnualPage /> },
        {
          path: 'review',
          element: (
            <RequireAbility ability="review.manage">
              <ReviewListPage />
            </RequireAbility>
          ),
        },
        {
          path: 'review/:id',
          element: (
            <RequireAbility ability="review.manage">
              <ReviewDetailPage />
            </RequireAbility>
          ),
        },
        { path: 'rectifications', element: <RectificationsPage /> },
        {
          path: 'overview',
          element: (
            <RequireAbility ability={OVERVIEW_ABILITY}>
              <OverviewPage />
            </RequireAbility>
          ),
        },
        {
          path: 'indicators',
          element: <IndicatorsPage />,
        },
        {
          path: 'admin/users',
          element: (
            <RequireAbility ability="user.manage">
              <UsersPage />
            </RequireAbility>
          ),
        },
        {
          path: 'admin/units',
          element: (
            <RequireAbility ability="user.manage">
              <UnitsPage />
            </RequireAbility>
          ),
        },
        {
          path: 'admin/calendar',
          element: (
            <RequireAbility ability="calendar.manage">
              <HolidayCalendarPage />
            </RequireAbility>
          ),
        },
        {
          path: 'admin/ledger-settings',
          element: (
            <RequireAbility ability="ledger.settings">
              <LedgerSettingsPage />
            </RequireAbility>
          ),
        },
        { path: 'account/password', element: <ChangePasswordPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}
