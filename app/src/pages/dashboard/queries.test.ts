import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keyFiguresQuery, PREFETCH_FRESH_MS, prefetchDashboard, staleUnlessPrefetched } from './queries';

afterEach(() => vi.unstubAllGlobals());

describe('staleUnlessPrefetched', () => {
  it('keeps prefetched figures fresh for the page that mounts next, and nothing else', async () => {
    let answers = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ values: {}, answer: ++answers }), { status: 200 })),
    );
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const { queryKey } = keyFiguresQuery('u1', 2026);
    const query = () => client.getQueryCache().find({ queryKey, exact: true });

    // asked by a card itself: stale at once, as any query of the app
    await client.fetchQuery(keyFiguresQuery('u1', 2026));
    expect(staleUnlessPrefetched(query() as never)).toBe(0);

    // prefetched by the shell: fresh, so that the card mounting does not ask again
    client.clear();
    await prefetchDashboard(client, 'u1', 2026);
    expect(staleUnlessPrefetched(query() as never)).toBe(PREFETCH_FRESH_MS);

    // once anything refetches it, back to normal
    await client.refetchQueries({ queryKey });
    expect(client.getQueryData(queryKey)).toMatchObject({ answer: answers });
    expect(staleUnlessPrefetched(query() as never)).toBe(0);
  });
});
