import { ledgerKind } from '../ledgers/registry';
import type { FieldDef, LedgerKind } from '../ledgers/types';
import { indicatorDef } from './catalog';
import { COMPUTATIONS } from './computations';
import type { ComputationDef, Measure, RatePart } from './types';

/**
 * The formula of a definition in Chinese words, generated from the definition itself so the
 * wording cannot say something the computation does not do:
 * “矛盾纠纷中登记日期在所选期间内、协议生效日期不为空的记录数”.
 */

/** A field of the kind or of one of its actions (an action's fields are stored on the record). */
export function fieldOf(kind: LedgerKind, key: string): FieldDef | undefined {
  return (
    kind.fields.find((f) => f.key === key) ??
    kind.actions.flatMap((a) => a.fields ?? []).find((f) => f.key === key)
  );
}

const quote = (s: string) => `“${s}”`;

function optionLabel(f: FieldDef | undefined, v: string | boolean): string {
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (f && (f.type === 'select' || f.type === 'multiselect'))
    return f.options.find((o) => o.value === v)?.label ?? v;
  return v;
}

function measureWords(m: Measure): string {
  const kind = ledgerKind(m.ledger);
  if (!kind) return `未知台账${m.ledger}`;
  const label = (key: string) => fieldOf(kind, key)?.label ?? key;
  const mainDate = kind.list.dateField;
  const rule = m.period ?? { mode: 'within' as const };
  const dateLabel = label(rule.field ?? mainDate);
  const conds: string[] = [];
  if (rule.mode === 'within') conds.push(`${dateLabel}在所选期间内`);
  else {
    conds.push(`${dateLabel}不晚于统计日`);
    for (const e of rule.endFields) conds.push(`${label(e)}为空或不早于统计日`);
  }
  const w = m.where ?? {};
  if (w.states) {
    const names = w.states.map((s) => quote(kind.states.find((x) => x.key === s)?.label ?? s));
    conds.push(`状态为${names.join('或')}`);
  }
  const values = (key: string, vs: readonly (string | boolean)[]) =>
    vs.map((v) => quote(optionLabel(fieldOf(kind, key), v))).join('或');
  const verb = (key: string) => (fieldOf(kind, key)?.type === 'multiselect' ? '含' : '为');
  for (const [f, v] of Object.entries(w.equals ?? {})) conds.push(`${label(f)}${verb(f)}${values(f, [v])}`);
  for (const [f, vs] of Object.entries(w.in ?? {})) conds.push(`${label(f)}${verb(f)}${values(f, vs)}`);
  for (const [f, vs] of Object.entries(w.notIn ?? {})) conds.push(`${label(f)}不${verb(f)}${values(f, vs)}`);
  for (const f of w.present ?? []) conds.push(`${label(f)}不为空`);
  if (w.anyPresent) conds.push(`${w.anyPresent.map(label).join('或')}不为空`);
  if (w.event) {
    const action = kind.actions.find((a) => a.key === w.event?.action);
    const eq = Object.entries(w.event.equals ?? {}).map(
      ([f, v]) => `${label(f)}为${quote(optionLabel(fieldOf(kind, f), v))}`,
    );
    conds.push(`办理过${quote(action?.label ?? w.event.action)}步骤${eq.length ? `且${eq.join('、')}` : ''}`);
  }
  if (w.clock) {
    const names = w.clock.keys.map((k) => quote(kind.clocks.find((c) => c.key === k)?.label ?? k));
    const clockName = [...new Set(names)].join('或');
    conds.push(
      w.clock.test === 'settled'
        ? `${clockName}已完成或已届满`
        : `在${clockName}内完成（${(w.clock.dates ?? []).map(label).join('或')}不晚于期限）`,
    );
  }
  const fields = (m.fields ?? []).map(label);
  let what: string;
  switch (m.aggregate) {
    case 'count':
      what = '记录数';
      break;
    case 'sum':
      what = `${m.people ? `${peopleWords(kind, m)}（未列名单的记录按` : ''}${fields.join('与')}${m.people ? '）' : ''}之和${m.divisor === 10_000 ? '（元折算为万元）' : m.divisor ? `除以${m.divisor}` : ''}`;
      break;
    case 'max':
      what = `${fields.join('、')}的最大值`;
      break;
    case 'events': {
      const action = kind.actions.find((a) => a.key === m.action);
      what = `${quote(action?.label ?? String(m.action))}步骤的次数`;
      break;
    }
    case 'distinct':
      what = `${fields.join('、')}中不重复的个数`;
      break;
  }
  return `${kind.label}中${conds.join('、')}的${what}`;
}

/** 参加人员名单中“参加”为“是”的人数 */
function peopleWords(kind: LedgerKind, m: Measure): string {
  const rule = m.people;
  if (!rule) return '';
  const table = fieldOf(kind, rule.table);
  const columns = table?.type === 'table' ? table.columns : [];
  const eq = Object.entries(rule.equals ?? {}).map(([k, v]) => {
    const col = columns.find((c) => c.key === k);
    return `${col?.label ?? k}为${quote(optionLabel(col, v))}`;
  });
  return `${table?.label ?? rule.table}中${eq.length ? `${eq.join('、')}的` : ''}人数`;
}

function partWords(p: RatePart): string {
  if (typeof p !== 'string') return p.label ? `${p.label}（${measureWords(p)}）` : measureWords(p);
  return quote(indicatorDef(p)?.name ?? p);
}

export function describeComputation(def: ComputationDef): string {
  switch (def.type) {
    case 'measure':
      return measureWords(def);
    case 'total':
      return def.parts.map(measureWords).join('，加上');
    case 'rate':
      return `${partWords(def.numerator)}÷${partWords(def.denominator)}×100%`;
    case 'coverage':
      return `${partWords(def.measure)}中属于本单位的村（社区）数÷本单位村（社区）总数×100%`;
    case 'none':
      return `不从台账计算：${def.reason}`;
  }
}

/** The formula of a catalog key in words, or null when it has no definition. */
export function formulaOf(key: string): string | null {
  const def = COMPUTATIONS[key];
  return def ? describeComputation(def) : null;
}
