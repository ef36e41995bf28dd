import { z } from 'zod';
import { ROLES } from '../roles';
import { instant } from './shape';

export const USER_STATUSES = ['active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const User = z.strictObject({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  unit: z.strictObject({ id: z.string(), name: z.string() }),
  /** masked by the server, e.g. 138****5678 */
  phone: z.string().nullable(),
  status: z.enum(USER_STATUSES),
  lockedUntil: instant.nullable(),
  lastLoginAt: instant.nullable(),
  createdAt: instant,
  version: z.number(),
});
export type User = z.infer<typeof User>;

export const UserPage = z.strictObject({ items: z.array(User), total: z.number() });
export type UserPage = z.infer<typeof UserPage>;
