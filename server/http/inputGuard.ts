import type { FastifyInstance } from 'fastify';
import { AppError } from '../../core/errors';
import { wellFormed } from '../lib/storableText';

/**
 * Text PostgreSQL cannot store: NUL (refused in text and jsonb) and UTF-16 halves without their
 * pair (not encodable as UTF-8). Both reached the database from queries, bodies and path
 * segments and came back as 500s (issue 14 §1.7).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what this looks for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasUnstorableText(s: string): boolean {
  return UNSTORABLE.test(s);
}

/** The dotted path of the first string (key or value) that cannot be stored, if any. */
function findUnstorable(v: unknown, path: string, depth = 0): string | undefined {
  if (typeof v === 'string') return hasUnstorableText(v) ? path || '(值)' : undefined;
  if (depth > 32 || v === null || typeof v !== 'object') return undefined;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const bad = findUnstorable(v[i], path ? `${path}.${i}` : String(i), depth + 1);
      if (bad) return bad;
    }
    return undefined;
  }
  for (const [k, x] of Object.entries(v)) {
    const here = path ? `${path}.${k}` : k;
    if (hasUnstorableText(k)) return wellFormed(here).replaceAll('\u0000', '');
    const bad = findUnstorable(x, here, depth + 1);
    if (bad) return bad;
  }
  return undefined;
}

/** Refuses such text before validation, naming the field, for every route. */
export function registerInputGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (req) => {
    for (const [where, label, value] of [
      ['params', '路径参数', req.params],
      ['querystring', '查询参数', req.query],
      ['body', '', req.body],
    ] as const) {
      const field = findUnstorable(value, '');
      if (field !== undefined) {
        throw new AppError('VALIDATION', {
          field: where === 'body' ? field : undefined,
          detail: `${label}字段 ${field}：含有无法保存的字符（空字符或不完整的 Unicode 字符）`,
        });
      }
    }
  });
}
