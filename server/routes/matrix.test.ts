import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../core/roles';
import { saveCalendarOverride } from '../repositories/calendarRepo';
import type { UnitRow } from '../repositories/unitsRepo';
import { getUserWithUnit, type UserRow } from '../repositories/usersRepo';
import { testNow } from '../test/clock';
import {
  buildAnnualReport,
  buildAttachment,
  buildCounty,
  buildDisclosureReport,
  buildEnforcementAnnual,
  buildLedgerRecord,
  buildRectification,
  buildReview,
  buildUser,
  type TestCounty,
} from '../test/factories';
import { type HttpClient, setupTestServer } from '../test/server';

/**
 * Role × route × unit relation. Every registered /api route must appear in
 * ROUTES below, so a new route cannot ship without saying who may call it.
 */
type Relation = 'own' | 'sibling' | 'parent' | 'none';
type Req = { method: string; url: string; body?: unknown };
interface Fixture {
  c1: TestCounty;
  c2: TestCounty;
  victims: Map<string, UserRow>;
  codes: { next(): number };
  /** report years not drafted yet (one report per unit and year) */
  years: { next(): number };
}
interface RouteCase {
  /** Builds the request against a unit in the given relation to the actor (`none`: the route takes no target). */
  build(target: UnitRow | null, f: Fixture): Promise<Req> | Req;
  expect(role: Role, rel: Relation): number;
}

const ROLES_AT: Record<Role, 'county' | 'township'> = {
  admin: 'county',
  county_reviewer: 'county',
  township_leader: 'township',
  township_clerk: 'township',
  legal_advisor: 'township',
  judicial_office: 'township',
};
const adminOnly = (ok: number) => (role: Role) => (role === 'admin' ? ok : 403);
const scopedRead = (role: Role, rel: Relation) => (role === 'admin' || rel === 'own' ? 200 : 404);
const anyone = (ok: number) => () => ok;
const victim = (f: Fixture, u: UnitRow | null) => f.victims.get(u?.id ?? '') as UserRow;
const isStaff = (role: Role) => role === 'township_leader' || role === 'township_clerk';
/** Writing a report: township staff in their own township; others are refused by the route. */
const reportWrite = (ok: number) => (role: Role, rel: Relation) =>
  isStaff(role) ? (rel === 'own' ? ok : 404) : 403;
/**
 * A workflow step: the administrator is refused by the route; everyone else must see the
 * report (else 404) and hold a role the step allows (else 403).
 */
const reportStep = (roles: Role[]) => (role: Role, rel: Relation) =>
  role === 'admin' ? 403 : rel !== 'own' ? 404 : roles.includes(role) ? 200 : 403;
const report = (t: UnitRow | null, status: Parameters<typeof buildAnnualReport>[2] = 'draft') =>
  buildAnnualReport(db(), t as UnitRow, status);

const disclosureReport = (t: UnitRow | null, status: Parameters<typeof buildDisclosureReport>[2] = 'draft') =>
  buildDisclosureReport(db(), t as UnitRow, status);

/** Years for drafting 政府信息公开 reports through the API, apart from the annual reports' `years`. */
let disclosureYear = 2005;

const ROUTES: Record<string, RouteCase> = {
  'GET /api/disclosure-reports': {
    build: () => ({ method: 'GET', url: '/api/disclosure-reports' }),
    expect: anyone(200),
  },
  'POST /api/disclosure-reports': {
    build: (t) => ({
      method: 'POST',
      url: '/api/disclosure-reports',
      body: { unitId: t?.id, year: ++disclosureYear },
    }),
    expect: reportWrite(201),
  },
  'GET /api/disclosure-reports/:id': {
    build: async (t) => ({ method: 'GET', url: `/api/disclosure-reports/${(await disclosureReport(t)).id}` }),
    expect: scopedRead,
  },
  'PATCH /api/disclosure-reports/:id': {
    build: async (t) => ({
      method: 'PATCH',
      url: `/api/disclosure-reports/${(await disclosureReport(t)).id}`,
      body: { version: 1, other: '无其他需要报告的事项。', active: { 'active.penalty.decisions': 3 } },
    }),
    expect: reportWrite(200),
  },
  'POST /api/disclosure-reports/:id/refresh': {
    build: async (t) => ({
      method: 'POST',
      url: `/api/disclosure-reports/${(await disclosureReport(t)).id}/refresh`,
      body: { version: 1 },
    }),
    expect: reportWrite(200),
  },
  'POST /api/disclosure-reports/:id/actions': {
    build: async (t) => ({
      method: 'POST',
      url: `/api/disclosure-reports/${(await disclosureReport(t, 'submitted')).id}/actions`,
      body: { action: 'return', version: 1, reason: '表二行政处罚数量请核对' },
    }),
    expect: reportStep(['township_leader']),
  },
  'GET /api/disclosure-reports/:id/cells/:cell': {
    build: async (t) => ({
      method: 'GET',
      url: `/api/disclosure-reports/${(await disclosureReport(t)).id}/cells/req.new.total`,
    }),
    expect: scopedRead,
  },
  'GET /api/disclosure-reports/:id/docx': {
    build: async (t) => ({
      method: 'GET',
      url: `/api/disclosure-reports/${(await disclosureReport(t)).id}/docx`,
    }),
    expect: scopedRead,
  },
  'GET /api/public/units/:unitCode/disclosure-reports': {
    build: (_t, f) => ({ method: 'GET', url: `/api/public/units/${f.c1.county.code}/disclosure-reports` }),
    expect: anyone(200),
  },
  'GET /api/public/disclosure-reports/:id/docx': {
    build: async (_t, f) => ({
      method: 'GET',
      url: `/api/public/disclosure-reports/${(await disclosureReport(f.c1.townA, 'published')).id}/docx`,
    }),
    expect: anyone(200),
  },
  'GET /api/health': { build: () => ({ method: 'GET', url: '/api/health' }), expect: anyone(200) },
  // off unless FAZHI_METRICS is set (server/routes/metrics/metrics.test.ts covers it on)
  'GET /metrics': { build: () => ({ method: 'GET', url: '/metrics' }), expect: anyone(404) },
  'POST /api/auth/logout': {
    build: () => ({ method: 'POST', url: '/api/auth/logout' }),
    expect: anyone(204),
  },
  'POST /api/auth/login': {
    // a name per request: repeated misses on one name would meet the per-account throttle
    build: (_t, f) => ({
      method: 'POST',
      url: '/api/auth/login',
      body: { username: `nobody${f.codes.next()}`, password: 'x' },
    }),
    expect: anyone(401),
  },
  'GET /api/me': { build: () => ({ method: 'GET', url: '/api/me' }), expect: anyone(200) },
  'POST /api/me/password': {
    build: () => ({
      method: 'POST',
      url: '/api/me/password',
      body: { currentPassword: 'wrong-Pass1', newPassword: 'x' },
    }),
    expect: anyone(400),
  },
  'GET /api/units': { build: () => ({ method: 'GET', url: '/api/units' }), expect: anyone(200) },
  'GET /api/units/:id': {
    build: (t) => ({ method: 'GET', url: `/api/units/${t?.id}` }),
    expect: scopedRead,
  },
  'POST /api/units': {
    build: (t, f) => {
      const n = f.codes.next();
      const level = t?.level === 'county' ? 'township' : 'village';
      const code = level === 'township' ? `${t?.code.slice(0, 6)}${n}000` : `${t?.code.slice(0, 9)}${n}`;
      return { method: 'POST', url: '/api/units', body: { parentId: t?.id, name: '新单位', level, code } };
    },
    expect: adminOnly(201),
  },
  'PATCH /api/units/:id': {
    build: (t) => ({
      method: 'PATCH',
      url: `/api/units/${t?.id}`,
      body: { population: { year: 2026, value: 12_000 } },
    }),
    expect: adminOnly(200),
  },
  'GET /api/users': {
    build: (t) => ({ method: 'GET', url: `/api/users?unitId=${t?.id}` }),
    expect: adminOnly(200),
  },
  'GET /api/users/:id': {
    build: (t, f) => ({ method: 'GET', url: `/api/users/${victim(f, t).id}` }),
    expect: adminOnly(200),
  },
  'POST /api/users': {
    build: (t, f) => ({
      method: 'POST',
      url: '/api/users',
      body: {
        username: `m${f.codes.next()}`,
        displayName: '新人',
        role: 'township_clerk',
        unitId: t?.id,
        password: 'Abcdef-12',
      },
    }),
    expect: adminOnly(201),
  },
  'PATCH /api/users/:id': {
    build: async (t, f) => {
      const v = victim(f, t);
      const fresh = await getUserWithUnit(server.database.db, v.id);
      return {
        method: 'PATCH',
        url: `/api/users/${v.id}`,
        body: { version: fresh?.user.version, displayName: '改名' },
      };
    },
    expect: adminOnly(200),
  },
  'POST /api/users/:id/reset-password': {
    build: (t, f) => ({
      method: 'POST',
      url: `/api/users/${victim(f, t).id}/reset-password`,
      body: { newPassword: 'Reset-Pass-9' },
    }),
    expect: adminOnly(204),
  },
  'GET /api/audit': {
    build: (t) => ({ method: 'GET', url: `/api/audit?entity=unit&entityId=${t?.id}` }),
    expect: scopedRead,
  },
};

/** Extra cases for routes whose answer depends on more than the unit (a second audit entity kind). */
const reviewer = (ok: number) => (role: Role, rel: Relation) =>
  role === 'admin' ? ok : role === 'county_reviewer' ? (rel === 'own' || rel === 'none' ? ok : 404) : 403;
const townshipStaff = (ok: number) => (role: Role, rel: Relation) =>
  role === 'township_leader' || role === 'township_clerk' ? (rel === 'own' ? ok : 404) : 403;
const db = () => server.database.db;

function reportUpload(): FormData {
  const form = new FormData();
  const text = '甲镇2025年法治政府建设工作报告\n一、主要举措和成效\n全年调处矛盾纠纷30件。';
  form.append('files', new Blob([text], { type: 'text/plain' }), '甲镇.txt');
  return form;
}

Object.assign(ROUTES, {
  'POST /api/reviews': {
    build: () => ({ method: 'POST', url: '/api/reviews', body: reportUpload() }),
    expect: reviewer(201),
  },
  'GET /api/reviews': { build: () => ({ method: 'GET', url: '/api/reviews' }), expect: reviewer(200) },
  'GET /api/reviews/export': {
    build: () => ({ method: 'GET', url: '/api/reviews/export' }),
    expect: reviewer(200),
  },
  'GET /api/reviews/:id': {
    build: async (t) => ({
      method: 'GET',
      url: `/api/reviews/${(await buildReview(db(), t as UnitRow)).id}`,
    }),
    expect: reviewer(200),
  },
  'POST /api/reviews/:id/rectifications': {
    build: async (t) => ({
      method: 'POST',
      url: `/api/reviews/${(await buildReview(db(), t as UnitRow)).id}/rectifications`,
      body: { defectIndex: 0, instruction: '请更正', deadline: '2099-01-31' },
    }),
    expect: reviewer(201),
  },
  'DELETE /api/reviews/:id': {
    build: async (t) => ({
      method: 'DELETE',
      url: `/api/reviews/${(await buildReview(db(), t as UnitRow)).id}`,
      body: { reason: '重复上传' },
    }),
    expect: reviewer(204),
  },
  'POST /api/reviews/:id/reassign': {
    // to another township of the same county as the report's unit
    build: async (t, f) => {
      const c = [f.c1, f.c2].find((x) => [x.county.id, x.townA.id, x.townB.id].includes(t?.id ?? ''));
      const to = t?.id === c?.townA.id ? c?.townB : c?.townA;
      return {
        method: 'POST',
        url: `/api/reviews/${(await buildReview(db(), t as UnitRow)).id}/reassign`,
        body: { unitId: to?.id, reason: '报告抬头写错了镇名' },
      };
    },
    expect: reviewer(200),
  },
  'POST /api/reviews/:id/dismissals': {
    build: async (t) => ({
      method: 'POST',
      url: `/api/reviews/${(await buildReview(db(), t as UnitRow)).id}/dismissals`,
      body: { defectIndex: 0 },
    }),
    expect: reviewer(201),
  },
  'DELETE /api/reviews/:id/dismissals/:defectIndex': {
    build: async (t) => ({
      method: 'DELETE',
      url: `/api/reviews/${(await buildReview(db(), t as UnitRow)).id}/dismissals/0`,
    }),
    expect: reviewer(200),
  },
  'GET /api/rectifications': {
    build: () => ({ method: 'GET', url: '/api/rectifications' }),
    expect: anyone(200),
  },
  'GET /api/rectifications/:id': {
    build: async (t) => ({
      method: 'GET',
      url: `/api/rectifications/${(await buildRectification(db(), t as UnitRow)).id}`,
    }),
    expect: scopedRead,
  },
  'POST /api/rectifications/:id/answer': {
    build: async (t) => ({
      method: 'POST',
      url: `/api/rectifications/${(await buildRectification(db(), t as UnitRow)).id}/answer`,
      body: { version: 1, text: '已整改完毕' },
    }),
    expect: townshipStaff(200),
  },
  'POST /api/rectifications/:id/attachments': {
    build: async (t) => ({
      method: 'POST',
      url: `/api/rectifications/${(await buildRectification(db(), t as UnitRow)).id}/attachments`,
      body: attachmentUpload(),
    }),
    expect: townshipStaff(201),
  },
  'GET /api/rectifications/:id/attachments/:attachmentId': {
    build: async (t) => {
      const r = await buildRectification(db(), t as UnitRow);
      const a = await buildAttachment(db(), r);
      return { method: 'GET', url: `/api/rectifications/${r.id}/attachments/${a.id}` };
    },
    expect: scopedRead,
  },
  'POST /api/rectifications/:id/close': {
    build: async (t) => ({
      method: 'POST',
      url: `/api/rectifications/${(await buildRectification(db(), t as UnitRow, 'answered')).id}/close`,
      body: { version: 1 },
    }),
    expect: reviewer(200),
  },
  'POST /api/rectifications/:id/return': {
    build: async (t) => ({
      method: 'POST',
      url: `/api/rectifications/${(await buildRectification(db(), t as UnitRow, 'answered')).id}/return`,
      body: { version: 1, text: '整改不到位' },
    }),
    expect: reviewer(200),
  },
  'GET /api/calendar/working-days': {
    build: () => ({ method: 'GET', url: '/api/calendar/working-days?from=2026-09-25&days=15' }),
    expect: anyone(200),
  },
  'GET /api/calendar/years/:year': {
    build: () => ({ method: 'GET', url: '/api/calendar/years/2026' }),
    expect: anyone(200),
  },
  'GET /api/calendar/reminders': {
    build: () => ({ method: 'GET', url: '/api/calendar/reminders' }),
    expect: adminOnly(200),
  },
  'PUT /api/calendar/years/:year': {
    build: () => ({
      method: 'PUT',
      url: '/api/calendar/years/2150',
      body: { holidays: ['2150-01-01'], workdays: [] },
    }),
    expect: adminOnly(200),
  },
  'DELETE /api/calendar/years/:year': {
    build: async () => {
      await saveCalendarOverride(db(), {
        year: 2151,
        holidays: ['2151-01-01'],
        workdays: [],
        updatedBy: fixture.c1.county.id,
        updatedAt: testNow(),
        version: 1,
      });
      return { method: 'DELETE', url: '/api/calendar/years/2151' };
    },
    expect: adminOnly(204),
  },
  'GET /api/reports': {
    build: () => ({ method: 'GET', url: '/api/reports?year=2025' }),
    expect: anyone(200),
  },
  'POST /api/reports': {
    build: (t, f) => ({ method: 'POST', url: '/api/reports', body: { unitId: t?.id, year: f.years.next() } }),
    expect: reportWrite(201),
  },
  'GET /api/reports/:id': {
    build: async (t) => ({ method: 'GET', url: `/api/reports/${(await report(t)).id}` }),
    expect: scopedRead,
  },
  'GET /api/reports/:id/versions': {
    build: async (t) => ({ method: 'GET', url: `/api/reports/${(await report(t)).id}/versions` }),
    expect: scopedRead,
  },
  'GET /api/reports/:id/docx': {
    build: async (t) => ({ method: 'GET', url: `/api/reports/${(await report(t)).id}/docx` }),
    expect: scopedRead,
  },
  'GET /api/reports/:id/pdf': {
    // a report of someone else's unit is refused before any conversion is tried
    build: (t) => ({
      method: 'GET',
      url: `/api/reports/00000000-0000-4000-8000-000000000000/pdf?unit=${t?.id}`,
    }),
    expect: anyone(404),
  },
  'PUT /api/reports/:id/paragraphs/:paragraphId': {
    build: async (t) => ({
      method: 'PUT',
      url: `/api/reports/${(await report(t)).id}/paragraphs/p1`,
      body: { version: 1, text: '调整充实法治政府建设工作领导小组。' },
    }),
    expect: reportWrite(200),
  },
  'POST /api/reports/:id/paragraphs': {
    build: async (t) => ({
      method: 'POST',
      url: `/api/reports/${(await report(t)).id}/paragraphs`,
      body: { version: 1, part: 'other', text: '本年度无其他需要报告的情况。' },
    }),
    expect: reportWrite(200),
  },
  'POST /api/reports/:id/refresh': {
    build: async (t) => ({
      method: 'POST',
      url: `/api/reports/${(await report(t)).id}/refresh`,
      body: { version: 1 },
    }),
    expect: reportWrite(200),
  },
  'POST /api/reports/:id/recompose': {
    build: async (t) => ({
      method: 'POST',
      url: `/api/reports/${(await report(t)).id}/recompose`,
      body: { version: 1 },
    }),
    expect: reportWrite(200),
  },
  'POST /api/reports/:id/submit': {
    build: async (t) => ({
      method: 'POST',
      url: `/api/reports/${(await report(t)).id}/submit`,
      body: { version: 1 },
    }),
    expect: reportStep(['township_clerk', 'township_leader']),
  },
  'POST /api/reports/:id/return': {
    build: async (t) => ({
      method: 'POST',
      url: `/api/reports/${(await report(t, 'submitted')).id}/return`,
      body: { version: 1, reason: '请补充第一责任人履职情况' },
    }),
    expect: reportStep(['township_leader']),
  },
  'POST /api/reports/:id/approve': {
    build: async (t) => ({
      method: 'POST',
      url: `/api/reports/${(await report(t, 'submitted')).id}/approve`,
      body: { version: 1 },
    }),
    expect: reportStep(['township_leader']),
  },
  'POST /api/reports/:id/report': {
    build: async (t) => ({
      method: 'POST',
      url: `/api/reports/${(await report(t, 'approved')).id}/report`,
      body: { version: 1 },
    }),
    expect: reportStep(['township_clerk', 'township_leader']),
  },
  'POST /api/reports/:id/send_back': {
    build: async (t) => ({
      method: 'POST',
      url: `/api/reports/${(await report(t, 'reported')).id}/send_back`,
      body: { version: 1, reason: '年度写错，请核实' },
    }),
    expect: reportStep(['county_reviewer']),
  },
  'POST /api/reports/:id/publish': {
    build: async (t) => ({
      method: 'POST',
      url: `/api/reports/${(await report(t, 'reported')).id}/publish`,
      body: { version: 1 },
    }),
    expect: reportStep(['township_leader']),
  },
  'POST /api/reports/:id/issuance': {
    build: async (t) => ({
      method: 'POST',
      url: `/api/reports/${(await report(t)).id}/issuance`,
      body: {
        version: 1,
        part: 'addressing',
        mainTo: '测试县委、测试县人民政府',
        copyTo: '',
        signer: '张三',
      },
    }),
    expect: reportWrite(200),
  },
  'GET /api/report-confirmations': {
    build: (t) => ({ method: 'GET', url: `/api/report-confirmations?unitId=${t?.id}&year=2025` }),
    expect: scopedRead,
  },
  'PUT /api/report-confirmations': {
    build: (t) => ({
      method: 'PUT',
      url: '/api/report-confirmations',
      body: { unitId: t?.id, year: 2025, area: 'supervision', confirmed: true },
    }),
    expect: reportWrite(200),
  },
  'GET /api/public/units/:unitCode/reports': {
    build: (_t, f) => ({ method: 'GET', url: `/api/public/units/${f.c1.county.code}/reports` }),
    expect: anyone(200),
  },
  'GET /api/public/reports/:id': {
    build: async (_t, f) => ({
      method: 'GET',
      url: `/api/public/reports/${(await report(f.c1.townA, 'published')).id}`,
    }),
    expect: anyone(200),
  },
  'GET /api/public/reports/:id/docx': {
    build: async (_t, f) => ({
      method: 'GET',
      url: `/api/public/reports/${(await report(f.c1.townA, 'published')).id}/docx`,
    }),
    expect: anyone(200),
  },
  'GET /api/public/reports/:id/pdf': {
    // an unpublished report does not exist for the public (conversion: reportPdf.test.ts)
    build: async (_t, f) => ({
      method: 'GET',
      url: `/api/public/reports/${(await report(f.c1.townA, 'draft')).id}/pdf`,
    }),
    expect: anyone(404),
  },
  'GET /api/public/reports/:id/html': {
    build: async (_t, f) => ({
      method: 'GET',
      url: `/api/public/reports/${(await report(f.c1.townA, 'published')).id}/html`,
    }),
    expect: anyone(200),
  },
} satisfies Record<string, RouteCase>);

/**
 * Ledger work: township staff in their own township; anyone else who is not the administrator
 * reaches the record (403, the kind does not declare their role) or not (404, out of scope).
 */
/** Work on the dispute ledger: its editors are township staff and the 司法所 (mediation guidance). */
const ledgerWork = (ok: number) => (role: Role, rel: Relation) => {
  if (role === 'admin') return 403;
  if (role === 'township_leader' || role === 'township_clerk' || role === 'judicial_office')
    return rel === 'own' ? ok : 404;
  return rel === 'own' ? 403 : 404;
};

/** A step of the dispute ledger: taken by township staff; the 司法所 guides but does not act. */
const ledgerStep = (ok: number) => (role: Role, rel: Relation) => {
  if (role === 'admin') return 403;
  if (role === 'township_leader' || role === 'township_clerk') return rel === 'own' ? ok : 404;
  return rel === 'own' ? 403 : 404;
};

/** Ledger records live in townships: a county target means a township under it other than the actor's. */
function townshipOf(t: UnitRow | null, f: Fixture): UnitRow {
  if (t?.id === f.c1.county.id) return f.c1.townB;
  if (t?.id === f.c2.county.id) return f.c2.townB;
  return t as UnitRow;
}
const record = (t: UnitRow | null, f: Fixture) => buildLedgerRecord(db(), townshipOf(t, f));
const recordUrl = async (t: UnitRow | null, f: Fixture) => `/api/ledgers/dispute/${(await record(t, f)).id}`;

function attachmentUpload(): FormData {
  const form = new FormData();
  form.append('file', new Blob([Buffer.from('%PDF-1.4 matrix')]), '附件.pdf');
  return form;
}

Object.assign(ROUTES, {
  'GET /api/ledgers': { build: () => ({ method: 'GET', url: '/api/ledgers' }), expect: anyone(200) },
  'GET /api/ledgers/:kind': {
    build: (t) => ({ method: 'GET', url: `/api/ledgers/dispute?unit=${t?.id}` }),
    expect: scopedRead,
  },
  'POST /api/ledgers/:kind': {
    build: (t, f) => ({
      method: 'POST',
      url: `/api/ledgers/suggestion?unit=${townshipOf(t, f).id}`,
      body: { receivedOn: '2026-05-06', name: '群众', topic: 'suggestion', content: '建议增设路灯' },
    }),
    expect: townshipStaff(201),
  },
  // the roster study lists are picked from: for those who fill them in (township staff), in scope
  'GET /api/ledgers/:kind/people': {
    build: (t, f) => ({
      method: 'GET',
      url: `/api/ledgers/study_session/people?unit=${townshipOf(t, f).id}`,
    }),
    expect: ledgerStep(200),
  },
  'GET /api/ledgers/:kind/:id': {
    build: async (t, f) => ({ method: 'GET', url: await recordUrl(t, f) }),
    expect: scopedRead,
  },
  'PATCH /api/ledgers/:kind/:id': {
    build: async (t, f) => ({
      method: 'PATCH',
      url: await recordUrl(t, f),
      body: { version: 1, values: { riskLevel: 'medium' } },
    }),
    expect: ledgerWork(200),
  },
  'DELETE /api/ledgers/:kind/:id': {
    build: async (t, f) => ({ method: 'DELETE', url: `${await recordUrl(t, f)}?version=1` }),
    expect: ledgerWork(204),
  },
  'POST /api/ledgers/:kind/:id/actions/:action': {
    build: async (t, f) => ({
      method: 'POST',
      url: `${await recordUrl(t, f)}/actions/start_mediation`,
      body: { version: 1, values: { mediationStartedOn: '2026-03-03', mediator: '调解员' } },
    }),
    expect: ledgerStep(200),
  },
  'POST /api/ledgers/:kind/:id/attachments': {
    build: async (t, f) => ({
      method: 'POST',
      url: `${await recordUrl(t, f)}/attachments`,
      body: attachmentUpload(),
    }),
    expect: ledgerWork(201),
  },
  'GET /api/ledgers/:kind/:id/attachments/:attachmentId': {
    build: async (t, f) => {
      const r = await record(t, f);
      const a = await buildAttachment(db(), r);
      return { method: 'GET', url: `/api/ledgers/dispute/${r.id}/attachments/${a.id}` };
    },
    expect: scopedRead,
  },
  'DELETE /api/ledgers/:kind/:id/attachments/:attachmentId': {
    build: async (t, f) => {
      const r = await record(t, f);
      const a = await buildAttachment(db(), r);
      return { method: 'DELETE', url: `/api/ledgers/dispute/${r.id}/attachments/${a.id}` };
    },
    expect: ledgerWork(204),
  },
  'GET /api/ledgers/:kind/:id/documents/:doc/docx': {
    build: async (t, f) => ({ method: 'GET', url: `${await recordUrl(t, f)}/documents/register/docx` }),
    expect: scopedRead,
  },
  'GET /api/ledgers/:kind/:id/documents/:doc/print': {
    build: async (t, f) => ({ method: 'GET', url: `${await recordUrl(t, f)}/documents/register/print` }),
    expect: scopedRead,
  },
  'GET /api/ledgers/:kind/template.xlsx': {
    build: (t) => ({ method: 'GET', url: `/api/ledgers/dispute/template.xlsx?unit=${t?.id}` }),
    expect: scopedRead,
  },
  'POST /api/ledgers/:kind/import': {
    // not an Excel file: staff of the township get as far as the file check (400)
    build: (t, f) => {
      const form = new FormData();
      form.append('file', new Blob(['not excel']), '台账.xlsx');
      return { method: 'POST', url: `/api/ledgers/dispute/import?unit=${townshipOf(t, f).id}`, body: form };
    },
    expect: ledgerWork(400),
  },
  'GET /api/ledgers/:kind/export.xlsx': {
    build: (t) => ({ method: 'GET', url: `/api/ledgers/dispute/export.xlsx?unit=${t?.id}` }),
    expect: scopedRead,
  },
  'POST /api/ledgers/:kind/bulk/:action': {
    // a record that cannot be closed yet: the answer lists the refusal, the request itself succeeds
    build: async (_t, f) => ({
      method: 'POST',
      url: '/api/ledgers/dispute/bulk/close',
      body: { items: [{ id: (await record(f.c1.townA, f)).id, version: 1 }] },
    }),
    expect: (role: Role) => (role === 'township_leader' || role === 'township_clerk' ? 200 : 403),
  },
  'GET /api/ledger-settings': {
    build: (t) => ({ method: 'GET', url: `/api/ledger-settings?unit=${t?.id}` }),
    expect: scopedRead,
  },
  'PUT /api/ledger-settings/:key': {
    build: (t) => ({
      method: 'PUT',
      url: `/api/ledger-settings/dispute.mediation_days?unit=${t?.id}`,
      body: { value: 30 },
    }),
    expect: adminOnly(200),
  },
  'GET /api/public/intake/:unitCode': {
    build: (_t, f) => ({ method: 'GET', url: `/api/public/intake/${f.c1.townA.code}` }),
    expect: anyone(200),
  },
  'POST /api/public/intake/:unitCode': {
    build: (_t, f) => ({
      method: 'POST',
      url: `/api/public/intake/${f.c1.townA.code}`,
      body: { topic: 'suggestion', name: '群众', phone: '13800005555', content: '建议增设健身器材' },
    }),
    expect: anyone(201),
  },
  'GET /api/public/intake/receipts/:receipt': {
    build: () => ({ method: 'GET', url: '/api/public/intake/receipts/NOSUCHRCPT' }),
    expect: anyone(404),
  },
  'GET /api/public/units/:unitCode/enforcement': {
    build: (_t, f) => ({ method: 'GET', url: `/api/public/units/${f.c1.townA.code}/enforcement` }),
    expect: anyone(200),
  },
  'GET /api/public/units/:unitCode/enforcement/annual': {
    build: async (_t, f) => {
      await buildEnforcementAnnual(db(), f.c1.townA, 2025);
      return { method: 'GET', url: `/api/public/units/${f.c1.townA.code}/enforcement/annual` };
    },
    expect: anyone(200),
  },
  // the township's own figures: township roles see their own township; a county is not one (400)
  'GET /api/enforcement-annual': {
    build: (t) => ({ method: 'GET', url: `/api/enforcement-annual?year=2025&unit=${t?.id}` }),
    expect: (role, rel) =>
      ROLES_AT[role] === 'county'
        ? role === 'county_reviewer' && rel === 'sibling'
          ? 404
          : 400
        : rel === 'own'
          ? 200
          : 404,
  },
  // only the township's leader publishes; a county reviewer's unit is no township (400)
  'POST /api/enforcement-annual/publish': {
    build: () => ({ method: 'POST', url: '/api/enforcement-annual/publish', body: { year: 2025 } }),
    expect: (role) => (role === 'township_leader' ? 200 : role === 'county_reviewer' ? 400 : 403),
  },
  'GET /api/todo': {
    build: (t) => ({ method: 'GET', url: `/api/todo?unit=${t?.id}` }),
    expect: scopedRead,
  },
  'GET /api/indicators': {
    build: (t) => ({ method: 'GET', url: `/api/indicators?unit=${t?.id}&year=2026` }),
    expect: scopedRead,
  },
  'GET /api/indicators/catalog': {
    build: () => ({ method: 'GET', url: '/api/indicators/catalog' }),
    expect: anyone(200),
  },
  'GET /api/indicators/overview': {
    build: (t) => ({ method: 'GET', url: `/api/indicators/overview?unit=${t?.id}&year=2026` }),
    expect: scopedRead,
  },
  'GET /api/indicators/trend': {
    build: (t) => ({
      method: 'GET',
      url: `/api/indicators/trend?unit=${t?.id}&year=2026&keys=dispute.handled`,
    }),
    expect: scopedRead,
  },
} satisfies Record<string, RouteCase>);

const EXTRA: Record<string, RouteCase> = {
  'GET /api/audit (user)': {
    build: (t, f) => ({ method: 'GET', url: `/api/audit?entity=user&entityId=${victim(f, t).id}` }),
    expect: (role, rel) => (role === 'admin' ? 200 : rel === 'own' ? 403 : 404),
  },
};

const TARGETED = new Set([
  'POST /api/disclosure-reports',
  'GET /api/disclosure-reports/:id',
  'PATCH /api/disclosure-reports/:id',
  'POST /api/disclosure-reports/:id/refresh',
  'POST /api/disclosure-reports/:id/actions',
  'GET /api/disclosure-reports/:id/cells/:cell',
  'GET /api/disclosure-reports/:id/docx',
  'GET /api/reviews/:id',
  'DELETE /api/reviews/:id',
  'POST /api/reviews/:id/reassign',
  'POST /api/reviews/:id/dismissals',
  'DELETE /api/reviews/:id/dismissals/:defectIndex',
  'POST /api/reviews/:id/rectifications',
  'GET /api/rectifications/:id',
  'POST /api/rectifications/:id/answer',
  'POST /api/rectifications/:id/attachments',
  'GET /api/rectifications/:id/attachments/:attachmentId',
  'POST /api/rectifications/:id/close',
  'POST /api/rectifications/:id/return',
  'GET /api/units/:id',
  'POST /api/units',
  'PATCH /api/units/:id',
  'GET /api/users',
  'GET /api/users/:id',
  'POST /api/users',
  'PATCH /api/users/:id',
  'POST /api/users/:id/reset-password',
  'GET /api/audit',
  'GET /api/audit (user)',
  'GET /api/ledgers/:kind',
  'POST /api/ledgers/:kind',
  'GET /api/ledgers/:kind/people',
  'GET /api/ledgers/:kind/:id',
  'PATCH /api/ledgers/:kind/:id',
  'DELETE /api/ledgers/:kind/:id',
  'POST /api/ledgers/:kind/:id/actions/:action',
  'POST /api/ledgers/:kind/:id/attachments',
  'GET /api/ledgers/:kind/:id/attachments/:attachmentId',
  'DELETE /api/ledgers/:kind/:id/attachments/:attachmentId',
  'GET /api/ledgers/:kind/:id/documents/:doc/docx',
  'GET /api/ledgers/:kind/:id/documents/:doc/print',
  'GET /api/todo',
  'GET /api/enforcement-annual',
  'GET /api/indicators',
  'GET /api/indicators/overview',
  'GET /api/indicators/trend',
  'GET /api/ledgers/:kind/template.xlsx',
  'POST /api/ledgers/:kind/import',
  'GET /api/ledgers/:kind/export.xlsx',
  'GET /api/ledger-settings',
  'PUT /api/ledger-settings/:key',
  'POST /api/reports',
  'GET /api/reports/:id',
  'GET /api/reports/:id/versions',
  'GET /api/reports/:id/docx',
  'PUT /api/reports/:id/paragraphs/:paragraphId',
  'POST /api/reports/:id/paragraphs',
  'POST /api/reports/:id/refresh',
  'POST /api/reports/:id/recompose',
  'POST /api/reports/:id/submit',
  'POST /api/reports/:id/return',
  'POST /api/reports/:id/approve',
  'POST /api/reports/:id/report',
  'POST /api/reports/:id/send_back',
  'POST /api/reports/:id/publish',
  'POST /api/reports/:id/issuance',
  'GET /api/report-confirmations',
  'PUT /api/report-confirmations',
]);

const server = setupTestServer();
const fixture = {} as Fixture;
const clients = new Map<Role, HttpClient>();

beforeAll(async () => {
  const db = server.database.db;
  fixture.c1 = await buildCounty(db);
  fixture.c2 = await buildCounty(db);
  fixture.victims = new Map();
  for (const u of [fixture.c1.county, fixture.c1.townA, fixture.c1.townB, fixture.c2.county]) {
    fixture.victims.set(u.id, await buildUser(db, u, 'township_clerk'));
  }
  let n = 300;
  fixture.codes = { next: () => ++n };
  let y = 2005;
  fixture.years = { next: () => ++y };
  for (const role of Object.keys(ROLES_AT) as Role[]) {
    const unit = ROLES_AT[role] === 'county' ? fixture.c1.county : fixture.c1.townA;
    const user = await buildUser(db, unit, role);
    clients.set(role, await server.client().login(user.username));
  }
});

function targetFor(role: Role, rel: Relation): UnitRow | null {
  const county = ROLES_AT[role] === 'county';
  if (rel === 'own') return county ? fixture.c1.county : fixture.c1.townA;
  if (rel === 'sibling') return county ? fixture.c2.county : fixture.c1.townB;
  if (rel === 'parent') return county ? null : fixture.c1.county;
  return null;
}

describe('role × route matrix', () => {
  it('covers every registered /api route', () => {
    const registered = server.app.apiRoutes
      .filter((r) => !r.url.startsWith('/api/docs'))
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(registered).toEqual(Object.keys(ROUTES).sort());
    expect(
      server.app.apiRoutes.filter((r) => r.url.startsWith('/api/docs')).every((r) => r.policy === 'public'),
    ).toBe(true);
  });

  it('refuses every non-public route without a session', async () => {
    const anon = server.client();
    for (const r of server.app.apiRoutes) {
      if (r.policy === 'public') continue;
      const res = await anon.request(
        r.method,
        r.url.replace(':id', '00000000-0000-4000-8000-000000000000'),
        r.method === 'GET' ? undefined : {},
      );
      expect(res.status, `${r.method} ${r.url}`).toBe(401);
    }
  });

  const all = { ...ROUTES, ...EXTRA };
  for (const [key, rc] of Object.entries(all)) {
    it(key, async () => {
      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const role of Object.keys(ROLES_AT) as Role[]) {
        const rels: Relation[] = TARGETED.has(key) ? ['own', 'sibling', 'parent'] : ['none'];
        for (const rel of rels) {
          const target = targetFor(role, rel);
          if (rel !== 'none' && !target) continue; // a county has no parent here
          const req = await rc.build(target, fixture);
          const client =
            key === 'POST /api/auth/logout' ? await server.client() : (clients.get(role) as HttpClient);
          const res = await client.request(req.method, req.url, req.body);
          outcomes.push(`${role}/${rel}: ${res.status}`);
          expected.push(`${role}/${rel}: ${rc.expect(role, rel)}`);
        }
      }
      expect(outcomes).toEqual(expected);
    });
  }

  it('lists only the units in scope', async () => {
    type U = { id: string };
    const clerk = (await (clients.get('township_clerk') as HttpClient).get<U[]>('/api/units')).body.map(
      (u) => u.id,
    );
    expect(clerk.sort()).toEqual([fixture.c1.townA.id, fixture.c1.villageA.id].sort());
    const reviewer = (await (clients.get('county_reviewer') as HttpClient).get<U[]>('/api/units')).body.map(
      (u) => u.id,
    );
    expect(reviewer).toContain(fixture.c1.townB.id);
    expect(reviewer).not.toContain(fixture.c2.county.id);
    const admin = (await (clients.get('admin') as HttpClient).get<U[]>('/api/units')).body.map((u) => u.id);
    expect(admin).toEqual(expect.arrayContaining([fixture.c1.county.id, fixture.c2.townB.id]));
  });
});
