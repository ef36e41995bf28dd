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

/** A unit with its 常住人口 by year (oldest first), for the edit form: `GET/PATCH /api/units/:id`. */
export const UnitDetail = Unit.extend({
  populations: z.array(z.strictObject({ year: z.number().int(), population: z.number().int() })),
});
export type UnitDetail = z.infer<typeof UnitDetail>;
