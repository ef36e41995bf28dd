import { chinaDay } from '../../core/calendar';
import { AppError } from '../../core/errors';
import type { Db } from '../db/client';
import {
  presentBodies,
  presentDecision,
  presentMatter,
  presentOfficer,
} from '../presenters/publicEnforcement';
import {
  countPublishedDecisions,
  listActiveMatters,
  listCertifiedOfficers,
  listPublishedDecisions,
} from '../repositories/publicEnforcementRepo';
import { findUnitByCodeOrId } from '../repositories/unitsRepo';

export interface PublicEnforcementQuery {
  q?: string | undefined;
  page: number;
  pageSize: number;
}

/**
 * 行政执法公示 of one township, for anyone: its enforcement bodies, certified officers, matters
 * with their legal basis, and published decisions (withdrawn ones as a notice only). Read-only,
 * no session, nothing audited.
 */
export async function publicEnforcement(db: Db, code: string, query: PublicEnforcementQuery, now: Date) {
  const unit = /^\d{12}$/.test(code) ? await findUnitByCodeOrId(db, code) : undefined;
  if (unit?.level !== 'township') throw new AppError('NOT_FOUND', { detail: '未找到该乡镇（街道）' });
  const today = chinaDay(now);
  const filter = {
    unitId: unit.id,
    q: query.q?.trim() || undefined,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  };
  // PGlite runs one statement at a time anyway; on a server these overlap
  const [officers, matters, decisions] = await Promise.all([
    listCertifiedOfficers(db, unit.id, today),
    listActiveMatters(db, unit.id),
    listPublishedDecisions(db, filter),
  ]);
  const total = decisions[0]?.total ?? (filter.offset > 0 ? await countPublishedDecisions(db, filter) : 0);
  return {
    unit: { name: unit.name, code: unit.code },
    bodies: presentBodies(unit.name, officers, matters),
    officers: officers.map(presentOfficer),
    matters: matters.map(presentMatter),
    decisions: decisions.map(presentDecision),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
