import { publicEnforcementRoutes } from './enforcement/publicEnforcementRoutes';

/**
 * Server features that belong to particular ledger kinds, each in its kinds' home
 * (`server/kinds/<home>/`; their pure parts live beside the declarations in `core/ledgers/kinds/`).
 * Shared server code registers what is listed here and never names a kind
 * (core/ledgers/kinds/declarations.test.ts checks it); docs/adding-a-ledger.md.
 */
export const KIND_ROUTES = [
  // 行政执法公示 of the enforcement kinds (officer, enforcement_matter, enforcement_case)
  publicEnforcementRoutes,
];
