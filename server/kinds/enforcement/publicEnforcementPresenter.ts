import { maskName, scrubPersonalNumbers } from '../../../core/ledgers';
import { DECISION_TYPES } from '../../../core/ledgers/kinds/enforcementCase';
import { MATTER_TYPES } from '../../../core/ledgers/kinds/enforcementMatter';
import { ENFORCEMENT_FIELDS } from '../../../core/ledgers/kinds/officer';
import type { Option } from '../../../core/ledgers/types';
import type { PublicDecisionRow, PublicMatterRow, PublicOfficerRow } from './publicEnforcementRepo';

/**
 * Rows → the public enforcement page (公示). What the public may see and nothing else: officers
 * by name and certificate number, matters with their legal basis, decisions with the party's
 * name masked when a natural person. Free text typed by staff (case name, summary) is scrubbed
 * too: the party's full name becomes the masked one, and anything shaped like an ID number or a
 * phone number is hidden.
 */

const labelOf = (opts: readonly Option[], v: string | null) =>
  v ? (opts.find((o) => o.value === v)?.label ?? v) : null;

export interface PublicBody {
  name: string;
  role: string;
}

export interface PublicOfficer {
  name: string;
  certNumber: string;
  fields: string[];
}

export interface PublicMatter {
  name: string;
  type: string | null;
  legalBasis: string;
  department: string;
}

export interface PublishedDecision {
  decisionNumber: string;
  caseName: string;
  decisionType: string | null;
  decidedOn: string | null;
  publishedOn: string;
  partyName: string;
  publicSummary: string;
  fineAmount: number | null;
}

export interface WithdrawnDecision {
  decisionNumber: string;
  withdrawnOn: string;
  withdrawNotice: string;
}

/** Public free text: the party's name masked (natural persons), no ID or phone numbers. */
export function scrubPublicText(text: string, person: string | null): string {
  let out = text;
  if (person && [...person].length >= 2) out = out.split(person).join(maskName(person) ?? '');
  // however the numbers were typed: spaces, +86, full-width digits (core/ledgers/personal.ts)
  return scrubPersonalNumbers(out);
}

/** The township government (the enforcement body by law) and the offices named as its departments. */
export function presentBodies(
  townshipName: string,
  officers: PublicOfficerRow[],
  matters: PublicMatterRow[],
): PublicBody[] {
  const government = townshipName.endsWith('街道') ? `${townshipName}办事处` : `${townshipName}人民政府`;
  const out: PublicBody[] = [{ name: government, role: '行政执法主体' }];
  const seen = new Set([government]);
  for (const dep of [...matters.map((m) => m.department), ...officers.map((o) => o.department)]) {
    const name = dep?.trim();
    if (!name || seen.has(name)) continue;
    seen.add(name);
    out.push({ name, role: '执法机构' });
  }
  return out;
}

export function presentOfficer(o: PublicOfficerRow): PublicOfficer {
  const fields = Array.isArray(o.fields) ? o.fields.filter((f): f is string => typeof f === 'string') : [];
  return {
    name: o.name ?? '',
    certNumber: o.certNumber ?? '',
    fields: fields.map((f) => labelOf(ENFORCEMENT_FIELDS, f) ?? f),
  };
}

export function presentMatter(m: PublicMatterRow): PublicMatter {
  return {
    name: m.name ?? '',
    type: labelOf(MATTER_TYPES, m.type),
    legalBasis: m.legalBasis ?? '',
    department: m.department ?? '',
  };
}

export function presentDecision(r: PublicDecisionRow): PublishedDecision | WithdrawnDecision {
  if (r.withdrawnOn) {
    return {
      decisionNumber: r.decisionNumber ?? '',
      withdrawnOn: r.withdrawnOn,
      withdrawNotice: scrubPublicText(r.withdrawNotice ?? '', r.partyType === 'person' ? r.partyName : null),
    };
  }
  const person = r.partyType === 'person' ? r.partyName : null;
  const fine = r.fineAmount === null || r.fineAmount === '' ? null : Number(r.fineAmount);
  return {
    decisionNumber: r.decisionNumber ?? '',
    caseName: scrubPublicText(r.caseName ?? '', person),
    decisionType: labelOf(DECISION_TYPES, r.decisionType),
    decidedOn: r.decidedOn,
    publishedOn: r.publishedOn ?? '',
    // organisations are published by their full name; natural persons by family name only
    partyName: person ? (maskName(person) ?? '') : (r.partyName ?? ''),
    publicSummary: scrubPublicText(r.publicSummary ?? '', person),
    fineAmount: fine !== null && Number.isFinite(fine) ? fine : null,
  };
}

/** What a search on the page matches: exactly the text the page shows (so a hidden name finds nothing). */
export function publicSearchText(d: PublishedDecision | WithdrawnDecision): string {
  const parts =
    'withdrawNotice' in d
      ? [d.decisionNumber, d.withdrawNotice]
      : [d.decisionNumber, d.caseName, d.publicSummary];
  return parts.join('\u0001').toLowerCase();
}
