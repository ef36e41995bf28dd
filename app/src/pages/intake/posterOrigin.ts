/** Which address the 码上申请 poster carries, and what the admin should know about it. */
export interface PosterOrigin {
  origin: string;
  note: string;
  /** The poster may not open on a resident's phone. */
  warning: boolean;
}

// addresses a phone on the mobile network cannot reach
const LOCAL = /^https?:\/\/(localhost|127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|\[::1\]|0\.0\.0\.0)/i;

/**
 * The configured public address (FAZHI_PUBLIC_ORIGIN) when the server has one; otherwise the
 * address this browser uses, with a warning, since a poster printed from an intranet address
 * or localhost opens nothing on a resident's phone.
 */
export function posterOrigin(configured: string | null, browser: string): PosterOrigin {
  if (configured) {
    return {
      origin: configured,
      note: '使用系统设置的对外访问地址，群众用手机扫码即可打开。',
      warning: false,
    };
  }
  const local = LOCAL.test(browser);
  return {
    origin: browser,
    note: local
      ? '系统未设置对外访问地址，二维码使用的是本机或内网地址，群众手机无法打开。请系统管理员在服务器配置中设置对外访问地址后再打印。'
      : '系统未设置对外访问地址，二维码使用当前浏览器的地址；请确认群众手机能访问该地址，或请系统管理员在服务器配置中设置对外访问地址。',
    warning: true,
  };
}
