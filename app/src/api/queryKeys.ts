import type { RectificationListParams } from './rectifications';
import type { ReviewListParams } from './reviews';
import type { UserListParams } from './users';

/** Every cache key in one place, so invalidations cannot drift from the queries they target. */
export const queryKeys = {
  me: ['me'] as const,
  units: ['units'] as const,
  users: ['users'] as const,
  userList: (p: UserListParams) => ['users', p] as const,
  audit: (entity: string, entityId: string) => ['audit', entity, entityId] as const,
  reviews: ['reviews'] as const,
  reviewList: (p: ReviewListParams) => ['reviews', 'list', p] as const,
  review: (id: string) => ['reviews', 'detail', id] as const,
  rectifications: ['rectifications'] as const,
  rectificationList: (p: RectificationListParams) => ['rectifications', p] as const,
  calendar: ['calendar'] as const,
  calendarYear: (year: number) => ['calendar', 'year', year] as const,
  calendarReminders: ['calendar', 'reminders'] as const,
  workingDays: (from: string, days: number) => ['calendar', 'working-days', from, days] as const,
  ledgers: ['ledgers'] as const,
  ledgerKind: (kind: string) => ['ledgers', kind] as const,
  ledgerList: (kind: string, query: string) => ['ledgers', kind, 'list', query] as const,
  ledgerRecord: (kind: string, id: string, reveal = false) =>
    ['ledgers', kind, 'record', id, reveal ? 'revealed' : 'masked'] as const,
  /** Under the kind's key: saving a record of the kind refreshes the roster and the previous list. */
  peopleRoster: (kind: string, unitId: string, except: string) =>
    ['ledgers', kind, 'people', unitId, except] as const,
  todo: ['todo'] as const,
  todoList: (unitId: string, days: number) => ['todo', unitId, days] as const,
  intake: (unitCode: string) => ['intake', unitCode] as const,
  intakeReceipt: (receipt: string) => ['intake', 'receipt', receipt] as const,
  indicators: ['indicators'] as const,
  unitIndicators: (unitId: string, year: number) => ['indicators', 'unit', unitId, year] as const,
  indicatorCatalog: ['indicators', 'catalog'] as const,
  indicatorOverview: (unitId: string, year: number) => ['indicators', 'overview', unitId, year] as const,
  indicatorTrend: (unitId: string, year: number, keys: readonly string[]) =>
    ['indicators', 'trend', unitId, year, keys.join(',')] as const,
};
