import { afterTry, isBlocked, PAIR_RULE, retryAfterSeconds } from '../../core/auth/loginThrottle';
import { passwordWeakness } from '../../core/auth/passwordRules';
import { AppError } from '../../core/errors';
import { hashPassword, verifyPassword } from '../auth/password';
import { sessionCache } from '../auth/sessionCache';
import { appendAudit } from '../repositories/auditRepo';
import { clearThrottleKeys, lockThrottleKeys, saveThrottleState } from '../repositories/loginThrottleRepo';
import { deleteOtherSessions } from '../repositories/sessionsRepo';
import { getUserWithUnit, updateUserVersioned } from '../repositories/usersRepo';
import type { CommandContext } from './context';

/**
 * A user changes their own password after proving the current one. Wrong current passwords are
 * throttled like logins (five, then waits that double): a stolen session must not become an
 * unlimited password oracle. The user's other sessions end; the one making the change stays
 * (issue 14 §1.10).
 */
export async function passwordChanger(
  ctx: CommandContext,
  currentPassword: string,
  newPassword: string,
  keepTokenHash: string,
) {
  const found = await getUserWithUnit(ctx.db, ctx.actor.id);
  if (!found) throw new AppError('UNAUTHENTICATED');
  const key = `c:${ctx.actor.id}`;
  await ctx.db.transaction(async (tx) => {
    const state = (await lockThrottleKeys(tx, [key], ctx.now)).get(key);
    if (isBlocked(state, ctx.now)) {
      const wait = retryAfterSeconds([state], ctx.now);
      throw new AppError('LOGIN_THROTTLED', {
        field: 'currentPassword',
        detail: `当前密码错误次数过多，请${Math.max(1, Math.ceil(wait / 60))}分钟后再试`,
        extra: { retryAfterSeconds: wait },
      });
    }
    await saveThrottleState(tx, key, afterTry(state, PAIR_RULE, ctx.now));
  });
  if (!(await verifyPassword(currentPassword, found.user.passwordHash))) {
    throw new AppError('WRONG_PASSWORD', { field: 'currentPassword' });
  }
  await clearThrottleKeys(ctx.db, [key]);
  const weak = passwordWeakness(newPassword, found.user.username);
  if (weak) throw new AppError('WEAK_PASSWORD', { field: 'newPassword', detail: weak });
  if (currentPassword === newPassword) {
    throw new AppError('WEAK_PASSWORD', { field: 'newPassword', detail: '新密码不能与当前密码相同' });
  }
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction(async (tx) => {
    const user = await updateUserVersioned(tx, ctx.actor.id, found.user.version, {
      passwordHash,
      passwordChangedAt: ctx.now,
      updatedAt: ctx.now,
    });
    if (!user) throw new AppError('STALE_VERSION');
    await deleteOtherSessions(tx, ctx.actor.id, keepTokenHash);
    await appendAudit(tx, {
      unitId: user.unitId,
      actorId: ctx.actor.id,
      action: 'user.change_password',
      entity: 'user',
      entityId: user.id,
      after: { otherSessionsEnded: true },
      at: ctx.now,
    });
  });
  // this process's cached copies of the other sessions go too; other instances re-read within 5 s
  sessionCache.evictUser(ctx.actor.id);
}
