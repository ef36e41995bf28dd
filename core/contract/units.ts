import { z } from 'zod';
import { UNIT_LEVELS } from '../units/unitLevel';

export const Unit = z.strictObject({
  id: z.string(),
  name: z.string(),
  level: z.enum(UNIT_LEVELS),
  code: z.string(),
  parentId: z.string().nullable(),
});
export type Unit = z.infer<typeof Unit>;
