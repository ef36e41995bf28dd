import type { EnforcementAnnualStatus } from '../../../core/contract/publicEnforcement';
import { api } from './client';

export type { EnforcementAnnualStatus };

/** 行政执法总体情况: the township's figures and the leader's publishing step (server/kinds/enforcement/). */
export const enforcementAnnualKeys = {
  all: ['enforcement-annual'] as const,
  year: (year: number) => ['enforcement-annual', year] as const,
};

export const getEnforcementAnnualStatus = (year: number) =>
  api.get<EnforcementAnnualStatus>('/api/enforcement-annual', { year });
export const publishEnforcementAnnual = (year: number) =>
  api.post<EnforcementAnnualStatus>('/api/enforcement-annual/publish', { year });
