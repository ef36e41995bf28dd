import crypto from 'node:crypto';
import { chineseDate } from '../../../core/calendar';
import { AppError } from '../../../core/errors';
import { LEDGER_KINDS, ledgerKind, stateLabel, validateRecord } from '../../../core/ledgers';
import type { IntakeForm, LedgerKind } from '../../../core/ledgers/types';
import type { Db } from '../../db/client';
import { appendAudit } from '../../repositories/auditRepo';
import { findByReceipt, type LedgerRowWithUnit } from '../../repositories/ledgersRepo';
import { findUnitByCodeOrId } from '../../repositories/unitsRepo';
import { insertRecords, validatorsFor } from './ledgerCommands';
import { clocksOf, ledgerEnv, validationError, villagesOf } from './ledgerContext';

/**
 * 码上申请: what a resident may send without logging in, and how it lands in the township's
 * ledgers. Each kind that takes public requests declares its topic (`intake`: the form's
 * answers as its fields); validation, numbering, clocks and audit are the ledgers' own.
 */
/** The kinds offering a topic on the public form, in the registry's order. */
const INTAKE_KINDS = LEDGER_KINDS.filter(
  (k): k is LedgerKind & { intake: NonNullable<LedgerKind['intake']> } => k.intake !== undefined,
);

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
    topics: INTAKE_KINDS.map(({ intake: { topic, label, hint, contentLabel, types } }) => ({
      key: topic,
      label,
      hint: hint ?? null,
      contentLabel: contentLabel ?? '内容',
      types: types
        ? { label: types.label, options: types.options.map(({ value, label }) => ({ value, label })) }
        : null,
    })),
    villages: villages.map((v) => v.name),
  };
}

/** Receipt numbers: short, unambiguous to read aloud (no 0/O, 1/I), unguessable. */
const RECEIPT_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
function newReceipt(): string {
  const bytes = crypto.randomBytes(10);
  return [...bytes].map((b) => RECEIPT_ALPHABET[b % RECEIPT_ALPHABET.length]).join('');
}

export async function intakeSubmitter(
  db: Db,
  code: string,
  form: IntakeForm & { topic: string },
  now: Date,
  ip: string,
) {
  const unit = await intakeTownship(db, code);
  const kind = INTAKE_KINDS.find((k) => k.intake.topic === form.topic);
  if (!kind) throw new AppError('VALIDATION', { field: 'topic', detail: '请选择申请类别' });
  const env = await ledgerEnv(db, unit.path, now);
  const validators = await validatorsFor(db, unit.id, env.today, kind);
  const village = form.village ? (validators.villageByName.get(form.village) ?? form.village) : undefined;
  const checked = validateRecord(kind, kind.intake.values(form, env.today, village), validators);
  if (checked.issues.length > 0) throw validationError(checked.issues);
  const receipt = newReceipt();
  await db.transaction(async (tx) => {
    const [row] = await insertRecords(
      tx,
      kind,
      unit.id,
      [{ values: checked.values, state: kind.intake.state, receipt, createdBy: null }],
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

/**
 * What happens next, for the resident (issue 15 §18): while the record still waits where the
 * public page put it, the kind's declared next step and the clock that times it
 * (预计 15 日内书面告知是否受理（2026年3月17日前））; once picked up, that it is being handled;
 * at the end, that it is done.
 */
async function nextStep(db: Db, kind: LedgerKind, found: LedgerRowWithUnit, now: Date) {
  const state = kind.states.find((s) => s.key === found.record.state);
  if (state?.final) return { next: '本事项已办结，如对结果有疑问，请联系办理单位。', nextDue: null };
  const next = kind.intake?.next;
  if (!next || found.record.state !== kind.intake?.state)
    return { next: `${found.unitName}正在办理，办理结果将告知您。`, nextDue: null };
  const env = await ledgerEnv(db, found.unitPath, now);
  const clock = clocksOf(kind, found.record, env).find((c) => c.name === next.clock && c.state !== 'done');
  if (!clock) return { next: `工作人员将尽快${next.text}。`, nextDue: null };
  const span = clock.basis === 'working' ? `${clock.days}个工作日` : `${clock.days}日`;
  return {
    next:
      clock.due < env.today
        ? `按规定应在${span}内${next.text}（${chineseDate(clock.due)}前），工作人员正在处理，也可直接联系${found.unitName}。`
        : `预计${span}内${next.text}（${chineseDate(clock.due)}前），工作人员可能电话联系您了解情况。`,
    nextDue: clock.due,
  };
}

/** What a receipt number tells its holder: the state and what happens next, nothing else. */
export async function intakeStatus(db: Db, receipt: string, now: Date) {
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
    ...(await nextStep(db, kind, found, now)),
  };
}
