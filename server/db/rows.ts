/**
 * The rows of a raw `db.execute` result: node-postgres and PGlite answer `{ rows }`, a mock or
 * an older driver a bare array. One reading for every raw query.
 */
export function rowsOf<T = Record<string, unknown>>(res: unknown): T[] {
  return (Array.isArray(res) ? res : (res as { rows?: T[] }).rows) ?? [];
}
