import type { QueryClient } from '@tanstack/react-query';
import { isDashboardPath, isShellPath, SESSION_URL } from '../../core/contract/firstLoad';
import { queryKeys } from './api/queryKeys';
import type { Me } from './api/types';
import { likelyUnitId } from './context/workingUnitStore';
import { prefetchDashboard } from './pages/dashboard/queries';
import { yearParam } from './pages/dashboard/year';

/**
 * The first requests of a page load, started by boot.ts before the application's code has even
 * downloaded, so that they run alongside it rather than one after another (code → session → page
 * code → data): inside the layout the session (`/api/me`); on the 工作台 also its page code and,
 * as soon as the session names the unit, its data. The components ask for the same queries later
 * and find them in the cache or in flight.
 *
 * The chart code (ECharts, the largest chunk) is not started here: evaluating it and drawing the
 * chart took the main thread while the key figures were waiting to be drawn (issue 17). The trend
 * card asks for it when it mounts, so the figures are painted first and the chart follows.
 *
 * This module is in boot's small chunk: it must not import React, antd or the router.
 */

// shared with the server, which starts the same requests from the page's Link header
export { isDashboardPath, isShellPath };

/** The session as `/api/me` gives it, or null for anything else (no session, an error): see takeEarlyMe. */
export function fetchMe(): Promise<Me | null> {
  return fetch(SESSION_URL, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }).then(
    (res) => (res.ok ? (res.json() as Promise<Me>) : null),
    () => null,
  );
}

export interface FirstLoadDeps {
  fetchMe: () => Promise<Me | null>;
  loadPage: () => Promise<unknown>;
  /** This year, as the 工作台 shows by default. */
  thisYear: number;
}

const defaultDeps = (): FirstLoadDeps => ({
  fetchMe,
  loadPage: () => import('./pages/dashboard/DashboardPage'),
  thisYear: new Date().getFullYear(),
});

let earlyMe: Promise<Me | null> | null = null;

/**
 * The session request boot started, for the me query to use instead of asking again: once, and
 * only while it is in flight. Null there means "ask through the API client", which then shows
 * the login page (no session) or the error as on any other request.
 */
export function takeEarlyMe(): Promise<Me | null> | null {
  const me = earlyMe;
  earlyMe = null;
  return me;
}

export function startFirstRequests(
  client: QueryClient,
  location: { pathname: string; search: string },
  deps: FirstLoadDeps = defaultDeps(),
): void {
  if (!isShellPath(location.pathname)) return;
  const dashboard = isDashboardPath(location.pathname);
  const me = deps.fetchMe();
  earlyMe = me;
  if (dashboard) {
    // a failure to load the code surfaces where it is used: the lazy page
    deps.loadPage().catch(() => {});
  }
  void me.then((user) => {
    if (earlyMe === me) earlyMe = null;
    if (!user) return;
    client.setQueryData(queryKeys.me, user);
    if (dashboard) {
      const year = yearParam(new URLSearchParams(location.search).get('year'), deps.thisYear);
      void prefetchDashboard(client, likelyUnitId(user), year);
    }
  });
}
