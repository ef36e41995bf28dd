export const ROLES = [
  'admin',
  'county_reviewer',
  'township_leader',
  'township_clerk',
  'legal_advisor',
  'judicial_office',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  county_reviewer: '县级审查员',
  township_leader: '乡镇领导',
  township_clerk: '乡镇经办人',
  legal_advisor: '法律顾问',
  judicial_office: '司法所',
};

/**
 * Roles bound to a township: the 司法所 works within its own township (legality review of the
 * township's documents and contracts, guidance of its mediation, its advisors), so its users
 * sit at a township unit and their scope is that township's subtree.
 */
const TOWNSHIP_BOUND: readonly Role[] = ['judicial_office'];

/** A Chinese reason when `role` may not be held at a unit of this level, else null. */
export function roleUnitRefusal(role: Role, level: string): string | null {
  return TOWNSHIP_BOUND.includes(role) && level !== 'township'
    ? `「${ROLE_LABELS[role]}」角色只能设在乡镇（街道）`
    : null;
}
