import type { ErrorCode } from './errors';

/** Chinese wording of every error code: the one place users' error texts are kept. */
export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  VALIDATION: '提交的数据不符合要求',
  WEAK_PASSWORD: '密码强度不足',
  WRONG_PASSWORD: '当前密码不正确',
  INVALID_UNIT_CODE: '行政区划代码无效',
  INVALID_PARENT_UNIT: '上级单位不存在或级别不符',
  UNAUTHENTICATED: '请先登录',
  SESSION_EXPIRED: '登录已超时，请重新登录',
  BAD_CREDENTIALS: '用户名或密码错误',
  FORBIDDEN: '没有权限执行此操作',
  CSRF_REJECTED: '请求来源校验失败，请从本系统页面发起操作',
  ACCOUNT_DISABLED: '账号已停用，请联系系统管理员',
  NOT_FOUND: '记录不存在或无权访问',
  ROUTE_NOT_FOUND: '接口不存在',
  STALE_VERSION: '该记录已被他人修改，请刷新后重试（您填写的内容未丢失）',
  USERNAME_TAKEN: '用户名已被使用',
  UNIT_CODE_TAKEN: '该行政区划代码已存在',
  BODY_TOO_LARGE: '提交的数据过大（上限 1 MB）',
  UNSUPPORTED_MEDIA_TYPE: '不支持的数据格式，请以 JSON 提交',
  ACCOUNT_LOCKED: '登录失败次数过多，账号已锁定，请15分钟后再试',
  INTERNAL: '服务器内部错误，请稍后重试',
  UNAVAILABLE: '服务暂不可用，请稍后重试',
};
