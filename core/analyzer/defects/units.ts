import { codeUnits } from '../codeUnits';
import type { Identification } from '../identify/identify';
import { readUnitName, sameUnit } from '../identify/unitName';
import { charTable, type Paragraph } from '../spans';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

/**
 * A government named at the start of a clause. Tried only at clause starts (CLAUSE_OPENER
 * before it), sticky, because a lookbehind tried at every character was slow.
 */
const GOV_MENTION = /[\u4e00-\u9fa5]{2,12}?(镇|乡|街道)(人民政府|办事处)/y;
const CLAUSE_OPENER = charTable('，。；：、“（\n');

/** Where GOV_MENTION's suffix can start: after 2–12 name characters and 镇, 乡 or 街道. */
const SUFFIX_MIN = 3;
const SUFFIX_MAX = 14;

/** Start of every 人民政府 and 办事处 from `from` on, in text order. */
function suffixStarts(text: string, from: number): number[] {
  const out: number[] = [];
  for (const word of ['人民政府', '办事处']) {
    for (let i = text.indexOf(word, from); i >= 0; i = text.indexOf(word, i + word.length)) out.push(i);
  }
  return out.sort((a, b) => a - b);
}

/** The matches of GOV_MENTION in `text` from `from` on, as a left-to-right global scan finds them. */
function govMentions(text: string, from: number): { index: number; quote: string }[] {
  const out: { index: number; quote: string }[] = [];
  // The pattern is tried only where a suffix follows within reach: most clause starts have none.
  const suffixes = suffixStarts(text, from);
  const u = codeUnits(text);
  let k = 0;
  for (let p = from; p < text.length; p++) {
    while (k < suffixes.length && (suffixes[k] as number) < p + SUFFIX_MIN) k++;
    if (k === suffixes.length) break;
    // No suffix within reach: skip to the first position that has one.
    if ((suffixes[k] as number) > p + SUFFIX_MAX) {
      p = (suffixes[k] as number) - SUFFIX_MAX - 1;
      continue;
    }
    if (p > from && CLAUSE_OPENER[u[p - 1] as number] !== 1) continue;
    GOV_MENTION.lastIndex = p;
    const m = GOV_MENTION.exec(text);
    if (!m) continue;
    out.push({ index: p, quote: m[0] });
    p += m[0].length - 1;
  }
  return out;
}
/** Words that start a clause before a government is named, not part of its name. */
const LEAD_WORD = /^(按照|根据|依据|经过|通过|配合|协助|报请|报送|经|由|向|在|对|与|及|请|报|将)/;
/** 现将X镇（乡、街道）…报告如下: the township the opening reports on. */
const OPENING_NAME =
  /现[将就把]([\u4e00-\u9fa5]{1,10}?(?:镇|乡|街道))(?=20\d\d|二〇|本|全年|[^，。；]{0,30}报告如下)/;
const AFTER_SIGNATURE_OK = /^(附件|抄送|抄报|印发|联系人|联系电话|（此件|\(此件|主题词)/;

export function findUnitDefects(text: string, paras: readonly Paragraph[], id: Identification): NormDefect[] {
  const unit = id.unit;
  if (!unit) return [];
  const out: NormDefect[] = [];
  if (id.header && !sameUnit(id.header.unit.full, unit.full)) {
    out.push(
      at(
        'unit_mismatch',
        id.header.para.start,
        id.header.para.end,
        DEFECT_MESSAGES.otherUnit(id.header.unit.name, unit.name),
      ),
    );
  }
  const ownFirst = id.signatures[0] !== undefined && sameUnit(id.signatures[0].unit.full, unit.full);
  id.signatures.forEach((s, n) => {
    if (!sameUnit(s.unit.full, unit.full)) {
      // After the unit's own signature, text signed by another unit is that unit's report
      // pasted in: one finding, on the foreign signature, says so.
      const message =
        n > 0 && ownFirst
          ? DEFECT_MESSAGES.foreignTail(s.unit.name)
          : DEFECT_MESSAGES.signatureUnit(s.unit.name, unit.name);
      out.push(at('unit_mismatch', s.para.start, s.para.end, message));
    } else if (n > 0) {
      out.push(
        at('unit_mismatch', s.para.start, s.datePara?.end ?? s.para.end, DEFECT_MESSAGES.secondSignature()),
      );
    }
  });
  const first = id.signatures[0];
  if (first) {
    const after = paras.find((p) => p.start > (first.datePara ?? first.para).end);
    const foreignLater = ownFirst && id.signatures.slice(1).some((s) => !sameUnit(s.unit.full, unit.full));
    if (after && !foreignLater && !AFTER_SIGNATURE_OK.test(after.text) && after !== id.signatures[1]?.para) {
      out.push(
        at(
          'unit_mismatch',
          after.start,
          Math.min(after.end, after.start + 30),
          DEFECT_MESSAGES.textAfterSignature(),
        ),
      );
    }
  }
  // 现将白沙镇2024年…报告如下 in 青石镇's report: the opening names another township, a sign the
  // opening was copied from that township's report. Only a unit read from elsewhere (title,
  // header, metadata, signature) can disagree with the opening.
  if (id.unitSource !== 'opening' && id.unitSource !== 'body') {
    const opening = paras.filter((p) => p.start >= id.bodyStart).slice(0, 3);
    for (const p of opening) {
      const m = OPENING_NAME.exec(p.text);
      if (!m) continue;
      const other = readUnitName(m[1] as string);
      if (!other || other.level !== unit.level || sameUnit(other.full, unit.full)) continue;
      const i = p.start + (m.index ?? 0) + 2;
      out.push(
        at('unit_mismatch', i, i + (m[1] as string).length, DEFECT_MESSAGES.otherUnit(other.name, unit.name)),
      );
    }
  }
  // Another township's government named in the body: a sign of text copied from its report.
  const signatureParas = new Set(id.signatures.map((s) => s.para));
  for (const m of govMentions(text, id.bodyStart)) {
    const i = m.index;
    const other = readUnitName(m.quote.replace(LEAD_WORD, ''));
    if (
      !other ||
      sameUnit(other.full, unit.full) ||
      [...signatureParas].some((p) => p.start <= i && i < p.end)
    )
      continue;
    out.push(at('unit_mismatch', i, i + m.quote.length, DEFECT_MESSAGES.otherUnit(other.name, unit.name)));
  }
  return out;
}
