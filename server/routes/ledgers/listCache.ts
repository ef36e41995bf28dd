import { createHash } from 'node:crypto';

/**
 * Ledger list answers kept as the bytes the response schema serialized, keyed on everything a page
 * is a function of: the actor (id, role, unit, unit path: scope and default unit), the China day
 * (clocks and the 临期 filter), the request URL (kind and query), and the versions read from the
 * database before the page (`listVersions`: reference data and every ledger record). The versions
 * only grow, so an entry whose versions are not the database's now is never asked for again; it
 * ages out. Bounded by entries and bytes, least recently used first out. One per server instance.
 */
export interface ListKey {
  key: string;
  /** A weak validator for `If-None-Match`: the same key always answers the same bytes. */
  etag: string;
}

export interface ListCache {
  get(key: string): string | undefined;
  set(key: string, body: string): void;
  readonly size: number;
}

const MAX_ENTRIES = 2_000;
const MAX_CHARS = 16 * 1024 * 1024;

export function listKey(parts: {
  actor: { id: string; role: string; unitId: string; unitPath: string };
  day: string;
  url: string;
  reference: string;
  ledgers: string;
}): ListKey {
  const { actor: a } = parts;
  const key = [a.id, a.role, a.unitId, a.unitPath, parts.day, parts.reference, parts.ledgers, parts.url].join(
    '\n',
  );
  return { key, etag: `W/"${createHash('sha256').update(key).digest('base64url').slice(0, 32)}"` };
}

/** True when an `If-None-Match` header names `etag` (or is `*`), by weak comparison. */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = etag.slice(2); // without W/
  for (const raw of header.split(',')) {
    const t = raw.trim();
    if (t === '*' || t === etag || t === opaque || t.slice(2) === opaque) return true;
  }
  return false;
}

export function createListCache(maxEntries = MAX_ENTRIES, maxChars = MAX_CHARS): ListCache {
  const entries = new Map<string, string>();
  let chars = 0;
  return {
    get(key) {
      const body = entries.get(key);
      if (body === undefined) return undefined;
      entries.delete(key); // most recently used last
      entries.set(key, body);
      return body;
    },
    set(key, body) {
      if (body.length > maxChars) return;
      const old = entries.get(key);
      if (old !== undefined) {
        chars -= old.length;
        entries.delete(key);
      }
      entries.set(key, body);
      chars += body.length;
      for (const [k, v] of entries) {
        if (entries.size <= maxEntries && chars <= maxChars) break;
        entries.delete(k);
        chars -= v.length;
      }
    },
    get size() {
      return entries.size;
    },
  };
}
