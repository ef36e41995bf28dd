import { caseFileReview } from './kinds/caseFileReview';
import { dispute } from './kinds/dispute';
import { enforcementCase } from './kinds/enforcementCase';
import { enforcementMatter } from './kinds/enforcementMatter';
import { enforcementTraining } from './kinds/enforcementTraining';
import { inspection } from './kinds/inspection';
import { mediationCommittee } from './kinds/mediationCommittee';
import { officer } from './kinds/officer';
import { petition } from './kinds/petition';
import { suggestion } from './kinds/suggestion';
import type { LedgerKind } from './types';

/** Every declared kind. Adding a kind = one declaration file + one line here (docs/adding-a-ledger.md). */
export const LEDGER_KINDS: readonly LedgerKind[] = [
  dispute,
  petition,
  mediationCommittee,
  suggestion,
  officer,
  enforcementMatter,
  enforcementCase,
  inspection,
  enforcementTraining,
  caseFileReview,
];

const BY_KIND = new Map(LEDGER_KINDS.map((k) => [k.kind, k]));

export function ledgerKind(kind: string): LedgerKind | undefined {
  return BY_KIND.get(kind);
}
