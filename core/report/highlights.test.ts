import { describe, expect, it } from 'vitest';
import { fieldOf } from '../indicators/describe';
import { ledgerKind } from '../ledgers/registry';
import { HIGHLIGHT_QUERIES, highlightQuery } from './highlights';

describe('HIGHLIGHT_QUERIES', () => {
  it('have unique ids and a positive limit', () => {
    const ids = HIGHLIGHT_QUERIES.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of HIGHLIGHT_QUERIES) expect(q.limit, q.id).toBeGreaterThan(0);
    expect(highlightQuery('major_decisions')?.kind).toBe('major_decision');
    expect(highlightQuery('nope')).toBeUndefined();
  });

  it('name declared kinds, fields, states and options (a renamed declaration fails here)', () => {
    for (const q of HIGHLIGHT_QUERIES) {
      const kind = ledgerKind(q.kind);
      expect(kind, `${q.id}: kind ${q.kind}`).toBeDefined();
      if (!kind) continue;
      const field = (key: string, types: string[]) => {
        const f = fieldOf(kind, key);
        expect(f, `${q.id}: ${q.kind}.${key}`).toBeDefined();
        expect(types, `${q.id}: ${q.kind}.${key} is ${f?.type}`).toContain(f?.type);
        return f;
      };
      const options = (key: string, values: readonly (string | boolean)[]) => {
        const f = field(key, ['select', 'multiselect', 'boolean']);
        if (f?.type === 'boolean') return;
        const known = f && 'options' in f ? f.options.map((o) => o.value) : [];
        for (const v of values) expect(known, `${q.id}: ${key}=${v}`).toContain(v);
      };
      field(q.dateField, ['date']);
      field(q.titleField, ['text', 'textarea', 'select']);
      for (const f of q.fields) field(f, ['text', 'textarea', 'select', 'date', 'integer', 'boolean']);
      const w = q.where ?? {};
      for (const s of w.states ?? [])
        expect(
          kind.states.map((x) => x.key),
          `${q.id}: state ${s}`,
        ).toContain(s);
      for (const [f, v] of Object.entries(w.equals ?? {})) options(f, [v]);
      for (const [f, vs] of Object.entries(w.in ?? {})) options(f, vs);
      for (const [f, vs] of Object.entries(w.notIn ?? {})) options(f, vs);
      for (const f of w.present ?? []) field(f, ['date', 'text', 'textarea', 'select', 'integer']);
    }
  });

  it('never ask for personal data (a public report names no party)', () => {
    for (const q of HIGHLIGHT_QUERIES) {
      const kind = ledgerKind(q.kind);
      if (!kind) continue;
      for (const key of [q.titleField, ...q.fields]) {
        const f = fieldOf(kind, key);
        expect(f && 'personal' in f ? f.personal : undefined, `${q.id}: ${key}`).toBeUndefined();
      }
    }
  });
});
