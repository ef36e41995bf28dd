import { describe, expect, it } from 'vitest';
import { posterOrigin } from './posterOrigin';

describe('posterOrigin', () => {
  it('uses the configured public address whatever the admin browses from', () => {
    const o = posterOrigin('https://fazhi.example.gov.cn', 'http://192.168.1.20:3000');
    expect(o).toMatchObject({ origin: 'https://fazhi.example.gov.cn', warning: false });
  });

  it('warns that a localhost or intranet poster will not open on a phone', () => {
    for (const browser of [
      'http://localhost:3000',
      'http://10.1.2.3',
      'http://172.20.0.5:8080',
      'http://192.168.0.9',
    ]) {
      const o = posterOrigin(null, browser);
      expect(o.origin).toBe(browser);
      expect(o.warning).toBe(true);
      expect(o.note).toContain('群众手机无法打开');
    }
  });

  it('warns more mildly for an unconfigured address that may be public', () => {
    const o = posterOrigin(null, 'https://fz.county.gov.cn');
    expect(o.warning).toBe(true);
    expect(o.note).toContain('请确认群众手机能访问该地址');
  });
});
