import { describe, expect, it } from 'vitest';
import { findFigures } from './figures';
import { type FigureContext, resolveCount } from './resolve';

/** The context resolveCount reads for the text's last figure, its clause the whole text. */
function contextOf(text: string): { ctx: FigureContext; figure: ReturnType<typeof findFigures>[number] } {
  const figure = findFigures(text).at(-1);
  if (!figure) throw new Error('no figure');
  const before = text.slice(0, figure.start);
  return {
    figure,
    ctx: { local: before, wide: before, after: '', sentence: text, previousKeys: [], contextMemo: new Map() },
  };
}

describe('resolveCount', () => {
  it('keeps a key whose only cue stands so far before the figure that its score is below zero', () => {
    // Written for the test: a cue, then some ninety characters with no cue and no comma.
    const text = `举办法治讲座${'深入田间地头'.repeat(15)}12场`;
    const { ctx, figure } = contextOf(text);
    expect(resolveCount(figure, ctx)?.cueSide).toBe('local');
    expect(resolveCount(figure, ctx)?.def.key).toMatch(/lectures$/);
  });
});
