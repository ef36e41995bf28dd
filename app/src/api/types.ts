import type { Role } from '../../../core/roles';
import type { UnitLevel } from '../../../core/units/unitLevel';

export type { Role, UnitLevel };

export interface Me {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unit: { id: string; name: string; level: UnitLevel; code: string };
  abilities: string[];
  phone?: string | null;
  /** Where residents reach the system (FAZHI_PUBLIC_ORIGIN); null when the server has none configured. */
  publicOrigin?: string | null;
}

export interface Unit {
  id: string;
  name: string;
  level: UnitLevel;
  code: string;
  parentId: string | null;
}

export type UserStatus = 'active' | 'disabled';

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unit: { id: string; name: string };
  /** Already masked by the server, e.g. 138****5678. */
  phone: string | null;
  status: UserStatus;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  version: number;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: { id: string; displayName: string } | null;
  action: string;
  entity: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
