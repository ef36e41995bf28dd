import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors';
import { can } from '../../core/policy';
import { sessionResolver } from '../commands/sessionResolver';
import type { Config } from '../config';
import type { Db } from '../db/client';
import { sameOrigin } from './csrf';

export const SESSION_COOKIE = 'fazhi_sid';

export function setSessionCookie(reply: FastifyReply, req: FastifyRequest, token: string, cfg: Config) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: cfg.cookieSecure === 'auto' ? req.protocol === 'https' : cfg.cookieSecure,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/**
 * The request's first steps, in order: CSRF origin check, authentication,
 * role-level authorization from the route's declared policy. Target-level
 * scope is decided later by the command, which has loaded the target.
 */
export function registerAuthHooks(app: FastifyInstance, db: Db, cfg: Config, now: () => Date) {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (req, reply) => {
    const policy = req.routeOptions.config.policy;
    if (!policy) return; // static files and 404s
    if (!sameOrigin(req, cfg.publicOrigins)) throw new AppError('CSRF_REJECTED');
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      try {
        req.auth = await sessionResolver(db, token, now(), cfg.sessionIdleMinutes, app.sessionCache);
        // every later line of this request says who made it: ids only, never a name (server/http/requestLog.ts)
        req.log = req.log.child({ userId: req.auth.actor.id, unitId: req.auth.actor.unitId });
        reply.log = req.log;
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        clearSessionCookie(reply);
        if (policy !== 'public') throw e;
      }
    }
    if (policy === 'public') return;
    if (!req.auth) throw new AppError('UNAUTHENTICATED');
    if (!can(req.auth.actor, policy)) throw new AppError('FORBIDDEN');
  });
}

/** The session of a non-public route (the hook guarantees one). */
export function sessionOf(req: FastifyRequest) {
  if (!req.auth) throw new AppError('UNAUTHENTICATED');
  return req.auth;
}

export function actorOf(req: FastifyRequest) {
  return sessionOf(req).actor;
}
