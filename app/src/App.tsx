import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { RouterProvider } from 'react-router';
import { isApiError, setUnauthorizedHandler } from './api/client';
import { loginNoticeState } from './lib/loginNotice';
import { createAppRouter } from './router';
import { theme } from './theme';

dayjs.locale('zh-cn');

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // client errors (401, 403, 404) will not change on retry; only transient failures deserve one
      retry: (count, error) => count < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

const router = createAppRouter();

setUnauthorizedHandler((error) => {
  if (router.state.location.pathname === '/login') return;
  // leave first, then drop the cache: clearing under mounted pages would make them refetch (and 401) again
  void router
    .navigate('/login', { replace: true, state: loginNoticeState(error) })
    .then(() => queryClient.clear());
});

export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
