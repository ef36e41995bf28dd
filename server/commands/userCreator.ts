import crypto from 'node:crypto';
import { passwordWeakness } from '../../core/auth/passwordRules';
import { AppError } from '../../core/errors';
import { can } from '../../core/policy';
import { type Role, roleUnitRefusal } from '../../core/roles';
import { hashPassword } from '../auth/password';
import { isUniqueViolation } from '../db/uniqueViolation';
import { auditUser } from '../presenters/user';
import { appendAudit } from '../repositories/auditRepo';
import { getUnit } from '../repositories/unitsRepo';
import { insertUser, userExists } from '../repositories/usersRepo';
import type { CommandContext } from './context';

export interface UserCreateProps {
  username: string;
  displayName: string;
  role: Role;
  unitId: string;
  password: string;
  phone?: string | null | undefined;
}

/** Creates a user in a unit the actor may manage. */
export async function userCreator(ctx: CommandContext, p: UserCreateProps) {
  const unit = await getUnit(ctx.db, p.unitId);
  if (!unit || !can(ctx.actor, 'unit.read', unit)) throw new AppError('NOT_FOUND', { field: 'unitId' });
  if (!can(ctx.actor, 'user.manage', unit)) throw new AppError('FORBIDDEN');
  const misplaced = roleUnitRefusal(p.role, unit.level);
  if (misplaced) throw new AppError('VALIDATION', { field: 'role', detail: misplaced });
  const weak = passwordWeakness(p.password, p.username);
  if (weak) throw new AppError('WEAK_PASSWORD', { field: 'password', detail: weak });
  if (await userExists(ctx.db, p.username)) throw new AppError('USERNAME_TAKEN', { field: 'username' });
  const passwordHash = await hashPassword(p.password);
  // the check above races with a parallel create of the same name: the unique index decides
  return ctx.db
    .transaction(async (tx) => {
      const user = await insertUser(tx, {
        id: crypto.randomUUID(),
        unitId: unit.id,
        username: p.username,
        displayName: p.displayName,
        role: p.role,
        phone: p.phone ?? null,
        passwordHash,
        status: 'active',
        passwordChangedAt: ctx.now,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      });
      await appendAudit(tx, {
        unitId: unit.id,
        actorId: ctx.actor.id,
        action: 'user.create',
        entity: 'user',
        entityId: user.id,
        after: auditUser(user),
        at: ctx.now,
      });
      return { user, unit };
    })
    .catch((e: unknown) => {
      if (isUniqueViolation(e)) throw new AppError('USERNAME_TAKEN', { field: 'username' });
      throw e;
    });
}
