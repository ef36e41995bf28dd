import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../core/errors';
import { fakeSoffice } from '../../test/fakeSoffice';
import { reportToDocx } from './reportDocx';
import { convertToPdf, findPdfConverter } from './reportPdf';
import { SAMPLE } from './testSample';

const none = { soffice: '/nonexistent/soffice', chromium: '/nonexistent/chromium', waiting: 4 };

describe('PDF converters', () => {
  it('offers none when switched off or when neither program is there', async () => {
    expect(await findPdfConverter({ ...none, converter: 'auto' })).toBeNull();
    const soffice = fakeSoffice();
    try {
      expect(await findPdfConverter({ ...none, soffice: soffice.program, converter: 'off' })).toBeNull();
      expect(await findPdfConverter({ ...none, soffice: soffice.program, converter: 'chromium' })).toBeNull();
      expect(await findPdfConverter({ ...none, soffice: soffice.program, converter: 'auto' })).toEqual({
        engine: 'libreoffice',
        program: soffice.program,
      });
    } finally {
      soffice.remove();
    }
  });

  it('hands LibreOffice the .docx and reads back its PDF; a program that fails is a Chinese 503', async () => {
    const docx = await reportToDocx(SAMPLE);
    const soffice = fakeSoffice();
    try {
      const pdf = await convertToPdf(
        { engine: 'libreoffice', program: soffice.program },
        { docx, html: '' },
        new AbortController().signal,
      );
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(soffice.runs()).toBe(1);
    } finally {
      soffice.remove();
    }
    const e = await convertToPdf(
      { engine: 'libreoffice', program: '/bin/false' },
      { docx, html: '' },
      new AbortController().signal,
    ).catch((x: unknown) => x);
    expect(isAppError(e) && e.code).toBe('UNAVAILABLE');
    expect((e as Error).message).toContain('请下载 Word 版本');
  });

  it('kills the program when the requester has gone', async () => {
    const soffice = fakeSoffice();
    try {
      soffice.setDelay(2);
      const gone = new AbortController();
      const run = convertToPdf(
        { engine: 'libreoffice', program: soffice.program },
        { docx: Buffer.from('PK'), html: '' },
        gone.signal,
      ).catch((e: unknown) => e);
      setTimeout(() => gone.abort(new Error('client closed')), 300);
      expect(((await run) as Error).message).toBe('client closed');
      await new Promise((r) => setTimeout(r, 2500));
      // killed before it wrote its file
      expect(soffice.runs()).toBe(0);
    } finally {
      soffice.remove();
    }
  }, 20_000);
});
