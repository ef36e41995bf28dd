/**
 * Synthetic dispute records for the list, 待办 and scale benchmarks (bench/ledger-list.ts,
 * bench/province.ts): generated in the database with generate_series, words drawn from a
 * vocabulary so 2-character searches hit the bigram index the way real summaries do, data fields
 * filled with the declaration's own option keys, and an open clock (due around `today`) for
 * every record still in an open state, so 待办 has realistic work.
 */
import { sql } from 'drizzle-orm';
import { DISPUTE_TYPES } from '../core/ledgers/kinds/dispute';
import type { Db } from '../server/db/client';

/** Words of dispute summaries, common and rare; names are rarer still. */
export const WORDS =
  `邻里 宅基地 排水沟 山林 土地 承包 工资 欠薪 赡养 抚养 离婚 彩礼 婚姻 家庭 继承 房屋 漏水 噪音 养殖 污染 道路 通行 界址 林权 合同 借款 债务 货款 租金 交通 事故 赔偿 医疗 工伤 劳务 拆迁 补偿 征地 安置 低保 救助 物业 停车 装修 围墙 坟地 水源 灌溉 果园 鱼塘 耕地 流转 分红 集体 村组 调解 协商 协议 履行 回访`.split(
    ' ',
  );
export const SURNAMES = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜'.split('');
export const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文斌'.split('');
/** The dispute declaration's type keys. */
export const TYPES = DISPUTE_TYPES.map((o) => o.value);
const STATES = ['accepted', 'mediating', 'succeeded', 'failed', 'closed', 'closed', 'closed', 'closed'];
/** Above any number a township registers itself (the demo's), so the two never collide. */
const SEQ_BASE = 100_000;
const arr = (xs: string[]) => sql.raw(`array[${xs.map((w) => `'${w}'`).join(',')}]::text[]`);

/**
 * Inserts records `from`..`to` (the sequence number; record i belongs to township i mod
 * towns.length), dated over 690 days from 2025-01-01, and their open clocks.
 */
export async function insertDisputes(
  db: Db,
  towns: string[],
  from: number,
  to: number,
  today: string,
): Promise<void> {
  const townArray = sql.raw(`array[${towns.map((x) => `'${x}'::uuid`).join(',')}]`);
  await db.execute(sql`
    insert into ledger_records (unit_id, id, kind, year, seq, number, title, state, event_date, data, events, search_text, created_at, updated_at, version)
    select
      (${townArray})[1 + (i % ${towns.length})],
      gen_random_uuid(), 'dispute', extract(year from d)::int, ${SEQ_BASE} + i, '纠〔' || extract(year from d)::int || '〕' || (${SEQ_BASE} + i) || '号',
      name1 || '与' || name2 || '纠纷',
      (${arr(STATES)})[1 + (i % ${STATES.length})],
      d,
      jsonb_build_object('registeredOn', d::text, 'type', (${arr(TYPES)})[1 + ((i * 7) % ${TYPES.length})], 'riskLevel', 'low', 'source', 'screening',
        'parties', jsonb_build_array(jsonb_build_object('name', name1), jsonb_build_object('name', name2)), 'summary', summary),
      '[]'::jsonb,
      name1 || ' ' || name2 || ' ' || summary,
      now(), now(), 1
    from (
      select i, date '2025-01-01' + (i % 690) as d,
        (${arr(SURNAMES)})[1 + abs(hashint4(i)) % ${SURNAMES.length}] || (${arr(GIVEN)})[1 + abs(hashint4(i + 7)) % ${GIVEN.length}] || (${arr(GIVEN)})[1 + abs(hashint4(i + 13)) % ${GIVEN.length}] as name1,
        (${arr(SURNAMES)})[1 + abs(hashint4(i + 1)) % ${SURNAMES.length}] || (${arr(GIVEN)})[1 + abs(hashint4(i + 17)) % ${GIVEN.length}] as name2,
        '因' || (${arr(WORDS)})[1 + abs(hashint4(i * 3)) % ${WORDS.length}] || '和' || (${arr(WORDS)})[1 + abs(hashint4(i * 5)) % ${WORDS.length}]
          || '问题发生争执，双方就' || (${arr(WORDS)})[1 + abs(hashint4(i * 11)) % ${WORDS.length}] || '事项申请调解' as summary
      from generate_series(${from}::int, ${to}::int) as i
    ) g`);
  await db.execute(sql`
    insert into ledger_clocks (unit_id, record_id, clock, kind, due, done, provisional, reminder)
    select unit_id, id, 'mediation', 'dispute', ${today}::date - 40 + (seq % 80), false, false, false
    from ledger_records where kind = 'dispute' and seq between ${SEQ_BASE + from} and ${SEQ_BASE + to} and state in ('accepted', 'mediating')`);
}

/**
 * Runs a bulk load with the secondary indexes of the ledger tables dropped, then rebuilds them
 * from their own definitions (pg_indexes): a GIN index built once from sorted entries is several
 * times faster than one grown row by row. Primary keys and unique indexes stay.
 */
export async function withoutLedgerIndexes(db: Db, load: () => Promise<void>): Promise<number> {
  const indexes = (
    (await db.execute(sql`
      select indexname as name, indexdef as def from pg_indexes
      where tablename in ('ledger_records', 'ledger_clocks') and indexdef not like 'CREATE UNIQUE%'`)) as unknown as {
      rows: { name: string; def: string }[];
    }
  ).rows;
  for (const ix of indexes) await db.execute(sql.raw(`drop index "${ix.name}"`));
  await load();
  const t0 = performance.now();
  for (const ix of indexes) await db.execute(sql.raw(ix.def));
  return performance.now() - t0;
}
