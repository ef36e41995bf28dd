import { dispute } from './kinds/dispute';
import { mediationCommittee } from './kinds/mediationCommittee';
import { petition } from './kinds/petition';
import { suggestion } from './kinds/suggestion';
import type { LedgerKind } from './types';

/** Every declared kind. Adding a kind = one declaration file + one line here (docs/adding-a-ledger.md). */
export const LEDGER_KINDS: readonly LedgerKind[] = [dispute, petition, mediationCommittee, suggestion];

const BY_KIND = new Map(LEDGER_KINDS.map((k) => [k.kind, k]));

export function ledgerKind(kind: string): LedgerKind | undefined {
  return BY_KIND.get(kind);
}
