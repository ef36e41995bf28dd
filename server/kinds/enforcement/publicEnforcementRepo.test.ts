import { describe, expect, it } from 'vitest';
import { allFields, ledgerKind } from '../../../core/ledgers';
import { ANNUAL_FIELDS_READ } from './annualDataRepo';
import { FIELDS_READ } from './publicEnforcementRepo';

describe('the public page’s SQL reads declared fields only', () => {
  it.each([...Object.entries(FIELDS_READ), ...Object.entries(ANNUAL_FIELDS_READ)])('%s', (kind, keys) => {
    const declared = ledgerKind(kind);
    if (!declared) throw new Error(`${kind} is not registered`);
    const known = allFields(declared).map((f) => f.key);
    // a renamed field would otherwise read as null on the public page, silently
    expect(keys.filter((k) => !known.includes(k))).toEqual([]);
  });
});
