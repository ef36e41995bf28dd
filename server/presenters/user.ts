import type { UserRow, UserWithUnit } from '../repositories/usersRepo';
import { maskPhone } from './mask';

export function presentUser({ user, unit }: UserWithUnit) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unit: { id: unit.id, name: unit.name },
    phone: maskPhone(user.phone),
    status: user.status,
    lockedUntil: user.lockedUntil?.toISOString() ?? null,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    version: user.version,
  };
}

/** What the audit chain keeps of a user: no password hash, phone masked. */
export function auditUser(u: UserRow) {
  return {
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    unitId: u.unitId,
    phone: maskPhone(u.phone),
    status: u.status,
  };
}
