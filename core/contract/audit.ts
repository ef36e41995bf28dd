import { z } from 'zod';
import { instant } from './shape';

/** One record of an entity's history from the audit chain; before/after are staff-masked snapshots. */
export const AuditEntry = z.strictObject({
  seq: z.number(),
  at: instant,
  actor: z.strictObject({ id: z.string(), displayName: z.string() }).nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
