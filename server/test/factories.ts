import crypto from 'node:crypto';
import { chinaDay } from '../../core/calendar/dates';
import { composeDisclosureReport } from '../../core/disclosureReport/compose';
import { disclosurePlainText, renderDisclosureReport } from '../../core/disclosureReport/render';
import type { ReportIssuance } from '../../core/report/issuance';
import type { ReportDocument } from '../../core/report/model';
import { renderReport, reportPlainText } from '../../core/report/render';
import type { ReportStatus } from '../../core/report/workflow';
import type { Role } from '../../core/roles';
import { hashPassword } from '../auth/password';
import { insertRecords } from '../commands/ledgers/ledgerCommands';
import { ledgerEnv, requireKind } from '../commands/ledgers/ledgerContext';
import { insertUnitAudited } from '../commands/unitCreator';
import type { Db } from '../db/client';
import { findAnnualReport, insertAnnualReport } from '../repositories/annualReportsRepo';
import { appendAudit } from '../repositories/auditRepo';
import { insertAttachment } from '../repositories/ledgerAttachmentsRepo';
import { insertRectification } from '../repositories/rectificationsRepo';
import { insertReview } from '../repositories/reviewsRepo';
import type { UnitRow } from '../repositories/unitsRepo';
import { insertUser, type UserRow } from '../repositories/usersRepo';
import { testNow } from './clock';

export const TEST_PASSWORD = 'Test-Pass-2026';
let passwordHash: Promise<string> | undefined;
let counter = 0;

/** A county code no other factory call in this process has used. */
function nextCountyCode(): string {
  counter++;
  return `43${String(10 + (counter % 89)).padStart(2, '0')}${String(10 + Math.floor(counter / 89)).padStart(2, '0')}000000`;
}

export interface TestCounty {
  county: UnitRow;
  townA: UnitRow;
  townB: UnitRow;
  villageA: UnitRow;
  villageB: UnitRow;
}

/** A county with two townships (A, B), each with one village: enough to test own / sibling / parent. */
export async function buildCounty(db: Db, now = testNow()): Promise<TestCounty> {
  const code = nextCountyCode();
  const c6 = code.slice(0, 6);
  const county = await insertUnitAudited(
    db,
    { name: `测试县${counter}`, code, level: 'county', parent: null },
    null,
    now,
  );
  const townA = await insertUnitAudited(
    db,
    { name: '甲镇', code: `${c6}101000`, level: 'township', parent: county },
    null,
    now,
  );
  const townB = await insertUnitAudited(
    db,
    { name: '乙镇', code: `${c6}102000`, level: 'township', parent: county },
    null,
    now,
  );
  const villageA = await insertUnitAudited(
    db,
    { name: '甲村', code: `${c6}101201`, level: 'village', parent: townA },
    null,
    now,
  );
  const villageB = await insertUnitAudited(
    db,
    { name: '乙村', code: `${c6}102201`, level: 'village', parent: townB },
    null,
    now,
  );
  return { county, townA, townB, villageA, villageB };
}

/** A user in `unit` whose password is TEST_PASSWORD; writes its audit record like the real command. */
export async function buildUser(
  db: Db,
  unit: UnitRow,
  role: Role,
  overrides: Partial<typeof import('../db/schema').users.$inferInsert> = {},
): Promise<UserRow> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const now = testNow();
  return db.transaction(async (tx) => {
    const user = await insertUser(tx, {
      id: crypto.randomUUID(),
      unitId: unit.id,
      username: `u${crypto.randomBytes(5).toString('hex')}`,
      displayName: `测试${role}`,
      role,
      phone: '13812345678',
      passwordHash: await (passwordHash as Promise<string>),
      status: 'active',
      createdAt: now,
      updatedAt: now,
      ...overrides,
    });
    await appendAudit(tx, {
      unitId: unit.id,
      actorId: null,
      action: 'user.create',
      entity: 'user',
      entityId: user.id,
      after: { username: user.username },
      at: now,
    });
    return user;
  });
}

/** A stored review of `unit` with one typo finding, as the batch analyzer would leave it. */
export async function buildReview(db: Db, unit: UnitRow, reviewerUnit: UnitRow = unit) {
  const text = `${unit.name}2025年法治政府建设工作报告。健全工作治度。`;
  return insertReview(db, {
    unitId: unit.id,
    id: crypto.randomUUID(),
    batchId: crypto.randomUUID(),
    reviewerUnitId: reviewerUnit.id,
    matchedUnit: true,
    fileName: `${unit.name}.txt`,
    format: 'txt',
    sizeBytes: text.length * 3,
    sha256: crypto.createHash('sha256').update(text).digest('hex'),
    reportUnit: unit.name,
    reportYear: 2025,
    text,
    result: {
      defects: [
        {
          kind: 'typo',
          quote: '治度',
          message: '“治度”应为“制度”',
          start: text.indexOf('治度'),
          end: text.indexOf('治度') + 2,
        },
      ],
      indicators: [],
      copies: [],
    },
    error: null,
    createdBy: crypto.randomUUID(),
    createdAt: testNow(),
  });
}

/** A rectification item of `unit` in the given status. */
export async function buildRectification(
  db: Db,
  unit: UnitRow,
  status: 'open' | 'answered' | 'closed' = 'open',
) {
  const review = await buildReview(db, unit);
  const now = testNow();
  return insertRectification(db, {
    unitId: unit.id,
    id: crypto.randomUUID(),
    reviewId: review.id,
    defect: { kind: 'typo', quote: '治度', message: '错别字' },
    instruction: '请更正错别字',
    deadline: '2099-12-31',
    status,
    answer: status === 'open' ? null : '已更正',
    createdBy: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
  });
}

/** A dispute registered in `township` through the same insert path as the real commands. */
export async function buildLedgerRecord(db: Db, township: UnitRow) {
  const kind = requireKind('dispute');
  const env = await ledgerEnv(db, township.path, testNow());
  const values = {
    registeredOn: '2026-03-02',
    source: 'screening',
    type: 'neighbour',
    parties: [{ name: '测试当事人', phone: '13800001111' }],
    summary: '测试用纠纷',
    riskLevel: 'low',
  };
  const [row] = await db.transaction((tx) =>
    insertRecords(
      tx,
      kind,
      township.id,
      [{ values, state: kind.initialState, createdBy: null }],
      env,
      testNow(),
    ),
  );
  if (!row) throw new Error('no record');
  return row;
}

/** An attachment on a record, stored as the upload command stores it. */
export async function buildAttachment(db: Db, record: { unitId: string; id: string }) {
  const content = Buffer.from('%PDF-1.4 test');
  return insertAttachment(db, {
    unitId: record.unitId,
    id: crypto.randomUUID(),
    recordId: record.id,
    name: '测试.pdf',
    mime: 'application/pdf',
    size: content.length,
    sha256: crypto.createHash('sha256').update(content).digest('hex'),
    content,
    createdBy: record.id,
    createdAt: testNow(),
  });
}

/**
 * A short, clean annual report of `unit` for `year`, as if composed from data: every unit's
 * factory report says the same things, which the copy check leaves alone in composed text.
 */
export function reportDocumentFor(unit: UnitRow, year: number): ReportDocument {
  const issuer = `${unit.name}人民政府`;
  const n = unit.name;
  const para = (id: string, text: string) => ({
    id,
    origin: 'data' as const,
    segments: [{ t: 'text' as const, text }],
  });
  return {
    unit: { id: unit.id, name: unit.name },
    year,
    title: `${issuer}关于${year}年法治政府建设工作情况的报告`,
    opening: [
      para(
        'p0',
        `${year}年，${unit.name}按照县委、县政府的部署，扎实推进法治政府建设。现将有关情况报告如下。`,
      ),
    ],
    parts: [
      {
        key: 'measures_and_results',
        heading: '主要举措和成效',
        intro: [],
        sections: [
          {
            id: 's1',
            heading: '健全工作机制',
            paragraphs: [para('p1', `调整充实${n}法治政府建设工作领导小组，明确${n}各办所职责分工。`)],
          },
        ],
      },
      {
        key: 'shortcomings',
        heading: '存在的不足和原因',
        intro: [para('p2', `${n}部分干部学法用法的主动性还不够，${n}基层法治力量相对薄弱。`)],
        sections: [],
      },
      {
        key: 'first_responsible_person',
        heading: '党政主要负责人履行推进法治建设第一责任人职责情况',
        intro: [para('p3', `${n}党政主要负责人带头学法，亲自研究部署${n}法治建设重点工作。`)],
        sections: [],
      },
      {
        key: 'next_year_plan',
        heading: `${year + 1}年推进法治政府建设的主要安排`,
        intro: [para('p4', `继续完善${n}依法决策机制，加强${n}执法队伍建设，提升${n}基层治理法治化水平。`)],
        sections: [],
      },
      { key: 'other', heading: '其他需要报告的情况', intro: [], sections: [] },
    ],
    signature: { unit: issuer, date: `${year + 1}-01-20` },
  };
}

const reportYears = new Map<string, number>();
/** A year this unit has no report for yet (one report per unit and year). */
function freshReportYear(unitId: string): number {
  // far above the years drafted through the API, so the two never meet
  const y = (reportYears.get(unitId) ?? 2040) + 1;
  reportYears.set(unitId, y);
  return y;
}

/**
 * A 政府信息公开工作年度报告 stored in the given state, its tables empty (no ledger rows) and its
 * part 五 written, so nothing blocks its steps.
 */
const disclosureYears = new Map<string, number>();
/** A township's 行政执法总体情况 of `year` as published (empty figures), once per unit and year. */
export async function buildEnforcementAnnual(db: Db, unit: UnitRow, year: number) {
  if (await findAnnualReport(db, unit.id, year, 'enforcement_annual')) return;
  const now = testNow();
  const document = {
    unit: { name: unit.name, code: unit.code },
    year,
    due: `${year + 1}-01-31`,
    basis: '测试',
    sections: [],
  };
  await insertAnnualReport(db, {
    unitId: unit.id,
    id: crypto.randomUUID(),
    type: 'enforcement_annual',
    year,
    status: 'published',
    document,
    text: '',
    approvedAt: now,
    publishedAt: now,
    createdBy: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
  });
}

export async function buildDisclosureReport(db: Db, unit: UnitRow, status: ReportStatus = 'draft') {
  const now = testNow();
  // its own years (one such report per unit and year): the annual reports' stay as they were
  const year = (disclosureYears.get(unit.id) ?? 1900) + 1;
  disclosureYears.set(unit.id, year);
  const document = {
    ...composeDisclosureReport({
      unit: { id: unit.id, name: unit.name },
      year,
      today: chinaDay(now),
      requests: [],
      proactive: [],
      cases: [],
    }),
    problems: '依申请公开答复文书的规范性有待提高。',
  };
  const after = (s: ReportStatus[]) => (s.includes(status) ? now : null);
  return insertAnnualReport(db, {
    unitId: unit.id,
    id: crypto.randomUUID(),
    type: 'disclosure_report',
    year,
    status,
    document,
    text: disclosurePlainText(renderDisclosureReport(document)),
    revision: after(['approved', 'published']) ? 1 : 0,
    submittedAt: after(['submitted', 'approved', 'published']),
    approvedAt: after(['approved', 'published']),
    publishedAt: after(['published']),
    createdBy: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
  });
}

/** An annual report stored in the given workflow state (stamps filled as the steps would). */
export async function buildAnnualReport(
  db: Db,
  unit: UnitRow,
  status: ReportStatus = 'draft',
  year = freshReportYear(unit.id),
) {
  const now = testNow();
  const document = reportDocumentFor(unit, year);
  const after = (s: ReportStatus[]) => (s.includes(status) ? now : null);
  return insertAnnualReport(db, {
    unitId: unit.id,
    id: crypto.randomUUID(),
    year,
    status,
    document,
    text: reportPlainText(renderReport(document)),
    revision: after(['approved', 'reported', 'published']) ? 1 : 0,
    submittedAt: after(['submitted', 'approved', 'reported', 'published']),
    approvedAt: after(['approved', 'reported', 'published']),
    reportedAt: after(['reported', 'published']),
    publishedAt: after(['published']),
    // a report past approval was reviewed at a meeting; one sent up also passed its 保密审查
    issuance: {
      mainTo: '测试县委、测试县人民政府',
      copyTo: '测试县委依法治县办',
      ...(after(['approved', 'reported', 'published']) ? { signer: '测试签发人' } : {}),
      ...(after(['approved', 'reported', 'published'])
        ? {
            meeting: {
              body: 'party_committee',
              date: chinaDay(now),
              recordedBy: crypto.randomUUID(),
              recordedAt: now.toISOString(),
            },
          }
        : {}),
      ...(after(['reported', 'published'])
        ? {
            secrecy: {
              reviewer: '测试保密员',
              date: chinaDay(now),
              result: 'passed',
              recordedBy: crypto.randomUUID(),
              recordedAt: now.toISOString(),
            },
          }
        : {}),
    } satisfies ReportIssuance,
    createdBy: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
  });
}
