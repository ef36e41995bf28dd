import { api } from './client';
import type { Me } from './types';

export const login = (username: string, password: string) =>
  api.post<Me>('/api/auth/login', { username, password });

export const logout = () => api.post<void>('/api/auth/logout');

export const getMe = () => api.get<Me>('/api/me');

export const changePassword = (currentPassword: string, newPassword: string) =>
  api.post<void>('/api/me/password', { currentPassword, newPassword });
