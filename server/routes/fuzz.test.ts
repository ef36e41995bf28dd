import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../core/roles';
import { buildCounty, buildLedgerRecord, buildUser, type TestCounty } from '../test/factories';
import { type HttpClient, setupTestServer } from '../test/server';

/**
 * Malformed input against every operation of the OpenAPI document, as every role (issue 14 §1.7):
 * NUL bytes, lone surrogates, impossible dates, integers past 2^31, 8,000-character path segments,
 * truncated multipart bodies and bad file names. Every answer must be a 4xx or a success, never a
 * 5xx nor a cut connection. Roles other than the administrator get the first values of each kind
 * only, to keep the run under a minute.
 */
// the per-IP login request limit is lifted: fuzzing the login route must not stop a role signing in again
const server = setupTestServer({ FAZHI_LOGIN_PER_MINUTE: '100000' });
let county: TestCounty;
let recordId: string;
const clients = new Map<Role, HttpClient>();
const usernames = new Map<Role, string>();

beforeAll(async () => {
  county = await buildCounty(server.database.db);
  recordId = (await buildLedgerRecord(server.database.db, county.townA)).id;
  for (const role of ROLES) {
    const user = await buildUser(server.database.db, role === 'admin' ? county.county : county.townA, role);
    usernames.set(role, user.username);
    clients.set(role, await server.client().login(user.username));
  }
});

/** Path and query values, already percent-encoded as an attacker sends them (a lone surrogate cannot be encoded by encodeURIComponent). */
const BAD_URL_VALUES = [
  'a%00b',
  '%ED%A0%80',
  'x'.repeat(8000),
  '2025-13-45',
  '2025-02-30',
  '2147483648',
  '99999999999999999999999',
  '-1',
  '%FF%FE',
  '..%2F..%2Fetc',
];
/** JSON values put in place of one field at a time. */
const BAD_JSON_VALUES: unknown[] = [
  'a\u0000b',
  '\uD800x',
  'x'.repeat(8000),
  '2025-02-30',
  2 ** 31,
  2 ** 53 + 2,
  -1,
  1e308,
  { '\u0000': 1 },
  ['\uDC00'],
  null,
];

const PLAUSIBLE: Record<string, () => string> = {
  kind: () => 'dispute',
  unitCode: () => county.townA.code,
  year: () => '2025',
  action: () => 'accept',
  key: () => 'deadline_warning_days',
  receipt: () => 'ABCDEF1234',
  paragraphId: () => 'p1',
};

interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  format?: string;
  anyOf?: Schema[];
}
interface Operation {
  parameters?: { in: string; name: string }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}

function plausibleJson(s: Schema | undefined, depth = 0): unknown {
  if (!s || depth > 4) return 'x';
  if (s.enum?.length) return s.enum[0];
  if (s.anyOf?.[0]) return plausibleJson(s.anyOf[0], depth + 1);
  const t = Array.isArray(s.type) ? s.type[0] : s.type;
  if (t === 'object' || s.properties)
    return Object.fromEntries(
      Object.entries(s.properties ?? {}).map(([k, v]) => [k, plausibleJson(v, depth + 1)]),
    );
  if (t === 'array') return [];
  if (t === 'integer' || t === 'number') return 1;
  if (t === 'boolean') return true;
  if (s.format === 'uuid') return crypto.randomUUID();
  return 'x';
}

interface Case {
  method: string;
  url: string;
  body?: string;
  contentType?: string;
}

function casesFor(path: string, method: string, op: Operation, thorough: boolean): Case[] {
  const urlVals = thorough ? BAD_URL_VALUES : BAD_URL_VALUES.slice(0, 4);
  const jsonVals = thorough ? BAD_JSON_VALUES : BAD_JSON_VALUES.slice(0, 5);
  const params = op.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path').map((p) => p.name);
  const plausiblePath = (name: string) =>
    PLAUSIBLE[name]?.() ??
    (name === 'id' && path.startsWith('/api/ledgers') ? recordId : crypto.randomUUID());
  const fill = (bad?: [string, string]) =>
    path.replace(/\{(\w+)\}/g, (_, name: string) => (bad && bad[0] === name ? bad[1] : plausiblePath(name)));
  const jsonSchema = op.requestBody?.content['application/json']?.schema;
  const goodBody = jsonSchema ? JSON.stringify(plausibleJson(jsonSchema)) : undefined;
  const json = (body: string | undefined): Partial<Case> =>
    body === undefined ? {} : { body, contentType: 'application/json' };
  const out: Case[] = [];
  for (const name of pathParams)
    for (const v of urlVals) out.push({ method, url: fill([name, v]), ...json(goodBody) });
  for (const q of params.filter((p) => p.in === 'query'))
    for (const v of urlVals) out.push({ method, url: `${fill()}?${q.name}=${v}`, ...json(goodBody) });
  // a filter key of the ledger lists (f.<field>) is free-form: fuzz one too
  if (method === 'GET' && path.startsWith('/api/ledgers/{kind}'))
    for (const v of urlVals) out.push({ method, url: `${fill()}?f.registeredOn=${v}` });
  if (jsonSchema) {
    const base = plausibleJson(jsonSchema);
    const props = base && typeof base === 'object' && !Array.isArray(base) ? Object.keys(base) : [];
    for (const prop of props)
      for (const v of jsonVals)
        out.push({ method, url: fill(), ...json(JSON.stringify({ ...(base as object), [prop]: v })) });
    for (const whole of [
      '[]',
      '"\\u0000"',
      '{"values":{"summary":"\\ud800","registeredOn":"2025-02-30"}}',
      '{',
    ])
      out.push({ method, url: fill(), ...json(whole) });
  }
  if (method !== 'GET' && method !== 'DELETE' && !jsonSchema) {
    // uploads: a multipart body cut off midway, and a whole one with a file name of NUL and a broken pair
    const b = 'fuzzBoundary';
    const head = `--${b}\r\nContent-Disposition: form-data; name="files"; filename="a\u0000\uD800.txt"\r\nContent-Type: text/plain\r\n\r\n`;
    out.push({
      method,
      url: fill(),
      body: `${head}2025年`,
      contentType: `multipart/form-data; boundary=${b}`,
    });
    out.push({
      method,
      url: fill(),
      body: `${head}某镇2025年报告\r\n--${b}--\r\n`,
      contentType: `multipart/form-data; boundary=${b}`,
    });
  }
  return out;
}

async function send(c: HttpClient, k: Case): Promise<number> {
  const headers: Record<string, string> = {};
  if (c.cookie) headers.cookie = c.cookie;
  if (k.method !== 'GET') headers.origin = c.baseUrl;
  if (k.contentType) headers['content-type'] = k.contentType;
  // a request the server never answers is a finding too: name it rather than time the whole test out
  const res = await fetch(c.baseUrl + k.url, {
    method: k.method,
    headers,
    body: k.body,
    signal: AbortSignal.timeout(15_000),
  });
  await res.arrayBuffer(); // a connection cut mid-answer throws here
  return res.status;
}

describe('fuzzing every OpenAPI operation (issue 14 §1.7)', () => {
  let paths: Record<string, Record<string, Operation>>;
  beforeAll(async () => {
    const doc = await (clients.get('admin') as HttpClient).get<{
      paths: Record<string, Record<string, Operation>>;
    }>('/api/docs/json');
    expect(doc.status).toBe(200);
    paths = doc.body.paths;
  });

  // one case per role: each has its own time budget, so a loaded machine slows the run without failing it
  it.each(ROLES)(
    'answers malformed input with a 4xx, never a 5xx, as %s',
    { timeout: 120_000 },
    async (role) => {
      const failures: string[] = [];
      let sent = 0;
      {
        const c = clients.get(role) as HttpClient;
        const cases: Case[] = [];
        for (const [path, ops] of Object.entries(paths)) {
          if (path.startsWith('/api/docs') || path === '/api/auth/logout') continue;
          for (const [method, op] of Object.entries(ops))
            cases.push(...casesFor(path, method.toUpperCase(), op, role === 'admin'));
        }
        // a few at a time: enough to overlap the HTTP round trips, not enough to starve the test machine
        for (let i = 0; i < cases.length; i += 6) {
          await Promise.all(
            cases.slice(i, i + 6).map(async (k) => {
              sent++;
              try {
                const status = await send(c, k);
                if (status >= 500)
                  failures.push(
                    `${role} ${k.method} ${k.url.slice(0, 120)} ${k.body?.slice(0, 80) ?? ''} → ${status}`,
                  );
              } catch (e) {
                failures.push(
                  `${role} ${k.method} ${k.url.slice(0, 120)} → connection failed: ${(e as Error).message}`,
                );
              }
            }),
          );
          // a fuzzed request may end the session (a password change): sign in again to go on fuzzing as this role
          if ((await c.get('/api/me')).status === 401) await c.login(usernames.get(role) as string);
        }
      }
      expect(failures).toEqual([]);
      // every operation was tried at least twice (a bad path or query value and a bad body or header)
      const operations = Object.entries(paths)
        .filter(([path]) => !path.startsWith('/api/docs') && path !== '/api/auth/logout')
        .reduce((n, [, ops]) => n + Object.keys(ops).length, 0);
      expect(sent).toBeGreaterThanOrEqual(2 * operations);
    },
  );
});
