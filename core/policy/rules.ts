import type { Actor, UnitScoped } from './actor';
import { anyone, isAdmin, isCountyReviewer, isTownshipStaff } from './predicates';

type Rule = (actor: Actor, target?: UnitScoped) => boolean;

/**
 * Every action a route can name, with the rule that grants it. Unit scope is
 * checked before these rules (see `can`), so a rule only says which roles act.
 */
export const RULES = {
  'self.use': anyone,
  'unit.read': anyone,
  'unit.manage': isAdmin,
  'user.manage': isAdmin,
  'audit.read': anyone,
  'audit.verify': isAdmin,
  'calendar.manage': isAdmin,
  'review.manage': isCountyReviewer,
  'rectification.read': anyone,
  'rectification.answer': isTownshipStaff,
  'ledger.read': anyone,
  /** Township work in general (the 码上申请 poster, the township's own menus). */
  'ledger.write': isTownshipStaff,
  /**
   * Taking part in ledger work at all; which kinds and steps is declared per kind (`editors`,
   * action `roles`): a county reviewer scores case files, a clerk registers disputes.
   */
  'ledger.work': (actor: Actor) => !isAdmin(actor),
  /** Seeing a record's personal data unmasked: the township that keeps it, audited each time. */
  'ledger.reveal': isTownshipStaff,
  'ledger.settings': isAdmin,
  'todo.read': anyone,
  'indicator.read': anyone,
  /** Annual reports: everyone reads what lies in their scope; the steps' roles are in core/report/workflow. */
  'report.read': anyone,
  /** Drafting and editing a township's own report. */
  'report.write': isTownshipStaff,
  /** Any workflow step; which one a role may take is decided by the report workflow. */
  'report.act': (actor: Actor) => !isAdmin(actor),
} satisfies Record<string, Rule>;

export type Action = keyof typeof RULES;

/**
 * Which action guards reading the history of each audited entity kind: you may
 * read an entity's history exactly when you may act on the entity itself.
 */
export const AUDIT_READ_ACTION: Record<string, Action> = {
  user: 'user.manage',
  unit: 'unit.read',
  report_review: 'review.manage',
  rectification: 'rectification.read',
  calendar_year: 'calendar.manage',
  ledger_record: 'ledger.read',
  ledger_import: 'ledger.read',
  ledger_export: 'ledger.read',
  ledger_setting: 'ledger.settings',
  annual_report: 'report.read',
  ledger_confirmation: 'report.read',
};
