/**
 * Writes docs/statutes.md — every clock and guard the ledgers enforce, with its statute, article
 * and version — from the declarations (issue 13 §4). core/ledgers/statutes.test.ts fails when
 * the committed file differs, so run this after changing a rule:
 *   npm run docs:statutes
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LEDGER_KINDS } from '../core/ledgers/registry';
import { statuteRows, statutesMarkdown, uncited } from '../core/ledgers/statutes';

const target = resolve(import.meta.dirname, '../docs/statutes.md');
writeFileSync(target, statutesMarkdown(LEDGER_KINDS));
const rows = statuteRows(LEDGER_KINDS);
console.log(
  `docs/statutes.md: ${rows.length} rules, ${rows.filter(uncited).length} without a structured citation`,
);
