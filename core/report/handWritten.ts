import { paragraphsOf } from './edit';
import { alignChars } from './figureBinding';
import type { ReportDocument } from './model';
import { paragraphText } from './render';

/**
 * The text a township wrote itself: its own paragraphs, and of a composed paragraph it
 * rewrote only the characters it added. The composer words every township's report alike,
 * so only this text can be copied from one township to another in any sense that matters,
 * and only this is compared with other reports.
 */
export function handWrittenText(doc: ReportDocument): string {
  const pieces: string[] = [];
  for (const { paragraph } of paragraphsOf(doc)) {
    if (paragraph.origin !== 'written') continue;
    const text = paragraphText(paragraph);
    if (paragraph.basis === undefined) {
      pieces.push(text);
      continue;
    }
    const kept = alignChars(text, paragraph.basis);
    let run = '';
    for (let i = 0; i < text.length; i++) {
      if (kept[i] === -1) run += text[i];
      else if (run) {
        pieces.push(run);
        run = '';
      }
    }
    if (run) pieces.push(run);
  }
  return pieces.join('\n');
}
