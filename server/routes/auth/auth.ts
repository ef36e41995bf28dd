import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Me } from '../../../core/contract/auth';
import { NoContent } from '../../../core/contract/shape';
import { abilitiesOf } from '../../../core/policy';
import type { Role } from '../../../core/roles';
import type { UnitLevel } from '../../../core/units/unitLevel';
import { passwordChanger } from '../../commands/passwordChanger';
import { sessionOpener } from '../../commands/sessionOpener';
import { type ResolvedSession, sessionCloser, sessionResolver } from '../../commands/sessionResolver';
import { clearSessionCookie, sessionOf, setSessionCookie } from '../../http/auth';
import { maskPhone } from '../../presenters/mask';
import type { RouteDeps } from '../index';
import { LoginBody, PasswordChangeBody } from './schema';

function presentMe({ session: s, actor }: ResolvedSession, publicOrigin: string | null) {
  return {
    id: s.user.id,
    username: s.user.username,
    displayName: s.user.displayName,
    role: s.user.role as Role,
    phone: maskPhone(s.user.phone),
    unit: { id: s.unit.id, name: s.unit.name, level: s.unit.level as UnitLevel, code: s.unit.code },
    abilities: abilitiesOf(actor),
    publicOrigin,
  };
}

export const authRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { database, config, now }) => {
  const { db } = database;
  // the first configured origin is the one printed on posters; the others are aliases (CSRF only)
  const publicOrigin = config.publicOrigins[0] ?? null;

  app.post(
    '/api/auth/login',
    {
      config: { policy: 'public', rateLimit: { max: config.loginPerMinute, timeWindow: 60_000 } },
      schema: { summary: '登录', body: LoginBody, response: { 200: Me } },
    },
    async (req, reply) => {
      const at = now();
      const { token } = await sessionOpener({
        db,
        ...req.body,
        now: at,
        maxHours: config.sessionMaxHours,
        ip: req.ip,
        userAgent: req.headers['user-agent'],
      });
      setSessionCookie(reply, req, token, config);
      return presentMe(
        await sessionResolver(db, token, at, config.sessionIdleMinutes, app.sessionCache),
        publicOrigin,
      );
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { policy: 'public' }, schema: { summary: '退出登录', response: { 204: NoContent } } },
    async (req, reply) => {
      if (req.auth) await sessionCloser(db, req.auth, now(), app.sessionCache);
      clearSessionCookie(reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/me',
    { config: { policy: 'self.use' }, schema: { summary: '当前用户', response: { 200: Me } } },
    async (req) => presentMe(sessionOf(req), publicOrigin),
  );

  app.post(
    '/api/me/password',
    {
      config: { policy: 'self.use' },
      schema: { summary: '修改本人密码', body: PasswordChangeBody, response: { 204: NoContent } },
    },
    async (req, reply) => {
      const session = sessionOf(req);
      await passwordChanger(
        { db, actor: session.actor, now: now() },
        req.body.currentPassword,
        req.body.newPassword,
        session.tokenHash,
      );
      app.sessionCache.evictUser(session.actor.id);
      return reply.code(204).send(null);
    },
  );
};
