/**
 * 《全国年节及纪念日放假办法》 as revised by 国务院令第798号 (2024-11-10, in force 2025-01-01):
 * the rule unpublished years are estimated by (statutoryHolidays.ts). Kept apart from that module
 * so that what the web UI imports (explanations, the statutes table) does not pull in the lunar
 * calendar library.
 */
export const STATUTORY_RULE = {
  law: '《全国年节及纪念日放假办法》',
  article: '第二条',
  version: '2024-11-10国务院令第798号第四次修订，2025-01-01施行',
} as const;

/** The first year the 2024 revision governs; earlier unpublished years are not estimated. */
export const STATUTORY_RULE_FROM = 2025;
