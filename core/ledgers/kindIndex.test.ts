import { describe, expect, it } from 'vitest';
import { KIND_INDEX } from './kindIndex';
import { LEDGER_KINDS } from './registry';

describe('the kind index', () => {
  it('lists every declared kind, in order, with its label', () => {
    expect(KIND_INDEX.map(({ kind, label }) => ({ kind, label }))).toEqual(
      LEDGER_KINDS.map(({ kind, label }) => ({ kind, label })),
    );
  });

  it('places every kind in an area', () => {
    for (const k of KIND_INDEX) expect(k.area, k.kind).not.toBe('');
  });
});
