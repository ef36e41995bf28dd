import { createBrowserRouter } from 'react-router';
import { RequireAbility } from './components/RequireAbility';
import { BasicLayout } from './layout/BasicLayout';
import { ChangePasswordPage } from './pages/account/ChangePasswordPage';
import { HolidayCalendarPage } from './pages/admin/calendar/HolidayCalendarPage';
import { UnitsPage } from './pages/admin/units/UnitsPage';
import { UsersPage } from './pages/admin/users/UsersPage';
import { DashboardPage } from './pages/dashboard/DashboardPage';
import { LoginPage } from './pages/login/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { RectificationsPage } from './pages/rectifications/RectificationsPage';
import { ReviewDetailPage } from './pages/review/ReviewDetailPage';
import { ReviewListPage } from './pages/review/ReviewListPage';
import { UnderConstruction } from './pages/UnderConstruction';

export function createAppRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage /> },
    {
      path: '/',
      element: <BasicLayout />,
      children: [
        { index: true, element: <DashboardPage /> },
        { path: 'ledgers', element: <UnderConstruction title="台账" /> },
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
        { path: 'account/password', element: <ChangePasswordPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
