export const ROLES = [
  'admin',
  'county_reviewer',
  'township_leader',
  'township_clerk',
  'legal_advisor',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  county_reviewer: '县级审查员',
  township_leader: '乡镇领导',
  township_clerk: '乡镇经办人',
  legal_advisor: '法律顾问',
};
