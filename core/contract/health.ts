import { z } from 'zod';

export const Health = z.strictObject({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgresql']),
  /** One query's round trip, in milliseconds. */
  latencyMs: z.number(),
  migrations: z.strictObject({
    applied: z.number().int(),
    shipped: z.number().int(),
    latest: z.string().nullable(),
  }),
});
