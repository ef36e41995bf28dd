import type { FastifyRequest } from 'fastify';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * State-changing requests must come from our own origin: the browser always
 * sends `Origin` on them, and scripted clients can send it too. Falls back to
 * `Referer` for old clients; a request with neither is refused.
 */
export function sameOrigin(req: FastifyRequest, extraOrigins: string[]): boolean {
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
  const own = `${req.protocol}://${req.host}`;
  return origin === own || extraOrigins.includes(origin);
}
