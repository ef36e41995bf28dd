import { api } from './client';
import type { AuditEntry } from './types';

export const entityHistory = (entity: string, entityId: string) =>
  api.get<AuditEntry[]>('/api/audit', { entity, entityId });
