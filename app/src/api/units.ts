import type { UnitDetail } from '../../../core/contract/units';
import { api } from './client';
import type { Unit, UnitLevel } from './types';

export interface UnitCreateInput {
  parentId: string | null;
  name: string;
  level: UnitLevel;
  code: string;
}

export const listUnits = () => api.get<Unit[]>('/api/units');

export const createUnit = (input: UnitCreateInput) => api.post<Unit>('/api/units', input);

export type { UnitDetail };

export interface UnitUpdateInput {
  name?: string;
  code?: string;
  population?: { year: number; value: number | null };
}

export const getUnitDetail = (id: string) => api.get<UnitDetail>(`/api/units/${encodeURIComponent(id)}`);

export const updateUnit = (id: string, input: UnitUpdateInput) =>
  api.patch<UnitDetail>(`/api/units/${encodeURIComponent(id)}`, input);
