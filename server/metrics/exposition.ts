import type { IntervalHistogram } from 'node:perf_hooks';
import { analysisWorkerCount } from '../analysisPool';
import type { Database } from '../db/client';
import { cacheCounts } from './cacheStats';
import type { HttpMetrics } from './httpMetrics';
import { labels } from './httpMetrics';

export interface MetricsSources {
  http: HttpMetrics;
  database: Database;
  /** The event loop's delay since the previous scrape; reset by each render. */
  loopDelay: IntervalHistogram;
}

/** Everything `/metrics` answers, in the Prometheus text exposition format (version 0.0.4). */
export function renderMetrics(src: MetricsSources): string {
  const out: string[] = [
    '# HELP fazhi_database_info The database this instance runs on.',
    '# TYPE fazhi_database_info gauge',
    `fazhi_database_info${labels({ kind: src.database.kind })} 1`,
  ];
  out.push(...src.http.render());

  const pool = src.database.poolStats?.();
  if (pool) {
    // PGlite has one embedded connection and no pool: these appear on PostgreSQL only
    out.push(
      '# HELP fazhi_db_pool_connections Connections of the PostgreSQL pool, by state.',
      '# TYPE fazhi_db_pool_connections gauge',
      `fazhi_db_pool_connections${labels({ state: 'total' })} ${pool.total}`,
      `fazhi_db_pool_connections${labels({ state: 'idle' })} ${pool.idle}`,
      '# HELP fazhi_db_pool_max The pool size limit.',
      '# TYPE fazhi_db_pool_max gauge',
      `fazhi_db_pool_max ${pool.max}`,
      '# HELP fazhi_db_pool_waiting Queries waiting for a free connection.',
      '# TYPE fazhi_db_pool_waiting gauge',
      `fazhi_db_pool_waiting ${pool.waiting}`,
    );
  }

  out.push(
    '# HELP fazhi_cache_lookups_total Lookups of the in-memory caches of this process, by outcome.',
    '# TYPE fazhi_cache_lookups_total counter',
  );
  for (const [cache, c] of Object.entries(cacheCounts())) {
    out.push(`fazhi_cache_lookups_total${labels({ cache, result: 'hit' })} ${c.hit}`);
    out.push(`fazhi_cache_lookups_total${labels({ cache, result: 'miss' })} ${c.miss}`);
  }

  out.push(
    '# HELP fazhi_analysis_workers Report analysis worker threads alive (started or starting).',
    '# TYPE fazhi_analysis_workers gauge',
    `fazhi_analysis_workers ${analysisWorkerCount()}`,
  );

  const mem = process.memoryUsage();
  const delay = src.loopDelay;
  // the histogram reads NaN-free only once it has a sample; 0 until then
  const seconds = (ns: number) => (Number.isFinite(ns) && delay.count > 0 ? ns / 1e9 : 0);
  out.push(
    '# HELP process_resident_memory_bytes Resident memory of the server process.',
    '# TYPE process_resident_memory_bytes gauge',
    `process_resident_memory_bytes ${mem.rss}`,
    '# HELP nodejs_heap_used_bytes V8 heap in use.',
    '# TYPE nodejs_heap_used_bytes gauge',
    `nodejs_heap_used_bytes ${mem.heapUsed}`,
    '# HELP process_uptime_seconds Seconds since the process started.',
    '# TYPE process_uptime_seconds gauge',
    `process_uptime_seconds ${process.uptime()}`,
    '# HELP nodejs_eventloop_delay_seconds Event loop delay since the previous scrape: a blocked loop delays every request.',
    '# TYPE nodejs_eventloop_delay_seconds gauge',
    `nodejs_eventloop_delay_seconds${labels({ quantile: '0.99' })} ${seconds(delay.percentile(99))}`,
    `nodejs_eventloop_delay_seconds${labels({ quantile: '1' })} ${seconds(delay.max)}`,
  );
  delay.reset();
  return `${out.join('\n')}\n`;
}
