import { passwordWeakness } from '../../core/auth/passwordRules';
import { AppError } from '../../core/errors';
import { can } from '../../core/policy';
import { type Role, roleUnitRefusal } from '../../core/roles';
import { hashPassword } from '../auth/password';
import { auditUser } from '../presenters/user';
import { appendAudit } from '../repositories/auditRepo';
import { clearAccountThrottle } from '../repositories/loginThrottleRepo';
import { getUnit } from '../repositories/unitsRepo';
import { getUserWithUnit, type UserWithUnit, updateUserVersioned } from '../repositories/usersRepo';
import type { CommandContext } from './context';
import { sessionRevoker } from './sessionRevoker';

/** Loads a user the actor may manage: out of scope answers 404 so existence is not revealed. */
export async function loadManagedUser(ctx: CommandContext, id: string): Promise<UserWithUnit> {
  const found = await getUserWithUnit(ctx.db, id);
  if (!found || !can(ctx.actor, 'unit.read', found.unit)) throw new AppError('NOT_FOUND');
  if (!can(ctx.actor, 'user.manage', found.unit)) throw new AppError('FORBIDDEN');
  return found;
}

export interface UserUpdateProps {
  id: string;
  version: number;
  displayName?: string | undefined;
  role?: Role | undefined;
  status?: 'active' | 'disabled' | undefined;
  phone?: string | null | undefined;
  /** Moves the user to another unit the actor manages (their sessions end: their scope changed). */
  unitId?: string | undefined;
}

/** Edits a user with optimistic locking; disabling also ends the user's sessions. */
export async function userUpdater(ctx: CommandContext, p: UserUpdateProps): Promise<UserWithUnit> {
  const found = await loadManagedUser(ctx, p.id);
  if (p.id === ctx.actor.id && (p.status === 'disabled' || (p.role && p.role !== found.user.role))) {
    throw new AppError('FORBIDDEN', { detail: '不能停用自己的账号或修改自己的角色' });
  }
  const moved = p.unitId !== undefined && p.unitId !== found.user.unitId;
  const unit = moved ? await getUnit(ctx.db, p.unitId as string) : found.unit;
  if (!unit || !can(ctx.actor, 'unit.read', unit)) throw new AppError('NOT_FOUND', { field: 'unitId' });
  if (moved && !can(ctx.actor, 'user.manage', unit)) throw new AppError('FORBIDDEN');
  if (moved && p.id === ctx.actor.id) throw new AppError('FORBIDDEN', { detail: '不能修改自己所在的单位' });
  // a new role, or the old role in a new unit, must fit the unit's level (司法所 only at a township)
  const misplaced = p.role || moved ? roleUnitRefusal(p.role ?? (found.user.role as Role), unit.level) : null;
  if (misplaced) throw new AppError('VALIDATION', { field: 'role', detail: misplaced });
  const patch = {
    ...(moved && { unitId: unit.id }),
    ...(p.displayName !== undefined && { displayName: p.displayName }),
    ...(p.role !== undefined && { role: p.role }),
    ...(p.status !== undefined && { status: p.status }),
    ...(p.phone !== undefined && { phone: p.phone }),
    // re-enabling an account also lifts a lock: the admin has vouched for it
    ...(p.status === 'active' && { lockedUntil: null, failedLogins: 0 }),
    updatedAt: ctx.now,
  };
  return ctx.db.transaction(async (tx) => {
    const user = await updateUserVersioned(tx, p.id, p.version, patch);
    if (!user) throw new AppError('STALE_VERSION', { field: 'version' });
    // a move changes what the user may see: sessions opened under the old unit end
    if (p.status === 'disabled' || moved) await sessionRevoker(tx, p.id);
    if (p.status === 'active') await clearAccountThrottle(tx, user.username);
    await appendAudit(tx, {
      unitId: user.unitId,
      actorId: ctx.actor.id,
      action: 'user.update',
      entity: 'user',
      entityId: user.id,
      before: auditUser(found.user),
      after: auditUser(user),
      at: ctx.now,
    });
    return { user, unit };
  });
}

/** An administrator sets a new password; the user's sessions end and any lock is lifted. */
export async function passwordResetter(ctx: CommandContext, id: string, newPassword: string): Promise<void> {
  const found = await loadManagedUser(ctx, id);
  const weak = passwordWeakness(newPassword, found.user.username);
  if (weak) throw new AppError('WEAK_PASSWORD', { field: 'newPassword', detail: weak });
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction(async (tx) => {
    const user = await updateUserVersioned(tx, id, found.user.version, {
      passwordHash,
      passwordChangedAt: ctx.now,
      lockedUntil: null,
      failedLogins: 0,
      updatedAt: ctx.now,
    });
    if (!user) throw new AppError('STALE_VERSION');
    await sessionRevoker(tx, id);
    await clearAccountThrottle(tx, user.username);
    await appendAudit(tx, {
      unitId: user.unitId,
      actorId: ctx.actor.id,
      action: 'user.reset_password',
      entity: 'user',
      entityId: id,
      at: ctx.now,
    });
  });
}
