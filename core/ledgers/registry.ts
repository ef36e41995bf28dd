import { adminMediation } from './kinds/adminMediation';
import { assignedTask } from './kinds/assignedTask';
import { caseFileReview } from './kinds/caseFileReview';
import { contractReview, majorDecision, normativeDocument } from './kinds/decisions';
import { disclosure, disclosureRequest } from './kinds/disclosure';
import { dispute } from './kinds/dispute';
import { enforcementCase } from './kinds/enforcementCase';
import { enforcementMatter } from './kinds/enforcementMatter';
import { enforcementTraining } from './kinds/enforcementTraining';
import { inspection } from './kinds/inspection';
import { dutyReport, lawInspection, leadershipGroup, meeting } from './kinds/leadership';
import { legalAdvisor } from './kinds/legalAdvisor';
import { legalAide } from './kinds/legalAide';
import { mediationCommittee } from './kinds/mediationCommittee';
import { modelVillage } from './kinds/modelVillage';
import { officer } from './kinds/officer';
import { petition } from './kinds/petition';
import { riskAssessment } from './kinds/riskAssessment';
import { exam, publicityEvent, studySession } from './kinds/study';
import { suggestion } from './kinds/suggestion';
import {
  hotlineItem,
  litigationCase,
  npcSuggestion,
  procuratorialRecommendation,
  serviceMonth,
} from './kinds/supervision';
import { villageRule } from './kinds/villageRule';
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
  leadershipGroup,
  meeting,
  dutyReport,
  lawInspection,
  studySession,
  exam,
  publicityEvent,
  legalAdvisor,
  majorDecision,
  normativeDocument,
  contractReview,
  disclosure,
  disclosureRequest,
  litigationCase,
  npcSuggestion,
  procuratorialRecommendation,
  hotlineItem,
  serviceMonth,
  villageRule,
  modelVillage,
  legalAide,
  riskAssessment,
  assignedTask,
  adminMediation,
];

const BY_KIND = new Map(LEDGER_KINDS.map((k) => [k.kind, k]));

export function ledgerKind(kind: string): LedgerKind | undefined {
  return BY_KIND.get(kind);
}
