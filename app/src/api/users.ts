import { api } from './client';
import type { Role, User, UserPage, UserStatus } from './types';

export interface UserListParams {
  unitId?: string;
  q?: string;
  role?: Role;
  page: number;
  pageSize: number;
}

export interface UserCreateInput {
  username: string;
  displayName: string;
  role: Role;
  unitId: string;
  password: string;
  phone?: string;
}

export interface UserUpdateInput {
  version: number;
  displayName?: string;
  role?: Role;
  status?: UserStatus;
  unitId?: string;
  phone?: string | null;
}

export const listUsers = (p: UserListParams) => api.get<UserPage>('/api/users', { ...p });

export const createUser = (input: UserCreateInput) => api.post<User>('/api/users', input);

export const updateUser = (id: string, input: UserUpdateInput) =>
  api.patch<User>(`/api/users/${encodeURIComponent(id)}`, input);

export const resetUserPassword = (id: string, newPassword: string) =>
  api.post<void>(`/api/users/${encodeURIComponent(id)}/reset-password`, { newPassword });
