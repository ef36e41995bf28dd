/** A marked range of the report text; `end` is exclusive. */
export interface MarkSpan {
  id: string;
  start: number;
  end: number;
}

/** A run of text covered by exactly the same spans; `ids` is empty for plain text. */
export interface Segment {
  start: number;
  end: number;
  ids: string[];
}

/**
 * Cuts `[0, length)` into consecutive segments so that each is covered by one fixed
 * set of spans. Overlapping or nested spans are split at every edge: the overlap
 * becomes its own segment carrying both ids, so nothing is dropped and the caller
 * decides which one shows. Spans outside the text are clipped, empty ones ignored.
 * Ids keep the order of `spans` (the caller's priority). O((n + m) log m) for m spans.
 */
export function buildSegments(length: number, spans: readonly MarkSpan[]): Segment[] {
  if (length <= 0) return [];
  const rank = new Map<string, number>();
  const events: { at: number; id: string; open: boolean }[] = [];
  spans.forEach((s, i) => {
    const start = Math.max(0, Math.min(length, Math.floor(s.start)));
    const end = Math.max(0, Math.min(length, Math.floor(s.end)));
    if (!(end > start) || rank.has(s.id)) return;
    rank.set(s.id, i);
    events.push({ at: start, id: s.id, open: true }, { at: end, id: s.id, open: false });
  });
  events.sort((a, b) => a.at - b.at);

  const out: Segment[] = [];
  const active = new Set<string>();
  let cursor = 0;
  const ordered = () => [...active].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  const push = (end: number) => {
    if (end <= cursor) return;
    const ids = ordered();
    const last = out[out.length - 1];
    if (last && last.end === cursor && sameIds(last.ids, ids)) last.end = end;
    else out.push({ start: cursor, end, ids });
    cursor = end;
  };
  for (let i = 0; i < events.length; ) {
    const at = events[i]?.at ?? length;
    push(at);
    // apply every edge at this position before emitting the next segment
    for (; i < events.length && events[i]?.at === at; i++) {
      const e = events[i];
      if (!e) continue;
      if (e.open) active.add(e.id);
      else active.delete(e.id);
    }
  }
  push(length);
  return out;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
