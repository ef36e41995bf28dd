/** The answers' types come from the server's response schemas (core/contract), never restated here. */
export type { AuditEntry } from '../../../core/contract/audit';
export type { Me } from '../../../core/contract/auth';
export type { Unit } from '../../../core/contract/units';
export type { User, UserPage, UserStatus } from '../../../core/contract/users';
export type { Role } from '../../../core/roles';
export type { UnitLevel } from '../../../core/units/unitLevel';
