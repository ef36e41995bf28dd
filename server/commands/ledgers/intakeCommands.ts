import crypto from 'node:crypto';
import { AppError } from '../../../core/errors';
import { ledgerKind, stateLabel, validateRecord } from '../../../core/ledgers';
import { DISPUTE_TYPES } from '../../../core/ledgers/kinds/dispute';
import type { Db } from '../../db/client';
import { appendAudit } from '../../repositories/auditRepo';
import { findByReceipt } from '../../repositories/ledgersRepo';
import { findUnitByCodeOrId } from '../../repositories/unitsRepo';
import { insertRecords, validatorsFor } from './ledgerCommands';
import { ledgerEnv, validationError, villagesOf } from './ledgerContext';

/**
 * 码上申请: what a resident may send without logging in, and how it lands in the township's
 * ledgers. The mapping from the public form to a kind's fields is the only intake-specific
 * part; validation, numbering, clocks and audit are the ledgers' own.
 */
export interface IntakeForm {
  topic: string;
  name: string;
  phone: string;
  village?: string | undefined;
  disputeType?: string | undefined;
  content: string;
}

interface IntakeTopic {
  key: string;
  label: string;
  kind: string;
  /** The public form's answers as the kind's fields. */
  values: (form: IntakeForm, today: string, village: string | undefined) => Record<string, unknown>;
}

export const INTAKE_TOPICS: readonly IntakeTopic[] = [
  {
    key: 'mediation',
    label: '申请调解',
    kind: 'dispute',
    values: (form, today, village) => ({
      registeredOn: today,
      source: 'online',
      type: form.disputeType ?? 'other',
      village,
      parties: [{ name: form.name, phone: form.phone }],
      summary: form.content,
      riskLevel: 'low',
    }),
  },
  {
    key: 'suggestion',
    label: '意见建议',
    kind: 'suggestion',
    values: (form, today, village) => ({
      receivedOn: today,
      name: form.name,
      phone: form.phone,
      village,
      topic: 'suggestion',
      content: form.content,
    }),
  },
  {
    // 信访工作条例 第二十一、二十三条: a 信访 matter sent online is registered as one, so its
    // 15-day written-notice clock runs from the day it arrived; the clerk classes it (第三十一条)
    key: 'petition',
    label: '信访事项（反映问题、提出诉求）',
    kind: 'petition',
    values: (form, today, village) => ({
      receivedOn: today,
      channel: 'online',
      origin: 'direct',
      people: 1,
      parties: [{ name: form.name, phone: form.phone }],
      subject: form.content.slice(0, 30),
      category: 'other',
      content: form.content,
      village,
    }),
  },
];

async function intakeTownship(db: Db, code: string) {
  const unit = await findUnitByCodeOrId(db, code);
  if (unit?.level !== 'township') throw new AppError('NOT_FOUND', { detail: '未找到该乡镇（街道）' });
  return unit;
}

export async function intakeInfo(db: Db, code: string) {
  const unit = await intakeTownship(db, code);
  const villages = await villagesOf(db, unit.id);
  return {
    unit: { name: unit.name, code: unit.code },
    topics: INTAKE_TOPICS.map(({ key, label }) => ({ key, label })),
    villages: villages.map((v) => v.name),
    disputeTypes: DISPUTE_TYPES,
  };
}

/** Receipt numbers: short, unambiguous to read aloud (no 0/O, 1/I), unguessable. */
const RECEIPT_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
function newReceipt(): string {
  const bytes = crypto.randomBytes(10);
  return [...bytes].map((b) => RECEIPT_ALPHABET[b % RECEIPT_ALPHABET.length]).join('');
}

export async function intakeSubmitter(db: Db, code: string, form: IntakeForm, now: Date, ip: string) {
  const unit = await intakeTownship(db, code);
  const topic = INTAKE_TOPICS.find((t) => t.key === form.topic);
  const kind = topic && ledgerKind(topic.kind);
  if (!topic || !kind?.intakeState)
    throw new AppError('VALIDATION', { field: 'topic', detail: '请选择申请类别' });
  const env = await ledgerEnv(db, unit.path, now);
  const validators = await validatorsFor(db, unit.id, env.today, kind);
  const village = form.village ? (validators.villageByName.get(form.village) ?? form.village) : undefined;
  const checked = validateRecord(kind, topic.values(form, env.today, village), validators);
  if (checked.issues.length > 0) throw validationError(checked.issues);
  const receipt = newReceipt();
  await db.transaction(async (tx) => {
    const [row] = await insertRecords(
      tx,
      kind,
      unit.id,
      [{ values: checked.values, state: kind.intakeState as string, receipt, createdBy: null }],
      env,
      now,
    );
    if (!row) throw new Error('insert returned nothing');
    await appendAudit(tx, {
      unitId: unit.id,
      actorId: null,
      action: 'ledger.intake',
      entity: 'ledger_record',
      entityId: row.id,
      // the IP is kept as a hash: enough to spot abuse, not a record of who wrote
      after: {
        kind: kind.kind,
        number: row.number,
        ipHash: crypto.createHash('sha256').update(ip).digest('hex').slice(0, 16),
      },
      at: now,
    });
  });
  return { receipt, unitName: unit.name };
}

/** What a receipt number tells its holder: the state and nothing else. */
export async function intakeStatus(db: Db, receipt: string) {
  const key = receipt.trim().toUpperCase();
  const found = await findByReceipt(db, key);
  const kind = found && ledgerKind(found.record.kind);
  if (!found || !kind) throw new AppError('NOT_FOUND', { detail: '未找到该回执号，请核对后重试' });
  return {
    // the record was found by it, so it is the stored receipt (the column is null for staff entries)
    receipt: key,
    kindLabel: kind.label,
    unitName: found.unitName,
    stateLabel: stateLabel(kind, found.record.state),
    submittedOn: found.record.eventDate,
    updatedAt: found.record.updatedAt.toISOString(),
  };
}
