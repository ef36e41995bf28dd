import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DOCX, file } from '../../../core/contract/shape';
import { recordDocumentMaker } from '../../commands/ledgers/documentCommands';
import { requireKind } from '../../commands/ledgers/ledgerContext';
import { actorOf } from '../../http/auth';
import { recordToDocx } from '../../io/recordDocument/recordDocx';
import { recordToHtml } from '../../io/recordDocument/recordHtml';
import type { RouteDeps } from '../index';
import { attachmentName } from '../reports/reports';
import { RecordParams } from './schema';

const DocumentParams = RecordParams.extend({
  doc: z.string().regex(/^[a-z_]{1,40}$/, '文书名称格式不正确'),
});

/** One record's 登记表 / 调解协议书 / 处罚决定书, as Word and as a print view (issue 15 §5). */
export const ledgerDocumentRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { database, now }) => {
  const ctx = (req: Parameters<typeof actorOf>[0]) => ({ db: database.db, actor: actorOf(req), now: now() });

  app.get(
    '/api/ledgers/:kind/:id/documents/:doc/docx',
    {
      config: { policy: 'ledger.read' },
      schema: {
        summary: '导出单条记录的文书（登记表、协议书、决定书等，Word）',
        params: DocumentParams,
        response: { 200: file(DOCX, '文书（.docx）') },
      },
    },
    async (req, reply) => {
      const kind = requireKind(req.params.kind);
      const { doc } = await recordDocumentMaker(ctx(req), kind, {
        id: req.params.id,
        document: req.params.doc,
        format: 'docx',
      });
      const bytes = await recordToDocx(doc);
      return reply
        .type(DOCX)
        .header('cache-control', 'no-store')
        .header('content-disposition', attachmentName(`${doc.title}-${doc.number}.docx`))
        .send(bytes);
    },
  );

  app.get(
    '/api/ledgers/:kind/:id/documents/:doc/print',
    {
      config: { policy: 'ledger.read' },
      schema: {
        summary: '单条记录文书的打印页',
        params: DocumentParams,
        response: { 200: file('text/html', '文书（打印页）') },
      },
    },
    async (req, reply) => {
      const kind = requireKind(req.params.kind);
      const { doc, revealed } = await recordDocumentMaker(ctx(req), kind, {
        id: req.params.id,
        document: req.params.doc,
        format: 'print',
      });
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(recordToHtml(doc, revealed));
    },
  );
};
