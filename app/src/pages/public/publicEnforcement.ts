import type {
  PublicBody,
  PublicDecision,
  PublicEnforcementAnnual,
  PublicEnforcementPage,
  PublicMatter,
  PublicOfficer,
  PublishedDecision,
  WithdrawnDecision,
} from '../../../../core/contract/publicEnforcement';
import { request } from '../../api/client';

/** GET /api/public/units/:code/enforcement: the types are the server's response schema. */
export type {
  PublicBody,
  PublicDecision,
  PublicEnforcementAnnual,
  PublicEnforcementPage,
  PublicMatter,
  PublicOfficer,
  PublishedDecision,
  WithdrawnDecision,
};

export const PAGE_SIZE = 10;

export const getPublicEnforcement = (unitCode: string, q: string, page: number) =>
  request<PublicEnforcementPage>('GET', `/api/public/units/${encodeURIComponent(unitCode)}/enforcement`, {
    query: { q: q || undefined, page, pageSize: PAGE_SIZE },
  });

/** GET …/enforcement/annual: a year's 行政执法总体情况 as the township published it (issue 16 §2); latest when no year. */
export const getEnforcementAnnual = (unitCode: string, year?: number) =>
  request<PublicEnforcementAnnual>(
    'GET',
    `/api/public/units/${encodeURIComponent(unitCode)}/enforcement/annual`,
    { query: { year } },
  );

/** 25000 元 → 25,000元; 万元 from 100,000 on, like the fines of the decisions. */
export const annualValue = (value: number, unit: string): string =>
  unit === '元' ? (formatFine(value) ?? '0元') : `${value.toLocaleString('zh-CN')}${unit}`;

export const isWithdrawn = (d: PublicDecision): d is WithdrawnDecision => 'withdrawNotice' in d;

export const TABS = ['bodies', 'officers', 'matters', 'decisions'] as const;
export type Tab = (typeof TABS)[number];

/** The page's state lives in the address, so a search can be shared and the back button works. */
export function readParams(params: URLSearchParams): { tab: Tab; q: string; page: number } {
  const tab = params.get('tab');
  const page = Number(params.get('page'));
  return {
    tab: TABS.includes(tab as Tab) ? (tab as Tab) : 'decisions',
    q: (params.get('q') ?? '').trim().slice(0, 50),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

export function writeParams(s: { tab: Tab; q: string; page: number }): URLSearchParams {
  const out = new URLSearchParams();
  if (s.tab !== 'decisions') out.set('tab', s.tab);
  if (s.q) out.set('q', s.q);
  if (s.page > 1) out.set('page', String(s.page));
  return out;
}

/** 3000 → 3,000元; 12345678 → 1,234.5678万元 stays readable on a phone as 1234.57万元. */
export function formatFine(amount: number | null): string | null {
  if (amount === null || amount <= 0) return null;
  if (amount >= 100_000) return `${Number((amount / 10_000).toFixed(2))}万元`;
  return `${amount.toLocaleString('zh-CN')}元`;
}

/** 2026-03-05 → 2026年3月5日 */
export function chineseDay(day: string | null): string {
  const m = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : (day ?? '');
}
