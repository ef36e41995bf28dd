import {
  applyStep,
  type GuardCalendar,
  type LedgerKind,
  planAction,
  type RecordState,
  type RefRecord,
  validateRecord,
} from '../../core/ledgers';
import type { Role } from '../../core/roles';

/** The role every demo step is taken as: the township leader may take every township action. */
const ACTOR: { role: Role } = { role: 'township_leader' };

export interface DemoMakerOptions {
  /** The last day anything may have happened on. */
  today: string;
  calendar?: GuardCalendar;
  settings?: Readonly<Record<string, number>>;
  villages?: readonly { id: string }[];
  /** Called when a registration or step is refused (the record then stops before it). Tests make this fail. */
  onRefusal?: (message: string) => void;
}

/**
 * Makes demo records the way users make them: every registration passes `validateRecord` and
 * every step `planAction` on the day it happens, so the demo can only hold states and dates the
 * workflow allows. Shared by the three demo generators.
 */
export class DemoMaker {
  readonly refs = new Map<string, RefRecord>();
  readonly villageIds: ReadonlySet<string>;

  constructor(private readonly opts: DemoMakerOptions) {
    this.villageIds = new Set((opts.villages ?? []).map((v) => v.id));
  }

  addRefs(records: readonly RefRecord[]): void {
    for (const r of records) this.refs.set(r.id, r);
  }

  /** Registers a record on `on`; null when refused (reported through onRefusal). */
  create(kind: LedgerKind, input: Record<string, unknown>, on: string): RecordState | null {
    const { values, issues } = validateRecord(kind, input, {
      today: on,
      ...(this.opts.villages ? { villages: this.villageIds } : {}),
      refRecords: this.refs,
      settings: this.opts.settings ?? {},
    });
    if (issues.length > 0) {
      this.opts.onRefusal?.(`${kind.kind} create on ${on}: ${issues.map((i) => i.message).join('；')}`);
      return null;
    }
    return { state: kind.initialState, data: values, events: [] };
  }

  /** The plan of a step on day `on`; null when that day is still ahead or the workflow refused. */
  plan(kind: LedgerKind, r: RecordState, action: string, input: Record<string, unknown>, on: string) {
    if (on > this.opts.today) return null;
    const plan = planAction(kind, r, action, input, ACTOR, {
      today: on,
      ...(this.opts.villages ? { villages: this.villageIds } : {}),
      refRecords: this.refs,
      ...(this.opts.calendar ? { calendar: this.opts.calendar } : {}),
      settings: this.opts.settings ?? {},
    });
    if (!plan.ok) {
      this.opts.onRefusal?.(`${kind.kind} ${action} on ${on}: ${plan.reason}`);
      return null;
    }
    return plan;
  }

  /** The record after the step on day `on`, or null when that day is still ahead or the step was refused. */
  step(kind: LedgerKind, r: RecordState, action: string, input: Record<string, unknown>, on: string) {
    const plan = this.plan(kind, r, action, input, on);
    return plan && applyStep(r, plan, plan.event);
  }

  /** Steps in order until one is not (yet) taken. */
  chain(kind: LedgerKind, start: RecordState, steps: Steps): RecordState {
    return chainSteps((r, action, input, on) => this.step(kind, r, action, input, on), start, steps);
  }
}

export type Steps = readonly (readonly [action: string, input: Record<string, unknown>, on: string])[];

/** Takes steps in order with `step` until one is not (yet) taken. */
export function chainSteps<R>(
  step: (r: R, action: string, input: Record<string, unknown>, on: string) => R | null,
  start: R,
  steps: Steps,
): R {
  let r = start;
  for (const [action, input, on] of steps) {
    const next = step(r, action, input, on);
    if (!next) break;
    r = next;
  }
  return r;
}
