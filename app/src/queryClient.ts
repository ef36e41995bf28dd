import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api/client';

/** The one query cache of the app; boot.ts fills it with the first requests before React renders. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // client errors (401, 403, 404) will not change on retry; only transient failures deserve one
      retry: (count, error) => count < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});
