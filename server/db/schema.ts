import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  char,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ROLES } from '../../core/roles';

/** File bytes: pg hands back a Buffer, PGlite a Uint8Array; both become a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
});

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * The administrative tree. `path` is "/<root id>/…/<own id>/" so a subtree is a
 * prefix match. A reference table when distributed (see docs/scale.md).
 */
export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey(),
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    level: text('level', { enum: ['county', 'township', 'village'] }).notNull(),
    code: char('code', { length: 12 }).notNull().unique(),
    path: text('path').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    index('units_path_idx').using('btree', t.path.op('text_pattern_ops')),
    index('units_parent_idx').on(t.parentId),
    check('units_level_chk', sql`${t.level} in ('county','township','village')`),
  ],
);

/**
 * 常住人口 per unit and year, entered by an admin (issue 15 §12): the 县级总览 shows figures per
 * 10,000 residents with the year's own count (or the latest earlier one).
 */
export const unitPopulations = pgTable(
  'unit_populations',
  {
    unitId: uuid('unit_id').notNull(),
    year: integer('year').notNull(),
    population: integer('population').notNull(),
    updatedBy: uuid('updated_by'),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.unitId, t.year] }),
    check('unit_populations_positive_chk', sql`${t.population} > 0`),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id').notNull(),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    // the roles are core's (a text enum in TypeScript only: no database constraint to migrate)
    role: text('role', { enum: ROLES }).notNull(),
    phone: text('phone'),
    passwordHash: text('password_hash').notNull(),
    status: text('status', { enum: ['active', 'disabled'] }).notNull(),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: ts('locked_until'),
    lastLoginAt: ts('last_login_at'),
    passwordChangedAt: ts('password_changed_at'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('users_unit_idx').on(t.unitId)],
);

/** Server-side sessions; the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    createdAt: ts('created_at').notNull(),
    lastSeenAt: ts('last_seen_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Append-only audit records, one hash chain per unit so that units can be
 * distributed independently. (unit_id, seq) is gap-free within a unit.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    unitId: uuid('unit_id').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    at: ts('at').notNull(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    algo: text('algo').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.seq] }), index('audit_log_entity_idx').on(t.entity, t.entityId)],
);

/** The last link of each unit's chain: lets verify notice a deleted tail and serialises appends per unit. */
export const auditHeads = pgTable('audit_heads', {
  unitId: uuid('unit_id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});

/**
 * A report read by the county's review (报告审查). It belongs to the township
 * it turned out to be about, or to the reviewer's unit when no unit matched.
 */
export const reportReviews = pgTable(
  'report_reviews',
  {
    unitId: uuid('unit_id').notNull(),
    id: uuid('id').notNull(),
    batchId: uuid('batch_id').notNull(),
    reviewerUnitId: uuid('reviewer_unit_id').notNull(),
    matchedUnit: boolean('matched_unit').notNull(),
    fileName: text('file_name').notNull(),
    format: text('format'),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    reportUnit: text('report_unit'),
    reportYear: integer('report_year'),
    text: text('text'),
    result: jsonb('result'),
    error: text('error'),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.unitId, t.id] }),
    index('report_reviews_id_idx').on(t.id),
    index('report_reviews_batch_idx').on(t.batchId),
    index('report_reviews_year_idx').on(t.reportYear),
    // a second copy of one file is found by its hash among the county's uploads
    index('report_reviews_sha_idx').on(t.reviewerUnitId, t.sha256),
  ],
);

/**
 * The county's memory of every report it has received (uploads in any batch and year,
 * reports its townships send up): a few fingerprints per report (memoryFingerprints,
 * winnowed over a wide window), so a new report is compared with all of them without
 * reading their texts. county_id is the receiving unit (the review's reviewer_unit_id);
 * every query filters on it. unit_id is the township the report matched (null when
 * none: such a report is never "the same township"). The GIN index on hashes finds the
 * reports sharing a fingerprint; fastupdate is off so an upload is findable at once and
 * the index size does not depend on when the pending list was last merged.
 */
export const copyMemory = pgTable(
  'copy_memory',
  {
    countyId: uuid('county_id').notNull(),
    reviewId: uuid('review_id').notNull(),
    unitId: uuid('unit_id'),
    reportYear: integer('report_year'),
    hashes: integer('hashes').array().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.reviewId] }),
    index('copy_memory_hashes_idx').using('gin', t.hashes).with({ fastupdate: false }),
  ],
);

/**
 * Memory fingerprints that are a county's stock wording (in STOCK_REPORTS of its
 * reports or more, see copyMemoryRepo): left out of candidate look-ups, which
 * would otherwise fetch many of the county's reports for a stock sentence. Filled as
 * look-ups meet such fingerprints, and by rebuildCommonWording; once stored, it stays.
 */
export const copyCommon = pgTable(
  'copy_common',
  {
    countyId: uuid('county_id').notNull(),
    hash: integer('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.countyId, t.hash] })],
);

/** How many reports each county's memory holds (the n of the copy limits), kept by rememberReports: counting copy_memory's rows cost 10–15 ms a look-up at 1,000 reports. */
export const copyMemoryCounts = pgTable('copy_memory_counts', {
  countyId: uuid('county_id').primaryKey(),
  reports: integer('reports').notNull(),
});

/** A finding sent back to a township to fix (整改), answered there and closed by the reviewer (销号). */
export const rectifications = pgTable(
  'rectifications',
  {
    unitId: uuid('unit_id').notNull(),
    id: uuid('id').notNull(),
    reviewId: uuid('review_id').notNull(),
    defect: jsonb('defect').notNull(),
    instruction: text('instruction').notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['open', 'answered', 'closed'] }).notNull(),
    answer: text('answer'),
    /** Why the reviewer last sent it back, shown to the township beside the item. */
    returnReason: text('return_reason'),
    answeredBy: uuid('answered_by'),
    answeredAt: ts('answered_at'),
    closedBy: uuid('closed_by'),
    closedAt: ts('closed_at'),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.unitId, t.id] }),
    index('rectifications_id_idx').on(t.id),
    index('rectifications_review_idx').on(t.reviewId),
  ],
);

/**
 * A finding of a reviewed report that the reviewer set aside as not a mistake (a false
 * alarm). A review's findings are fixed when it is analyzed, so the finding's index in them
 * identifies it; the finding itself is copied too, for the audit trail and for reading.
 * Restoring the finding deletes the row (both steps are audited).
 */
export const defectDismissals = pgTable(
  'defect_dismissals',
  {
    unitId: uuid('unit_id').notNull(),
    reviewId: uuid('review_id').notNull(),
    defectIndex: integer('defect_index').notNull(),
    defect: jsonb('defect').notNull(),
    reason: text('reason'),
    dismissedBy: uuid('dismissed_by').notNull(),
    dismissedAt: ts('dismissed_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.unitId, t.reviewId, t.defectIndex] }),
    index('defect_dismissals_review_idx').on(t.reviewId),
  ],
);

/**
 * A year's holiday schedule entered by an administrator when the State Council
 * publishes it (or a correction to the packaged data). Replaces that year
 * entirely. A reference table: every unit counts days the same way.
 */
export const calendarOverrides = pgTable('calendar_overrides', {
  year: integer('year').primaryKey(),
  holidays: jsonb('holidays').$type<string[]>().notNull(),
  workdays: jsonb('workdays').$type<string[]>().notNull(),
  note: text('note'),
  updatedBy: uuid('updated_by').notNull(),
  updatedAt: ts('updated_at').notNull(),
  version: integer('version').notNull().default(1),
});

/**
 * One row per ledger record of every declared kind (core/ledgers). The kind's fields live in
 * `data`; its workflow steps in `events` (also in the audit chain). `search_text` holds the
 * searchable fields, indexed by 2-character substrings (zh_bigrams, each keyed by the kind:
 * zh_kind_bigrams) so 2-character Chinese words are found through the index (docs: stack notes
 * on pg_trgm).
 */
export const ledgerRecords = pgTable(
  'ledger_records',
  {
    unitId: uuid('unit_id').notNull(),
    id: uuid('id').notNull(),
    kind: text('kind').notNull(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    number: text('number').notNull(),
    title: text('title').notNull(),
    state: text('state').notNull(),
    eventDate: date('event_date', { mode: 'string' }).notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    events: jsonb('events').$type<unknown[]>().notNull(),
    searchText: text('search_text').notNull(),
    /** Import row hash or intake receipt: a second import of the same row is skipped. */
    sourceKey: text('source_key'),
    receipt: text('receipt'),
    assigneeId: uuid('assignee_id'),
    createdBy: uuid('created_by'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    deletedAt: ts('deleted_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.unitId, t.id] }),
    index('ledger_records_id_idx').on(t.id),
    index('ledger_records_list_idx').on(t.kind, t.unitId, t.eventDate.desc()).where(sql`deleted_at is null`),
    // county-wide lists walk one kind by date and filter the townships
    index('ledger_records_kind_date_idx')
      .on(t.kind, t.eventDate.desc(), t.id.desc())
      .where(sql`deleted_at is null`),
    // 待办's "waiting for me": a township's records of a kind in a few states, oldest first
    index('ledger_records_state_idx')
      .on(t.kind, t.unitId, t.state, t.eventDate)
      .where(sql`deleted_at is null`),
    // each bigram keyed by its kind (zh_kind_bigrams, migration 0023): a word common in other
    // kinds' records costs a kind's list nothing (issue 16: every kind shares the one table)
    index('ledger_records_search_idx').using('gin', sql`zh_kind_bigrams(${t.kind}, ${t.searchText})`),
    // field filters are containment tests (data @> {"type":"labour"}), so one index serves every kind
    index('ledger_records_data_idx').using('gin', t.data.op('jsonb_path_ops')),
    // the search's bigrams, the filters' values, the state and the month as exact keys by kind
    // (zh_kind_keys, migration 0025): a search with filters looks them up at once, newest months
    // first (keyedPage), with no recheck of each candidate
    index('ledger_records_keys_idx').using(
      'gin',
      sql`zh_kind_keys(${t.kind}, ${t.searchText}, ${t.data}, ${t.state}, ${t.eventDate})`,
    ),
    uniqueIndex('ledger_records_source_uq').on(t.unitId, t.kind, t.sourceKey),
    uniqueIndex('ledger_records_receipt_uq').on(t.receipt),
    uniqueIndex('ledger_records_number_uq').on(t.unitId, t.kind, t.year, t.seq),
  ],
);

/**
 * The clocks of open records, as computed by core/ledgers/clocks.ts at the last write (or the
 * last change of the holiday table or settings). A cache for 待办 and list filters: the
 * record's own page always recomputes.
 */
export const ledgerClocks = pgTable(
  'ledger_clocks',
  {
    unitId: uuid('unit_id').notNull(),
    recordId: uuid('record_id').notNull(),
    clock: text('clock').notNull(),
    kind: text('kind').notNull(),
    due: date('due', { mode: 'string' }).notNull(),
    done: boolean('done').notNull(),
    provisional: boolean('provisional').notNull(),
    reminder: boolean('reminder').notNull(),
    /** The day the clock turns 临期 (its due-soon window opens): 待办 lists it from then on. */
    alertOn: date('alert_on', { mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.unitId, t.recordId, t.clock] }),
    // 待办's order in full (due, then unit, record, clock) and the columns it reads: the soonest
    // 500 clocks are the first 500 entries, read from the index alone — with the due day alone a
    // day of thousands of clocks was read and sorted to find them (docs/performance.md §11)
    index('ledger_clocks_open_idx')
      .on(t.due, t.unitId, t.recordId, t.clock, t.alertOn, t.provisional)
      .where(sql`not done`),
    // a township's 待办: its own open clocks by due date, not the county's filtered (same order)
    index('ledger_clocks_unit_due_idx')
      .on(t.unitId, t.due, t.recordId, t.clock, t.alertOn, t.provisional)
      .where(sql`not done`),
  ],
);

/**
 * Files attached to ledger records; their bytes are kept in the database (attachment_chunks) so
 * backups hold everything.
 */
export const ledgerAttachments = pgTable(
  'ledger_attachments',
  {
    unitId: uuid('unit_id').notNull(),
    id: uuid('id').notNull(),
    recordId: uuid('record_id').notNull(),
    name: text('name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    /** The workflow step (index into the record's events) this file is evidence of, if any. */
    event: integer('event'),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull(),
    deletedAt: ts('deleted_at'),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.id] }), index('ledger_attachments_record_idx').on(t.recordId)],
);

/**
 * An attachment's bytes in pieces of at most ATTACHMENT_CHUNK_BYTES, each written and read by its
 * own short statement: a 20 MB file in one value held PGlite (one connection, one thread) for
 * seconds, so every other request waited (issue 14 §1.9). Piece `seq` holds bytes
 * [seq × chunk, (seq + 1) × chunk). Pieces without a ledger_attachments row are an upload that
 * has not finished (or failed); nothing reads them.
 */
export const attachmentChunks = pgTable(
  'attachment_chunks',
  {
    unitId: uuid('unit_id').notNull(),
    attachmentId: uuid('attachment_id').notNull(),
    seq: integer('seq').notNull(),
    data: bytea('data').notNull(),
    /**
     * When the upload wrote this piece: pieces still without a row this long after are an upload
     * whose process died, and the sweep removes them (attachmentOrphanSweep.ts). Pieces older
     * than this column got the time of the migration that added it.
     */
    writtenAt: ts('written_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.attachmentId, t.seq] })],
);

/** Per-county values of the declared clock settings (e.g. dispute.mediation_days). */
export const ledgerSettings = pgTable(
  'ledger_settings',
  {
    unitId: uuid('unit_id').notNull(),
    key: text('key').notNull(),
    value: integer('value').notNull(),
    updatedBy: uuid('updated_by').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.key] })],
);

/**
 * A unit's annual report (法治政府建设年度报告) for one year: the document model as JSON, its
 * plain text kept beside it for the cross-report checks, and the workflow stamps.
 */
export const annualReports = pgTable(
  'annual_reports',
  {
    unitId: uuid('unit_id').notNull(),
    id: uuid('id').notNull(),
    /**
     * Which report: `annual` (法治政府建设年度报告, core/report/model.ts) or `disclosure_report`
     * (政府信息公开工作年度报告, core/disclosureReport/compose.ts), both taking the same workflow;
     * `enforcement_annual` is a township's 行政执法总体情况 as its leader published it (status
     * `published` only, the figures frozen in `document`: server/kinds/enforcement/annualPublication.ts).
     */
    type: text('type').notNull().default('annual'),
    year: integer('year').notNull(),
    status: text('status').notNull(),
    document: jsonb('document').notNull(),
    text: text('text').notNull(),
    /** how many times it has been approved; each approval keeps a frozen version */
    revision: integer('revision').notNull().default(0),
    returnReason: text('return_reason'),
    submittedAt: ts('submitted_at'),
    /** who submitted it for approval: that person may not approve it (core/policy/duties.ts) */
    submittedBy: uuid('submitted_by'),
    /** 主送、抄送、签发人, the meeting's review and the 保密审查 (core/report/issuance.ts) */
    issuance: jsonb('issuance').notNull().default({}),
    approvedBy: uuid('approved_by'),
    approvedAt: ts('approved_at'),
    reportedAt: ts('reported_at'),
    publishedAt: ts('published_at'),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.unitId, t.id] }),
    uniqueIndex('annual_reports_unit_type_year_uq').on(t.unitId, t.type, t.year),
    index('annual_reports_id_idx').on(t.id),
    index('annual_reports_year_status_idx').on(t.year, t.status),
  ],
);

/**
 * A township's confirmation that its ledger of one area is complete for a year: only then may
 * the report state that nothing happened there (未发生行政复议诉讼, 无一败诉). Who and when are
 * kept; each confirmation and withdrawal is audited.
 */
export const ledgerAreaConfirmations = pgTable(
  'ledger_area_confirmations',
  {
    unitId: uuid('unit_id').notNull(),
    year: integer('year').notNull(),
    area: text('area').notNull(),
    confirmedBy: uuid('confirmed_by').notNull(),
    confirmedAt: ts('confirmed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.year, t.area] })],
);

/** The text as approved, kept for every approval: what was sent up and published stays provable. */
export const annualReportVersions = pgTable(
  'annual_report_versions',
  {
    unitId: uuid('unit_id').notNull(),
    reportId: uuid('report_id').notNull(),
    revision: integer('revision').notNull(),
    document: jsonb('document').notNull(),
    text: text('text').notNull(),
    approvedBy: uuid('approved_by').notNull(),
    approvedAt: ts('approved_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.reportId, t.revision] })],
);

/**
 * PDFs of annual reports, made once per report version and converter (a conversion takes
 * seconds), kept in the database so every instance on one PostgreSQL serves the same file.
 * Only the newest version of each report is kept.
 */
export const reportPdfs = pgTable(
  'report_pdfs',
  {
    reportId: uuid('report_id').notNull(),
    version: integer('version').notNull(),
    /** libreoffice (the .docx, official layout) or chromium (the web page printed) */
    engine: text('engine').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.version, t.engine] })],
);
