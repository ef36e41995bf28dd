import { ROLE_LABELS, type Role } from '../roles';
import { allFields } from './record';
import type {
  ActionDef,
  ClockDef,
  GuardCalendar,
  GuardInput,
  LedgerEvent,
  LedgerKind,
  RecordData,
  RefRecord,
} from './types';
import { type FieldIssue, type ValidateOptions, validateFields } from './validate';

export interface RecordState {
  state: string;
  data: RecordData;
  events: readonly LedgerEvent[];
}

export type ActionPlan =
  | {
      ok: true;
      to: string;
      /** Values to merge into the record (empty for repeatable steps). */
      patch: RecordData;
      event: LedgerEvent;
      warning: string | null;
    }
  | {
      ok: false;
      reason: string;
      issues: FieldIssue[];
      /** Why: the state does not allow it, the role may not take it, a field is wrong, a guard refused. */
      refusal: 'state' | 'role' | 'invalid' | 'guard';
    };

export type PlanOptions = Omit<ValidateOptions, 'context' | 'partial'> & {
  calendar?: GuardCalendar;
  settings?: Readonly<Record<string, number>>;
};

/** The records a ref field of the action (or, failing that, of the record) names. */
function refsOf(
  action: ActionDef,
  data: RecordData,
  payload: RecordData,
  records: ReadonlyMap<string, RefRecord> | undefined,
): (field: string) => RefRecord[] {
  return (field) => {
    const fromAction = action.fields?.some((f) => f.key === field);
    const v = fromAction ? payload[field] : (data[field] ?? undefined);
    const ids = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
    return ids.flatMap((id) => {
      const rec = typeof id === 'string' ? records?.get(id) : undefined;
      return rec ? [rec] : [];
    });
  };
}

/** Does the role take part in this kind at all: registering records or taking some step? */
export function worksOn(kind: LedgerKind, role: Role): boolean {
  return kind.editors.includes(role) || kind.actions.some((a) => a.roles.includes(role));
}

export function findAction(kind: LedgerKind, key: string): ActionDef | undefined {
  return kind.actions.find((a) => a.key === key);
}

export function stateLabel(kind: LedgerKind, state: string): string {
  return kind.states.find((s) => s.key === state)?.label ?? state;
}

/**
 * Actions the role may take from the record's state (guards not yet applied: they need a
 * payload); given the record's data, those not `offered` for it are left out.
 */
export function actionsFor(
  kind: LedgerKind,
  state: string,
  role: Role,
  data?: Readonly<Record<string, unknown>>,
): ActionDef[] {
  return kind.actions.filter(
    (a) => a.from.includes(state) && a.roles.includes(role) && (!a.offered || !data || a.offered(data)),
  );
}

function clockOf(kind: LedgerKind, key: string | undefined): ClockDef | undefined {
  return key ? kind.clocks.find((c) => c.key === key) : undefined;
}

/** Extension rules of the clock an action extends: how much is left, and whether another is allowed. */
function extensionRefusal(kind: LedgerKind, action: ActionDef, r: RecordState, days: number): string | null {
  const clock = clockOf(kind, action.extends);
  if (!clock) return null;
  const previous = r.events.filter((e) => findAction(kind, e.action)?.extends === clock.key);
  const allowed = clock.maxExtensions ?? 1;
  if (previous.length >= allowed) return `${clock.label}只能延长${allowed}次，已延长过`;
  const used = previous.reduce((n, e) => n + Number(e.payload.days ?? 0), 0);
  const max = clock.maxExtension ?? 0;
  if (used + days > max) {
    return `${clock.label}最多延长${max}${clock.basis === 'working' ? '个工作日' : '日'}${used > 0 ? `（已延长${used}）` : ''}`;
  }
  return null;
}

export type PlannedStep = Extract<ActionPlan, { ok: true }>;

/**
 * The record after a planned step: the step's state, its values merged into the data, its event
 * appended. `event` is the event as stored (the server adds when and any warning to the plan's).
 */
export function applyStep<E extends LedgerEvent>(
  r: { state: string; data: RecordData; events: readonly E[] },
  plan: PlannedStep,
  event: E,
): { state: string; data: RecordData; events: E[] } {
  return { state: plan.to, data: { ...r.data, ...plan.patch }, events: [...r.events, event] };
}

/**
 * Plans one workflow step: is it allowed from this state for this role, is its payload valid,
 * does its guard agree. Pure — the server applies the plan in one transaction, the UI uses the
 * same function to explain why a button is disabled.
 */
export function planAction(
  kind: LedgerKind,
  r: RecordState,
  actionKey: string,
  input: Record<string, unknown>,
  who: { role: Role; actorId?: string },
  opts: PlanOptions,
): ActionPlan {
  const action = findAction(kind, actionKey);
  if (!action) {
    return { ok: false, reason: `“${kind.label}”没有“${actionKey}”这一操作`, issues: [], refusal: 'state' };
  }
  if (!action.from.includes(r.state)) {
    return {
      ok: false,
      reason: `当前状态为“${stateLabel(kind, r.state)}”，不能执行“${action.label}”`,
      issues: [],
      refusal: 'state',
    };
  }
  if (!action.roles.includes(who.role)) {
    return {
      ok: false,
      reason: `“${action.label}”需由${rolesText(action.roles)}办理`,
      issues: [],
      refusal: 'role',
    };
  }
  const checked = validateFields(action.fields ?? [], input, {
    ...opts,
    context: r.data,
    // every field the record can hold, so "不能早于" names a date another action stored by its label
    contextFields: allFields(kind),
  });
  if (checked.issues.length > 0) {
    return {
      ok: false,
      reason: checked.issues.map((i) => i.message).join('；'),
      issues: checked.issues,
      refusal: 'invalid',
    };
  }
  const payload = checked.values;
  const data = action.repeatable ? r.data : { ...r.data, ...payload };
  const guardInput: GuardInput = {
    data,
    payload,
    events: r.events,
    state: r.state,
    today: opts.today,
    refs: refsOf(action, data, payload, opts.refRecords),
    settings: opts.settings ?? {},
    ...(opts.calendar ? { calendar: opts.calendar } : {}),
    ...(who.actorId ? { actorId: who.actorId } : {}),
  };
  const refusal =
    (action.extends ? extensionRefusal(kind, action, r, Number(payload.days ?? 0)) : null) ??
    action.guard?.(guardInput) ??
    null;
  if (refusal) return { ok: false, reason: refusal, issues: [], refusal: 'guard' };
  const dated = action.dateField ? payload[action.dateField] : undefined;
  const event: LedgerEvent = {
    action: action.key,
    on: typeof dated === 'string' ? dated : opts.today,
    payload,
    ...(who.actorId ? { actorId: who.actorId } : {}),
  };
  return {
    ok: true,
    to: action.to ?? r.state,
    patch: action.repeatable ? {} : payload,
    event,
    warning: action.warn?.(guardInput) ?? null,
  };
}

/**
 * Why an offered step is bound to fail before its form is opened, or null (issue 15 §3). A
 * step without fields is planned outright with an empty payload; a step with fields only by its
 * declared `precheck`, since its guard may depend on what the form will hold. State and role
 * are the caller's (the server offers only steps that pass them).
 */
export function precheckAction(
  kind: LedgerKind,
  r: RecordState,
  actionKey: string,
  who: { role: Role; actorId?: string },
  opts: PlanOptions,
): string | null {
  const action = findAction(kind, actionKey);
  if (!action) return null;
  if ((action.fields?.length ?? 0) === 0) {
    const plan = planAction(kind, r, actionKey, {}, who, opts);
    return plan.ok ? null : plan.reason;
  }
  if (!action.precheck) return null;
  return action.precheck({
    data: r.data,
    payload: {},
    events: r.events,
    state: r.state,
    today: opts.today,
    refs: refsOf(action, r.data, {}, opts.refRecords),
    settings: opts.settings ?? {},
    ...(opts.calendar ? { calendar: opts.calendar } : {}),
    ...(who.actorId ? { actorId: who.actorId } : {}),
  });
}

function rolesText(roles: readonly Role[]): string {
  const names = roles.map((r) => ROLE_LABELS[r]);
  // 甲、乙或丙: a list of three reads with one 或
  return names.length > 2 ? `${names.slice(0, -1).join('、')}或${names.at(-1)}` : names.join('或');
}
