import { z } from 'zod';

/**
 * A value whose shape a core type already states (a report document, an analysis, a ledger
 * declaration): the response schema names the type for `z.infer` and the docs, and lets the
 * value through as is, so the shape is written once, in core. Objects only; a bare string or
 * number here is a presenter bug.
 */
export const declared = <T>(description: string) =>
  z.custom<T>((v) => typeof v === 'object' && v !== null).meta({ description });

/** An instant as the API writes it: `Date.toISOString()`. */
export const instant = z.string().meta({ description: 'ISO 8601 时刻（UTC）' });

/** A day in China, YYYY-MM-DD. */
export const day = z.string().meta({ description: '日期 YYYY-MM-DD（北京时间）' });

/** A file answer (docx, xlsx, pdf, an attachment): the body is the file, not JSON. */
export const file = (contentType: string, description: string) => ({
  description,
  content: {
    [contentType]: {
      // the server sends bytes or a stream; the document says a binary string
      schema: z
        .custom<Uint8Array | NodeJS.ReadableStream | string>()
        .meta({ type: 'string', format: 'binary' }),
    },
  },
});

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF = 'application/pdf';

/** 204: the step was done and there is nothing to send. */
export const NoContent = z.null().meta({ description: '成功，无返回内容' });
