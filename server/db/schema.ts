import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  char,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

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
    population: integer('population'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    index('units_path_idx').using('btree', t.path.op('text_pattern_ops')),
    index('units_parent_idx').on(t.parentId),
    check('units_level_chk', sql`${t.level} in ('county','township','village')`),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id').notNull(),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    role: text('role', {
      enum: ['admin', 'county_reviewer', 'township_leader', 'township_clerk', 'legal_advisor'],
    }).notNull(),
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
  ],
);

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
