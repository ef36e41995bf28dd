import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { loginNoticeState, readLoginNotice } from './loginNotice';

describe('login notice', () => {
  it('explains an expired session but not a first visit', () => {
    expect(loginNoticeState(new ApiError(401, 'SESSION_EXPIRED', '登录已超时，请重新登录'))).toEqual({
      notice: '登录已超时，请重新登录',
    });
    expect(loginNoticeState(new ApiError(401, 'UNAUTHENTICATED', '请先登录'))).toEqual({});
  });

  it('reads the notice back from unknown router state', () => {
    expect(readLoginNotice({ notice: '账号已停用' })).toBe('账号已停用');
    expect(readLoginNotice(null)).toBeUndefined();
    expect(readLoginNotice({ notice: 3 })).toBeUndefined();
    expect(readLoginNotice('x')).toBeUndefined();
  });
});
