import { z } from 'zod';
import { ROLES } from '../roles';
import { UNIT_LEVELS } from '../units/unitLevel';

/** The signed-in user: `POST /api/auth/login`, `GET /api/me`. */
export const Me = z.strictObject({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  /** masked by the server, e.g. 138****5678 */
  phone: z.string().nullable(),
  unit: z.strictObject({ id: z.string(), name: z.string(), level: z.enum(UNIT_LEVELS), code: z.string() }),
  /** what the UI may offer (core/policy abilitiesOf); the server enforces on its own */
  abilities: z.array(z.string()),
  /** where residents reach this system (FAZHI_PUBLIC_ORIGIN), printed on the 码上申请 poster; null when not configured */
  publicOrigin: z.string().nullable(),
});
export type Me = z.infer<typeof Me>;
