import type { ActionDef, ClockDef, FieldDef, LedgerKind } from './types';

/**
 * The declaration as JSON for `GET /api/ledgers`: everything but the functions (guards,
 * checks, titles), which stay on the server and in the bundled app.
 */
export function describeKind(k: LedgerKind) {
  return {
    kind: k.kind,
    label: k.label,
    numberPrefix: k.numberPrefix,
    fields: k.fields.map(describeField),
    states: k.states.map(({ key, label, final, tone, awaits }) => ({
      key,
      label,
      final: final === true,
      tone,
      awaits,
    })),
    initialState: k.initialState,
    actions: k.actions.map(describeAction),
    clocks: k.clocks.map(describeClock),
    feeds: k.feeds,
    editors: k.editors,
    dateField: k.list.dateField,
  };
}

function describeField(f: FieldDef): FieldDef {
  return f.type === 'table' ? { ...f, columns: f.columns.map((c) => ({ ...c })) } : { ...f };
}

function describeAction(a: ActionDef) {
  // citations and test names are for docs/statutes.md; the refusal text already names the article
  const { guard: _g, warn: _w, rules: _r, offered: _o, precheck: _p, ...rest } = a;
  return {
    ...rest,
    to: a.to ?? null,
    fields: (a.fields ?? []).map(describeField),
    guarded: a.guard !== undefined,
  };
}

function describeClock(c: ClockDef) {
  const { when: _w, cite: _c, test: _t, ...rest } = c;
  return { ...rest, conditional: c.when !== undefined };
}
