import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cf } from './kinds/enforcementLaw';
import { LEDGER_KINDS } from './registry';
import { documentRows, statuteRows, statutesMarkdown, uncited } from './statutes';
import type { LedgerKind } from './types';

const root = resolve(import.meta.dirname, '../..');
const rows = statuteRows(LEDGER_KINDS);
const id = (r: { kind: string; type: string; where: string }) => `${r.kind} ${r.type} ${r.where}`;

/** The kinds of issue 13 §1 (enforcement): every clock and guard cites its article and version. */
const ENFORCEMENT = new Set([
  'enforcement_case',
  'officer',
  'inspection',
  'enforcement_matter',
  'enforcement_training',
]);

/**
 * Rules of the other kinds still carrying only a free-text source. Issue 13 §2 and §5 gave every
 * one a structured citation (a figure no statute fixes cites the county setting or the province's
 * rule it comes from), so the list is empty: a new rule without a citation fails at once.
 */
const PENDING: string[] = [];

describe('docs/statutes.md (issue 13 §4)', () => {
  it('is generated from the declarations and up to date (npm run docs:statutes)', () => {
    const committed = readFileSync(resolve(root, 'docs/statutes.md'), 'utf8');
    expect(committed).toBe(statutesMarkdown(LEDGER_KINDS));
  });

  it('every enforcement clock and guard cites statute, article and version, and names its test', () => {
    const enforcement = rows.filter((r) => ENFORCEMENT.has(r.kind));
    expect(enforcement.length).toBeGreaterThan(30);
    expect(enforcement.filter(uncited).map(id)).toEqual([]);
    expect(enforcement.filter((r) => !r.test).map(id)).toEqual([]);
  });

  it('a rule without a citation elsewhere is only one already known to be pending', () => {
    const missing = rows.filter(uncited).map(id);
    // the list is exact: a newly cited rule must leave it, a new uncited rule cannot hide in it
    expect(missing.filter((m) => !PENDING.some((p) => m === p))).toEqual([]);
    expect(PENDING.filter((p) => !missing.includes(p))).toEqual([]);
  });

  it('the test named for each rule exists in the file named', () => {
    const absent = rows
      .filter((r) => r.test)
      .filter((r) => {
        const [path, name] = r.test.split(' › ');
        if (!path || !name) return true;
        const text = readFileSync(resolve(root, path), 'utf8');
        return !text.includes(`'${name}'`) && !text.includes(`'${name.replace(/:.*$/, ':')}`);
      })
      .map((r) => `${id(r)}: ${r.test}`);
    expect(absent).toEqual([]);
  });

  it('行政处罚法 is cited in its 2021 version throughout', () => {
    const versions = new Set(
      rows.flatMap((r) => r.cite.filter((c) => c.law.includes('行政处罚法')).map((c) => c.version)),
    );
    expect([...versions]).toEqual([cf('第一条').version]);
    expect(cf('第六十条')).toEqual({
      law: '《中华人民共和国行政处罚法》',
      article: '第六十条',
      version: '2021-01-22修订，2021-07-15施行',
    });
  });

  it('flags a guard declared without rules, and a clock without a structured citation', () => {
    const bare: LedgerKind = {
      kind: 'bare',
      label: '示例',
      numberPrefix: '示',
      fields: [],
      list: { dateField: 'on', title: () => '示例' },
      states: [{ key: 'open', label: '办理中' }],
      initialState: 'open',
      actions: [{ key: 'act', label: '办理', from: ['open'], roles: ['township_clerk'], guard: () => null }],
      clocks: [
        {
          key: 'c',
          label: '期限',
          basis: 'working',
          days: 5,
          start: { field: 'on' },
          stop: [],
          source: '某规定',
        },
      ],
      feeds: [],
      editors: ['township_clerk'],
    };
    const r = statuteRows([bare]);
    expect(r.map((x) => [id(x), uncited(x), x.days])).toEqual([
      ['bare 期限 c', true, '5个工作日'],
      ['bare 规则 act', true, ''],
    ]);
    expect(statutesMarkdown([bare])).toContain('| 规则 | `act` | 办理：（条件见代码，尚未声明规则及依据） |');
  });

  it('lists every document a declaration prints, each title it can carry, and its citation (issue 15 §5)', () => {
    const docs = documentRows(LEDGER_KINDS);
    expect(docs.map((d) => `${d.kind}.${d.key}`)).toEqual(
      LEDGER_KINDS.flatMap((k) => (k.documents ?? []).map((d) => `${k.kind}.${d.key}`)),
    );
    expect(
      docs.filter((d) => d.cite.length === 0 || d.cite.some((c) => !c.version)).map((d) => d.key),
    ).toEqual([]);
    const decision = docs.find((d) => d.kind === 'enforcement_case' && d.key === 'decision');
    expect(decision?.titles).toEqual(expect.arrayContaining(['行政处罚决定书', '不予行政处罚决定书']));
    expect(decision?.after).toBe('作出决定');
    const md = statutesMarkdown(LEDGER_KINDS);
    expect(md).toContain('| 矛盾纠纷（dispute） | `agreement` | 人民调解协议书 |');
    expect(md).toContain('《中华人民共和国人民调解法》第二十九条');
  });
});
