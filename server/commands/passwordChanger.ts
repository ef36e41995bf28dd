import { passwordWeakness } from '../../core/auth/passwordRules';
import { AppError } from '../../core/errors';
import { hashPassword, verifyPassword } from '../auth/password';
import { appendAudit } from '../repositories/auditRepo';
import { getUserWithUnit, updateUserVersioned } from '../repositories/usersRepo';
import type { CommandContext } from './context';

/** A user changes their own password after proving the current one. Other sessions stay open. */
export async function passwordChanger(ctx: CommandContext, currentPassword: string, newPassword: string) {
  const found = await getUserWithUnit(ctx.db, ctx.actor.id);
  if (!found) throw new AppError('UNAUTHENTICATED');
  if (!(await verifyPassword(currentPassword, found.user.passwordHash))) {
    throw new AppError('WRONG_PASSWORD', { field: 'currentPassword' });
  }
  const weak = passwordWeakness(newPassword);
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
    await appendAudit(tx, {
      unitId: user.unitId,
      actorId: ctx.actor.id,
      action: 'user.change_password',
      entity: 'user',
      entityId: user.id,
      at: ctx.now,
    });
  });
}
