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
