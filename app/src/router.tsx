import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { LEDGER_KINDS } from '../../core/ledgers';
import { RequireAbility } from './components/RequireAbility';
import { BasicLayout } from './layout/BasicLayout';
import { OVERVIEW_ABILITY } from './layout/menu';
import { ChangePasswordPage } from './pages/account/ChangePasswordPage';
import { HolidayCalendarPage } from './pages/admin/calendar/HolidayCalendarPage';
import { LedgerSettingsPage } from './pages/admin/settings/LedgerSettingsPage';
import { UnitsPage } from './pages/admin/units/UnitsPage';
import { UsersPage } from './pages/admin/users/UsersPage';
import { DashboardPage } from './pages/dashboard/DashboardPage';
import { IntakePage } from './pages/intake/IntakePage';
import { IntakeQrPage } from './pages/intake/IntakeQrPage';
import { IntakeStatusPage } from './pages/intake/IntakeStatusPage';
import { LedgerDetailPage } from './pages/ledgers/LedgerDetailPage';
import { LedgerListPage } from './pages/ledgers/LedgerListPage';
import { LoginPage } from './pages/login/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PublicEnforcementPage } from './pages/public/PublicEnforcementPage';
import { RectificationsPage } from './pages/rectifications/RectificationsPage';
import { ReviewDetailPage } from './pages/review/ReviewDetailPage';
import { ReviewListPage } from './pages/review/ReviewListPage';
import { TodoPage } from './pages/todo/TodoPage';
import { UnderConstruction } from './pages/UnderConstruction';

// pages with charts or rarely opened: their own chunks, loaded on first visit
const OverviewPage = lazy(() =>
  import('./pages/overview/OverviewPage').then((m) => ({ default: m.OverviewPage })),
);
const IndicatorsPage = lazy(() =>
  import('./pages/indicators/IndicatorsPage').then((m) => ({ default: m.IndicatorsPage })),
);

export function createAppRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage /> },
    // public (码上申请): outside the layout, so no session is asked for and no other data is loaded
    { path: '/intake/status', element: <IntakeStatusPage /> },
    { path: '/intake/:unitCode', element: <IntakePage /> },
    // public (行政执法公示): likewise outside the layout
    { path: '/public/:unitCode/enforcement', element: <PublicEnforcementPage /> },
    {
      path: '/',
      element: <BasicLayout />,
      children: [
        { index: true, element: <DashboardPage /> },
        { path: 'todo', element: <TodoPage /> },
        { path: 'ledgers', element: <Navigate to={`/ledgers/${LEDGER_KINDS[0]?.kind ?? ''}`} replace /> },
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
        { path: 'reports', element: <UnderConstruction title="年度报告" /> },
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
              <Suspense fallback={<Skeleton active />}>
                <OverviewPage />
              </Suspense>
            </RequireAbility>
          ),
        },
        {
          path: 'indicators',
          element: (
            <Suspense fallback={<Skeleton active />}>
              <IndicatorsPage />
            </Suspense>
          ),
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
  ]);
}
