import { chinaDay } from '../calendar/dates';

/**
 * What the first load of a page asks the API for, in one place for the two sides that must agree:
 * the web app, which asks (app/src/firstLoad.ts, the 工作台's queries), and the server, which names
 * the same requests in the page's `Link: rel=preload` header so the browser starts them with the
 * HTML instead of after the application's code has downloaded and run (issue 17). A URL here must
 * be exactly the one the app requests, or the browser asks twice.
 */

/** Addresses outside the layout (app/src/router.tsx): public pages and the login page ask for no session. */
const OUTSIDE_SHELL = /^\/(?:login|intake|public)(?:\/|$)/;

/** Inside the layout: the page asks for the session first. */
export const isShellPath = (pathname: string) => !OUTSIDE_SHELL.test(pathname);
/** The 工作台 (the layout's index page). */
export const isDashboardPath = (pathname: string) => pathname === '/';

/** The session request every page of the layout starts with. */
export const SESSION_URL = '/api/me';

/** Counts the 工作台's trend card follows month by month in a township. */
export const TREND_KEYS = [
  'dispute.handled',
  'petition.cases',
  'supervision.hotline_items',
  'enforcement.cases',
] as const;

/** The 工作台's 待办 counts look this many working days ahead. */
export const TODO_DAYS = 3;

const withQuery = (path: string, query: Record<string, string | number>) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) params.set(k, String(v));
  return `${path}?${params.toString()}`;
};

/** The 工作台's key figures (主要指标) for a unit and year: the first of its data requests. */
export const workbenchFiguresUrl = (unitId: string, year: number) =>
  withQuery('/api/indicators', { unit: unitId, year });

/** The 工作台's three data requests for a unit and year: key figures, trend, 待办 counts. */
export function workbenchDataUrls(unitId: string, year: number): string[] {
  return [
    workbenchFiguresUrl(unitId, year),
    withQuery('/api/indicators/trend', { unit: unitId, year, keys: TREND_KEYS.join(',') }),
    withQuery('/api/todo', { unit: unitId, days: TODO_DAYS }),
  ];
}

/** The year the 工作台 shows by default at `now`, in China. */
export function workbenchYear(now: Date): number {
  return Number(chinaDay(now).slice(0, 4));
}
