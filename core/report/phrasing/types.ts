import type { Area } from '../../indicators/types';
import type { Segment } from '../model';
import type { PhrasingContext } from './kit';

/** A composed paragraph before it gets its id: `slot` names what it says, so its id is stable. */
export interface DraftParagraph {
  slot: string;
  segments: Segment[];
}

/** How one area of part 一 is written: its subsection heading and its paragraphs. */
export interface AreaPhrasing {
  area: Area;
  heading: string;
  paragraphs: (ctx: PhrasingContext) => DraftParagraph[];
}

/** The drafts whose segments are not null, in order. */
export function drafts(...items: [slot: string, segments: Segment[] | null][]): DraftParagraph[] {
  return items.flatMap(([slot, segments]) => (segments ? [{ slot, segments }] : []));
}
