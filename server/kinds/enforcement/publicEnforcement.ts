import { chinaDay } from '../../../core/calendar';
import { AppError } from '../../../core/errors';
import type { Db } from '../../db/client';
import { countCache } from '../../metrics/cacheStats';
import { findUnitByCodeOrId } from '../../repositories/unitsRepo';
import {
  type PublicBody,
  type PublicMatter,
  type PublicOfficer,
  type PublishedDecision,
  presentBodies,
  presentDecision,
  presentMatter,
  presentOfficer,
  publicSearchText,
  type WithdrawnDecision,
} from './publicEnforcementPresenter';
import { listActiveMatters, listCertifiedOfficers, listPublishedDecisions } from './publicEnforcementRepo';

export interface PublicEnforcementQuery {
  q?: string | undefined;
  page: number;
  pageSize: number;
}

/** One township's public page as presented, with the text each decision is searched by. */
interface Snapshot {
  unit: { id: string; name: string; code: string };
  bodies: PublicBody[];
  officers: PublicOfficer[];
  matters: PublicMatter[];
  decisions: (PublishedDecision | WithdrawnDecision)[];
  searchText: string[];
  loadedAt: number;
  /** The day it was computed for: officers' certificates are valid per day. */
  today: string;
}

async function loadSnapshot(db: Db, code: string, now: Date): Promise<Snapshot | null> {
  const unit = await findUnitByCodeOrId(db, code);
  if (unit?.level !== 'township') return null;
  const today = chinaDay(now);
  const [officers, matters, decisions] = await Promise.all([
    listCertifiedOfficers(db, unit.id, today),
    listActiveMatters(db, unit.id),
    listPublishedDecisions(db, unit.id),
  ]);
  const presented = decisions.map(presentDecision);
  return {
    unit: { id: unit.id, name: unit.name, code: unit.code },
    bodies: presentBodies(unit.name, officers, matters),
    officers: officers.map(presentOfficer),
    matters: matters.map(presentMatter),
    decisions: presented,
    searchText: presented.map(publicSearchText),
    loadedAt: now.getTime(),
    today,
  };
}

export interface PublicEnforcementOptions {
  /** After this, a visit still gets the kept page but triggers a reload (stale-while-revalidate). */
  freshMs: number;
  /** After this, a visit waits for the reload. */
  maxAgeMs: number;
  /** Decisions kept in memory over all townships; the least recently loaded go first. */
  maxDecisions: number;
}

/**
 * 行政执法公示 of one township, for anyone: its enforcement bodies, certified officers, matters
 * with their legal basis, and published decisions (withdrawn ones as a notice only). Read-only,
 * no session, nothing audited.
 *
 * A township's page is computed once and kept for `freshMs` (30 s): every visit and every search
 * within it is answered from memory, so 10,000 decisions cost one scan per township and half
 * minute rather than one per visitor (on PGlite that scan alone takes 50–100 ms). Browsers and
 * proxies are told the same (max-age 60), so a new or withdrawn decision shows within a minute.
 */
export class PublicEnforcement {
  private readonly kept = new Map<string, Snapshot>();
  private readonly loading = new Map<string, Promise<Snapshot | null>>();

  constructor(
    private readonly db: Db,
    private readonly opts: PublicEnforcementOptions = {
      freshMs: 30_000,
      maxAgeMs: 300_000,
      maxDecisions: 200_000,
    },
  ) {}

  private load(code: string, now: Date): Promise<Snapshot | null> {
    const pending = this.loading.get(code);
    if (pending) return pending;
    const p = loadSnapshot(this.db, code, now)
      .then((s) => {
        this.kept.delete(code);
        if (s) {
          this.kept.set(code, s);
          this.evict();
        }
        return s;
      })
      .finally(() => this.loading.delete(code));
    this.loading.set(code, p);
    return p;
  }

  private evict(): void {
    let total = 0;
    for (const s of this.kept.values()) total += s.decisions.length;
    // Map order is insertion order: the oldest loads first
    for (const [code, s] of this.kept) {
      if (total <= this.opts.maxDecisions || this.kept.size <= 1) break;
      this.kept.delete(code);
      total -= s.decisions.length;
    }
  }

  private async snapshot(code: string, now: Date): Promise<Snapshot | null> {
    const s = this.kept.get(code);
    const age = s ? now.getTime() - s.loadedAt : Number.POSITIVE_INFINITY;
    if (!s || age > this.opts.maxAgeMs || age < 0 || s.today !== chinaDay(now)) {
      countCache('public_enforcement', false);
      return this.load(code, now);
    }
    countCache('public_enforcement', true);
    if (age > this.opts.freshMs) {
      // answer from what is kept; the next visitor gets the reloaded page
      this.load(code, now).catch(() => undefined);
    }
    return s;
  }

  /** Forgets every kept page (tests, and after a bulk change). */
  clear(): void {
    this.kept.clear();
  }

  async page(code: string, query: PublicEnforcementQuery, now: Date) {
    const s = /^\d{12}$/.test(code) ? await this.snapshot(code, now) : null;
    if (!s) throw new AppError('NOT_FOUND', { detail: '未找到该乡镇（街道）' });
    const q = query.q?.trim().toLowerCase();
    const matches = q ? s.decisions.filter((_, i) => s.searchText[i]?.includes(q)) : s.decisions;
    const from = (query.page - 1) * query.pageSize;
    return {
      unit: { name: s.unit.name, code: s.unit.code },
      bodies: s.bodies,
      officers: s.officers,
      matters: s.matters,
      decisions: matches.slice(from, from + query.pageSize),
      total: matches.length,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
