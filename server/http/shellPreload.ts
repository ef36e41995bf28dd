import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  isDashboardPath,
  isShellPath,
  SESSION_URL,
  workbenchFiguresUrl,
  workbenchYear,
} from '../../core/contract/firstLoad';
import { AppError } from '../../core/errors';
import { sessionResolver } from '../commands/sessionResolver';
import type { Config } from '../config';
import type { Db } from '../db/client';
import { SESSION_COOKIE } from './auth';

/**
 * The requests a page of the layout starts with, as `Link: rel=preload` entries for the HTML
 * answer (issue 17, 工作台 first load): the browser starts them as soon as the page's headers
 * arrive, ahead of the application's code, and hands them to the app's own identical requests
 * (same URL, `crossorigin` = the app's same-origin credentials) instead of asking again.
 * Inside the layout, for a session: `/api/me`; on the 工作台 (no `?year=`), also its key figures
 * for the user's own unit and this year (core/contract/firstLoad.ts), the first thing it shows,
 * and (any year) the page's own chunk and stylesheet, which index.html does not list.
 * Its trend and 待办 requests are left to the page (boot.ts starts them once the session is in):
 * the browser holds six connections to the server (HTTP/1.1), and four preloads answered by the
 * database took four of them while the stylesheet and scripts waited. Nothing without a live
 * session: the page then goes to the login page and the requests would only answer 401.
 */
export function shellLinks(
  pathname: string,
  search: string,
  unitId: string | null,
  now: Date,
  assets: FirstLoadAssets = NO_ASSETS,
): string[] {
  if (!unitId || !isShellPath(pathname)) return [];
  const urls = [SESSION_URL];
  if (isDashboardPath(pathname) && !new URLSearchParams(search).has('year'))
    urls.push(workbenchFiguresUrl(unitId, workbenchYear(now)));
  const links = urls.map((u) => `<${u}>; rel=preload; as=fetch; crossorigin`);
  // the 工作台's own code, whatever the year: the page shows it whether or not the figures are preloaded
  if (isDashboardPath(pathname)) {
    for (const u of assets.dashboard.scripts) links.push(`<${u}>; rel=modulepreload; crossorigin`);
    for (const u of assets.dashboard.styles) links.push(`<${u}>; rel=preload; as=style; crossorigin`);
  }
  return links;
}

/** The 工作台's own chunks as the build lists them (app/vite/chunks.ts, first-load.json). */
export interface FirstLoadAssets {
  dashboard: { scripts: string[]; styles: string[] };
}
const NO_ASSETS: FirstLoadAssets = { dashboard: { scripts: [], styles: [] } };
const ASSET_URL = /^\/assets\/[\w.-]+\.(?:js|css)$/;

/**
 * Reads first-load.json of the built UI once at start-up; a build without it (or a malformed one)
 * only costs the hint. Only same-origin asset URLs are taken: they go into a response header.
 */
export function readFirstLoadAssets(staticDir: string): FirstLoadAssets {
  try {
    const raw = JSON.parse(fs.readFileSync(path.join(staticDir, 'first-load.json'), 'utf8'));
    const list = (v: unknown) =>
      Array.isArray(v) ? v.filter((u): u is string => typeof u === 'string' && ASSET_URL.test(u)) : [];
    return { dashboard: { scripts: list(raw?.dashboard?.scripts), styles: list(raw?.dashboard?.styles) } };
  } catch {
    return NO_ASSETS;
  }
}

/** The Link header value for a request of the shell, or null (no session, or a page outside the layout). */
export async function shellPreloadHeader(
  app: FastifyInstance,
  req: FastifyRequest,
  db: Db,
  config: Config,
  now: Date,
  assets: FirstLoadAssets = NO_ASSETS,
): Promise<string | null> {
  const token = req.cookies[SESSION_COOKIE];
  if (!token) return null;
  const [pathname = '/', search = ''] = req.url.split('?');
  if (!isShellPath(pathname)) return null;
  let unitId: string;
  try {
    const session = await sessionResolver(db, token, now, config.sessionIdleMinutes, app.sessionCache);
    unitId = session.actor.unitId;
  } catch (e) {
    // an expired or unknown session: the page itself will find out and show the login page; any
    // other failure only costs the hint, never the page
    if (!(e instanceof AppError)) req.log.warn({ err: e }, 'shell preload hint skipped');
    return null;
  }
  const links = shellLinks(pathname, search, unitId, now, assets);
  return links.length > 0 ? links.join(', ') : null;
}
