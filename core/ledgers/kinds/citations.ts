import type { Citation } from '../types';

/**
 * Statutes cited by the kinds other than enforcement (issue 13 §2, §5), each with the version
 * read (domain-rules §0 and its December 2026 corrections). Enforcement statutes live in
 * enforcementLaw.ts; these follow the same shape so docs/statutes.md names one version per law.
 */
const cite =
  (law: string, version: string) =>
  (article: string): Citation => ({ law, article, version });

/** 《信访工作条例》 (中共中央、国务院, 2022). */
export const xf = cite('《信访工作条例》', '2022-02-25印发，2022-05-01施行');
