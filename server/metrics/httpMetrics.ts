/**
 * Request counts and latency histograms per route pattern, kept by one server instance for
 * `/metrics`. Labelled by the route's pattern (`/api/ledgers/:kind/:id`), never the URL, so the
 * number of series is bounded by the routes and no id or query string reaches the monitoring.
 */
export const LATENCY_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface Histogram {
  method: string;
  route: string;
  /** Non-cumulative counts per bucket; the last slot is above the largest bound. */
  buckets: number[];
  sum: number;
  count: number;
}

export class HttpMetrics {
  private readonly requests = new Map<string, { method: string; route: string; status: number; n: number }>();
  private readonly latencies = new Map<string, Histogram>();

  record(method: string, route: string, status: number, seconds: number): void {
    const rk = `${method} ${route} ${status}`;
    const r = this.requests.get(rk);
    if (r) r.n++;
    else this.requests.set(rk, { method, route, status, n: 1 });
    const hk = `${method} ${route}`;
    let h = this.latencies.get(hk);
    if (!h) {
      h = { method, route, buckets: new Array(LATENCY_BUCKETS_SECONDS.length + 1).fill(0), sum: 0, count: 0 };
      this.latencies.set(hk, h);
    }
    const i = LATENCY_BUCKETS_SECONDS.findIndex((le) => seconds <= le);
    const slot = i === -1 ? LATENCY_BUCKETS_SECONDS.length : i;
    h.buckets[slot] = (h.buckets[slot] ?? 0) + 1;
    h.sum += seconds;
    h.count++;
  }

  /** The Prometheus text exposition of both families. */
  render(): string[] {
    const out = [
      '# HELP fazhi_http_requests_total HTTP requests answered, by method, route pattern and status.',
      '# TYPE fazhi_http_requests_total counter',
    ];
    for (const r of this.requests.values()) {
      out.push(
        `fazhi_http_requests_total${labels({ method: r.method, route: r.route, status: String(r.status) })} ${r.n}`,
      );
    }
    out.push(
      '# HELP fazhi_http_request_duration_seconds Time from receiving a request to the end of its answer.',
      '# TYPE fazhi_http_request_duration_seconds histogram',
    );
    for (const h of this.latencies.values()) {
      const base = { method: h.method, route: h.route };
      let cumulative = 0;
      LATENCY_BUCKETS_SECONDS.forEach((le, i) => {
        cumulative += h.buckets[i] ?? 0;
        out.push(
          `fazhi_http_request_duration_seconds_bucket${labels({ ...base, le: String(le) })} ${cumulative}`,
        );
      });
      out.push(`fazhi_http_request_duration_seconds_bucket${labels({ ...base, le: '+Inf' })} ${h.count}`);
      out.push(`fazhi_http_request_duration_seconds_sum${labels(base)} ${h.sum}`);
      out.push(`fazhi_http_request_duration_seconds_count${labels(base)} ${h.count}`);
    }
    return out;
  }
}

/** `{a="1",b="x"}` with the exposition format's escapes (backslash, quote, newline). */
export function labels(values: Record<string, string>): string {
  const parts = Object.entries(values).map(
    ([k, v]) => `${k}="${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', '\\n')}"`,
  );
  return parts.length ? `{${parts.join(',')}}` : '';
}
