import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAnnualReport, buildCounty, buildUser, type TestCounty } from '../../test/factories';
import { fakeSoffice } from '../../test/fakeSoffice';
import { type HttpClient, setupTestServer } from '../../test/server';

/**
 * Report PDFs: made once per report version and kept in report_pdfs, one conversion at a time
 * with one more waiting (FAZHI_PDF_QUEUE=1) and a refusal in Chinese beyond that. A requester
 * that goes: jobQueue.test.ts (the line) and reportPdf.test.ts in io/ (the program killed). LibreOffice is the stand-in of fakeSoffice.ts.
 */
const soffice = fakeSoffice();
const server = setupTestServer({
  FAZHI_PDF_CONVERTER: 'libreoffice',
  FAZHI_SOFFICE: soffice.program,
  FAZHI_PDF_QUEUE: '1',
});
let county: TestCounty;
let clerk: HttpClient;

beforeAll(async () => {
  county = await buildCounty(server.database.db);
  clerk = await server
    .client()
    .login((await buildUser(server.database.db, county.townA, 'township_clerk')).username);
});
afterAll(() => soffice.remove());

const report = (status: Parameters<typeof buildAnnualReport>[2] = 'draft') =>
  buildAnnualReport(server.database.db, county.townA, status);

async function pdfOf(url: string, init: RequestInit = {}) {
  const res = await fetch(server.baseUrl + url, {
    ...init,
    headers: clerk.cookie ? { cookie: clerk.cookie } : {},
  });
  return {
    status: res.status,
    made: res.headers.get('x-fazhi-pdf'),
    bytes: Buffer.from(await res.arrayBuffer()),
  };
}

describe('report PDF', () => {
  it('makes a version once, serves it from the cache after, and makes the next version anew', async () => {
    soffice.setDelay(0);
    const r = await report();
    const before = soffice.runs();
    const first = await pdfOf(`/api/reports/${r.id}/pdf`);
    expect(first.status).toBe(200);
    expect(first.made).toBe('made');
    expect(first.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const again = await pdfOf(`/api/reports/${r.id}/pdf`);
    expect(again).toEqual({ ...first, made: 'cached' });
    expect(soffice.runs() - before).toBe(1);

    const edited = await clerk.request('PUT', `/api/reports/${r.id}/paragraphs/p1`, {
      version: 1,
      text: '调整充实法治政府建设工作领导小组，明确分工。',
    });
    expect(edited.status).toBe(200);
    expect((await pdfOf(`/api/reports/${r.id}/pdf`)).made).toBe('made');
    expect((await pdfOf(`/api/reports/${r.id}/pdf`)).made).toBe('cached');
    expect(soffice.runs() - before).toBe(2);
  });

  it('offers a published report as PDF to anyone, from the same cache; unpublished ones do not exist', async () => {
    soffice.setDelay(0);
    const r = await report('published');
    const anon = await fetch(`${server.baseUrl}/api/public/reports/${r.id}/pdf`);
    expect(anon.status).toBe(200);
    expect(anon.headers.get('content-disposition')).toContain(encodeURIComponent('甲镇'));
    // read to the end: a body left unread keeps the connection busy and the server from closing
    expect(
      Buffer.from(await anon.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect((await pdfOf(`/api/reports/${r.id}/pdf`)).made).toBe('cached');
    const page = await (await fetch(`${server.baseUrl}/api/public/reports/${r.id}`)).json();
    expect(page.pdf).toBe(true);
    const draft = await report();
    const hidden = await fetch(`${server.baseUrl}/api/public/reports/${draft.id}/pdf`);
    expect(hidden.status).toBe(404);
    await hidden.arrayBuffer();
  });

  it('shares one conversion between simultaneous requests, and refuses beyond the queue in Chinese', async () => {
    soffice.setDelay(1);
    const [a, b, c] = [await report(), await report(), await report()];
    const before = soffice.runs();
    const twice = [pdfOf(`/api/reports/${a.id}/pdf`), pdfOf(`/api/reports/${a.id}/pdf`)];
    await new Promise((r) => setTimeout(r, 200));
    const waiting = pdfOf(`/api/reports/${b.id}/pdf`);
    await new Promise((r) => setTimeout(r, 200));
    const refused = await clerk.get<{ error: { code: string; message: string } }>(`/api/reports/${c.id}/pdf`);
    expect(refused.status).toBe(503);
    expect(refused.body.error.message).toBe('正在生成的 PDF 较多，请稍后再试，或先下载 Word 版本');
    expect((await Promise.all(twice)).map((x) => x.status)).toEqual([200, 200]);
    expect((await waiting).status).toBe(200);
    expect(soffice.runs() - before).toBe(2);
  });
});
