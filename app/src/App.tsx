import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { RouterProvider } from 'react-router';
import { setUnauthorizedHandler } from './api/client';
import { isDashboardPath } from './firstLoad';
import { loginNoticeState } from './lib/loginNotice';
import { pageTitle } from './lib/pageTitle';
import { usePrefersReducedMotion } from './lib/reducedMotion';
import { queryClient } from './queryClient';
import { createAppRouter, loadDashboardPage } from './router';
import { stillTheme, theme } from './theme';

dayjs.locale('zh-cn');

const router = createAppRouter();

// the browser tab says which page is open (issue 15 §14)
document.title = pageTitle(router.state.location.pathname);
router.subscribe((state) => {
  document.title = pageTitle(state.location.pathname);
});

setUnauthorizedHandler((error) => {
  if (router.state.location.pathname === '/login') return;
  // leave first, then drop the cache: clearing under mounted pages would make them refetch (and 401) again
  void router
    .navigate('/login', { replace: true, state: loginNoticeState(error) })
    .then(() => queryClient.clear());
});

// boot.ts has started downloading the 工作台's code: once it is here the page renders at once, without a spinner
if (isDashboardPath(router.state.location.pathname)) loadDashboardPage().catch(() => {});

export function App() {
  const still = usePrefersReducedMotion();
  return (
    <ConfigProvider locale={zhCN} theme={still ? stillTheme : theme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
