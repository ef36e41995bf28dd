import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isIndicatorKey } from '../../indicators';
import { ROLES } from '../../roles';
import { describeKind } from '../describe';
import { allFields } from '../record';
import { LEDGER_KINDS, ledgerKind } from '../registry';
import type { FieldDef, LedgerKind } from '../types';

const fieldOf = (fields: readonly FieldDef[], key: string) => fields.find((f) => f.key === key);

/** Every state reachable from the initial (and intake) state through declared transitions. */
function reachable(k: LedgerKind): Set<string> {
  const seen = new Set([k.initialState, ...(k.intake ? [k.intake.state] : [])]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const a of k.actions) {
      if (!a.to || seen.has(a.to) || !a.from.some((s) => seen.has(s))) continue;
      seen.add(a.to);
      grew = true;
    }
  }
  return seen;
}

describe.each(LEDGER_KINDS.map((k) => [k.kind, k] as const))('%s declaration', (_name, k) => {
  const states = k.states.map((s) => s.key);
  const clocks = k.clocks.map((c) => c.key);
  const actions = k.actions.map((a) => a.key);
  const every = allFields(k);

  it('keys are unique and the kind is registered under its name', () => {
    expect(ledgerKind(k.kind)).toBe(k);
    for (const keys of [states, clocks, actions, k.fields.map((f) => f.key)])
      expect(new Set(keys).size, keys.join()).toBe(keys.length);
  });

  it('initial, intake and editable states are declared, and not final', () => {
    for (const s of [k.initialState, ...(k.intake ? [k.intake.state] : []), ...(k.editableIn ?? [])]) {
      expect(states).toContain(s);
      expect(k.states.find((x) => x.key === s)?.final, s).not.toBe(true);
    }
  });

  it('undeletable names declared states', () => {
    for (const s of k.undeletable?.states ?? []) expect(states, `undeletable ${s}`).toContain(s);
  });

  it('actions: from/to name declared states; roles exist; dateField names one of its fields', () => {
    for (const a of k.actions) {
      expect(a.from.length, a.key).toBeGreaterThan(0);
      for (const s of a.from) expect(states, `${a.key}.from`).toContain(s);
      if (a.to) expect(states, `${a.key}.to`).toContain(a.to);
      for (const s of a.from)
        expect(k.states.find((x) => x.key === s)?.final, `${a.key} from final ${s}`).not.toBe(true);
      expect(a.roles.length).toBeGreaterThan(0);
      for (const r of a.roles) expect(ROLES).toContain(r);
      if (a.dateField) expect(fieldOf(a.fields ?? [], a.dateField)?.type, `${a.key}.dateField`).toBe('date');
      if (a.bulk) expect(a.fields ?? [], `${a.key}: a bulk step asks nothing`).toEqual([]);
    }
  });

  it('actions: extends/pauses/resumes name declared clocks; extensions are bounded and ask days and reason', () => {
    for (const a of k.actions) {
      for (const c of [a.extends, a.pauses, a.resumes]) if (c) expect(clocks, a.key).toContain(c);
      if (!a.extends) continue;
      const clock = k.clocks.find((c) => c.key === a.extends);
      expect(clock?.maxExtension, `${a.extends}.maxExtension`).toBeGreaterThan(0);
      expect(fieldOf(a.fields ?? [], 'days')).toMatchObject({ type: 'integer', required: true });
      expect(fieldOf(a.fields ?? [], 'reason')).toMatchObject({ required: true });
      expect(a.to, 'an extension keeps the state').toBeUndefined();
    }
    // a clock that can be paused can be resumed
    for (const a of k.actions.filter((x) => x.pauses))
      expect(
        k.actions.some((x) => x.resumes === a.pauses),
        `${a.pauses} resumes`,
      ).toBe(true);
  });

  it('clocks: start and stop name declared fields and actions; lengths are positive', () => {
    for (const c of k.clocks) {
      // a zero-length clock is a deadline that is itself a date (a certificate's expiry)
      expect(c.days, c.key).toBeGreaterThanOrEqual(0);
      expect(c.source, c.key).not.toBe('');
      for (const s of c.stop) expect(actions, `${c.key}.stop`).toContain(s);
      if ('action' in c.start) {
        const a = k.actions.find((x) => x.key === (c.start as { action: string }).action);
        expect(a, `${c.key}.start.action`).toBeDefined();
        if (c.start.field)
          expect(fieldOf([...(a?.fields ?? []), ...every], c.start.field)?.type).toBe('date');
      } else {
        // a field a step stores counts too: a clock may run from the latest review (复核)
        for (const f of typeof c.start.field === 'string' ? [c.start.field] : c.start.field)
          expect(fieldOf(every, f)?.type, `${c.key}.start.field ${f}`).toBe('date');
      }
      if (c.maxExtensions !== undefined) expect(c.maxExtension).toBeGreaterThan(0);
    }
  });

  it('notBefore names a date the record or the same action holds (never a repeatable step’s)', () => {
    const check = (f: FieldDef, own: readonly FieldDef[], where: string) => {
      if (f.type !== 'date' || !f.notBefore) return;
      const other = fieldOf(own, f.notBefore) ?? fieldOf(every, f.notBefore);
      expect(other?.type, `${where}.${f.key}.notBefore ${f.notBefore}`).toBe('date');
    };
    for (const f of k.fields) check(f, k.fields, 'fields');
    for (const a of k.actions) for (const f of a.fields ?? []) check(f, a.fields ?? [], a.key);
  });

  it('fields: options are unique, tables have columns, lengths are sane', () => {
    const all = [...k.fields, ...k.actions.flatMap((a) => a.fields ?? [])];
    for (const f of all.flatMap((f): FieldDef[] => (f.type === 'table' ? [f, ...f.columns] : [f]))) {
      if (f.type === 'select' || f.type === 'multiselect') {
        expect(f.options.length, f.key).toBeGreaterThan(0);
        expect(new Set(f.options.map((o) => o.value)).size, f.key).toBe(f.options.length);
        expect(new Set(f.options.map((o) => o.label)).size, f.key).toBe(f.options.length);
      }
      if (f.type === 'table') {
        expect(f.columns.length).toBeGreaterThan(0);
        expect(f.excelRows).toBeGreaterThan(0);
        if (f.minRows !== undefined && f.maxRows !== undefined)
          expect(f.minRows).toBeLessThanOrEqual(f.maxRows);
      }
      if (f.type === 'integer' && f.min !== undefined && f.max !== undefined)
        expect(f.min).toBeLessThan(f.max);
    }
  });

  it('list.dateField is a required date field of the record', () => {
    // officer: staff without a certificate have no 发证日期 (issue 13 §2); such a record is dated
    // the day it is registered (server ledgerCommands)
    const f = fieldOf(k.fields, k.list.dateField);
    expect(f?.type).toBe('date');
    expect(f?.required === true, k.list.dateField).toBe(k.kind !== 'officer');
  });

  it('cross-field checks name declared fields', () => {
    for (const c of k.checks ?? []) for (const f of c.fields) expect(every.map((x) => x.key)).toContain(f);
  });

  it('feeds are keys of the indicator catalog', () => {
    for (const key of k.feeds) expect(isIndicatorKey(key), key).toBe(true);
  });

  it('every non-final state has a way out; every state can be reached', () => {
    // a plain register (one state, no steps: an inspection, a training) has nowhere to go
    const register = k.states.length === 1 && k.actions.length === 0;
    for (const s of k.states.filter((x) => !x.final && !register))
      expect(
        k.actions.some((a) => a.from.includes(s.key) && a.to && a.to !== s.key),
        `${s.key} has no way out`,
      ).toBe(true);
    expect([...reachable(k)].sort()).toEqual([...states].sort());
  });

  it('describeKind is plain JSON (no functions leak to the API)', () => {
    const d = describeKind(k);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });
});

describe('shared ledger code never names a kind', () => {
  const dir = path.resolve(import.meta.dirname, '..');
  const shared = readdirSync(dir).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'registry.ts' && f !== 'kindIndex.ts',
  );
  const names = LEDGER_KINDS.map((k) => k.kind);

  it('finds the shared files', () => {
    expect(shared).toEqual(expect.arrayContaining(['validate.ts', 'record.ts', 'workflow.ts', 'clocks.ts']));
  });

  it.each(shared)('%s', (file) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    expect(text).not.toMatch(/from '\.\/kinds\//);
    for (const name of names) expect(text, `${file} names ${name}`).not.toMatch(new RegExp(`\\b${name}\\b`));
  });
});

describe('码上申请 topics', () => {
  it('are declared by dispute, petition and suggestion, each under its own key', () => {
    const topics = LEDGER_KINDS.flatMap((k) => (k.intake ? [[k.kind, k.intake.topic]] : []));
    expect(topics).toEqual([
      ['dispute', 'mediation'],
      ['petition', 'petition'],
      ['suggestion', 'suggestion'],
    ]);
  });
});

/**
 * Outside the declarations (core/ledgers/kinds/) and the kinds' server homes (server/kinds/),
 * server and web code reach a kind only through the registry. Demo seeders and tests fill and
 * exercise particular kinds, so they may name them.
 */
describe('server and app code never names a kind outside its home', () => {
  const root = path.resolve(import.meta.dirname, '../../..');
  const HOMES = ['server/kinds/', 'server/demo/', 'server/test/', 'server/io/testFixtures/'];
  const files = (dir: string): string[] =>
    readdirSync(path.join(root, dir)).flatMap((f) => {
      const rel = `${dir}/${f}`;
      return statSync(path.join(root, rel)).isDirectory() ? files(rel) : [rel];
    });
  const shared = ['server', 'app/src']
    .flatMap(files)
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !HOMES.some((h) => f.startsWith(h)));
  // kind ids are [a-z_] (no regex escaping needed); `legal_advisor` is a role as well as a
  // kind, and `meeting` the annual report's 会议审议 step as well as the 法治建设会议 kind: the
  // two spellings cannot be told apart
  const AMBIGUOUS: readonly string[] = [...ROLES, 'meeting'];
  const names = LEDGER_KINDS.map((k) => k.kind).filter((n) => !AMBIGUOUS.includes(n));
  const namings = names.map((n) => ({
    name: n,
    patterns: [
      // a literal that is the kind: kind === 'dispute', ledgerKind('officer')
      new RegExp(`(['"\`])${n}\\1`),
      // its URL or module path: /api/ledgers/petition, pages/ledgers/suggestion
      new RegExp(`ledgers/${n}(?![\\w.])`),
      // a snake_case id is no English word: as a key or property (enforcement_case: …)
      ...(n.includes('_') ? [new RegExp(`\\b${n}\\b`)] : []),
    ],
  }));

  it('finds the shared files and the kinds to look for', () => {
    expect(shared).toEqual(
      expect.arrayContaining([
        'server/commands/ledgers/intakeCommands.ts',
        'server/commands/ledgers/ledgerCommands.ts',
        'server/routes/index.ts',
        'app/src/pages/intake/IntakePage.tsx',
      ]),
    );
    expect(shared.some((f) => f.startsWith('server/kinds/'))).toBe(false);
    expect(names).toEqual(expect.arrayContaining(['dispute', 'petition', 'enforcement_case', 'officer']));
  });

  it('the patterns catch a kind named in code and pass an indicator key', () => {
    const named = (text: string) =>
      namings.filter(({ patterns }) => patterns.some((p) => p.test(text))).map((x) => x.name);
    expect(named(`if (kind.kind === 'dispute') return;`)).toEqual(['dispute']);
    expect(named('get(`/api/ledgers/petition?state=x`)')).toEqual(['petition']);
    expect(named('const UNDELETABLE = { enforcement_case: new Set() };')).toEqual(['enforcement_case']);
    expect(named(`const keys = ['dispute.handled', 'petition.closure_rate']; // every dispute`)).toEqual([]);
  });

  it.each(shared)('%s', (file) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    expect(text, `${file} imports a declaration`).not.toMatch(/ledgers\/kinds\//);
    for (const { name, patterns } of namings)
      for (const p of patterns) expect(text, `${file} names ${name}`).not.toMatch(p);
  });
});
