import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../core/errors';
import { reportToDocx } from './reportDocx';
import { docxToPdf, findSoffice } from './reportPdf';
import { SAMPLE } from './testSample';

describe('PDF through LibreOffice', () => {
  it('refuses in Chinese when LibreOffice is not there', async () => {
    const docx = await reportToDocx(SAMPLE);
    const e = await docxToPdf(docx, { soffice: '/nonexistent/soffice' }).catch((x: unknown) => x);
    expect(isAppError(e) && e.code).toBe('UNAVAILABLE');
    expect((e as Error).message).toContain('未安装 LibreOffice');
  });

  it('converts the report where LibreOffice is installed, and says so where it is not', async () => {
    const docx = await reportToDocx(SAMPLE);
    const soffice = await findSoffice();
    const out = await docxToPdf(docx).catch((x: unknown) => x);
    if (soffice) {
      expect(Buffer.isBuffer(out)).toBe(true);
      expect((out as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    } else {
      expect(isAppError(out) && out.code).toBe('UNAVAILABLE');
    }
  }, 90_000);
});
