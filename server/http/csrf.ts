import type { FastifyRequest } from 'fastify';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * State-changing requests must come from our own origin: the browser always
 * sends `Origin` on them, and scripted clients can send it too. Falls back to
 * `Referer` for old clients; a request with neither is refused. When public
 * origins are configured (FAZHI_PUBLIC_ORIGIN) only they count: the Host header
 * is the client's to choose (issue 14 §1.12), so it is trusted only when nothing
 * is configured, on a bare local install.
 */
export function sameOrigin(req: FastifyRequest, publicOrigins: string[]): boolean {
  if (SAFE.has(req.method)) return true;
  let origin = req.headers.origin;
  if (!origin && req.headers.referer) {
    try {
      origin = new URL(req.headers.referer).origin;
    } catch {
      return false;
    }
  }
  if (!origin || origin === 'null') return false;
  if (publicOrigins.length > 0) return publicOrigins.includes(origin);
  return origin === `${req.protocol}://${req.host}`;
}
