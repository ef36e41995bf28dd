import type { Identification } from '../identify/identify';
import { readUnitName, sameUnit } from '../identify/unitName';
import type { Paragraph } from '../spans';
import { DEFECT_MESSAGES } from './messages';
import { at, type NormDefect } from './normDefect';

const GOV_MENTION = /(?<=^|[，。；：、“（\n])[\u4e00-\u9fa5]{2,12}?(镇|乡|街道)(人民政府|办事处)/g;
/** Words that start a clause before a government is named, not part of its name. */
const LEAD_WORD = /^(按照|根据|依据|经过|通过|配合|协助|报请|报送|经|由|向|在|对|与|及|请|报|将)/;
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
  id.signatures.forEach((s, n) => {
    if (!sameUnit(s.unit.full, unit.full)) {
      out.push(
        at('unit_mismatch', s.para.start, s.para.end, DEFECT_MESSAGES.signatureUnit(s.unit.name, unit.name)),
      );
    } else if (n > 0) {
      out.push(
        at('unit_mismatch', s.para.start, s.datePara?.end ?? s.para.end, DEFECT_MESSAGES.secondSignature()),
      );
    }
  });
  const first = id.signatures[0];
  if (first) {
    const after = paras.find((p) => p.start > (first.datePara ?? first.para).end);
    if (after && !AFTER_SIGNATURE_OK.test(after.text) && after !== id.signatures[1]?.para) {
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
  // Another township's government named in the body: a sign of text copied from its report.
  const signatureParas = new Set(id.signatures.map((s) => s.para));
  for (const m of text.slice(id.bodyStart).matchAll(GOV_MENTION)) {
    const i = id.bodyStart + (m.index ?? 0);
    const other = readUnitName(m[0].replace(LEAD_WORD, ''));
    if (
      !other ||
      sameUnit(other.full, unit.full) ||
      [...signatureParas].some((p) => p.start <= i && i < p.end)
    )
      continue;
    out.push(at('unit_mismatch', i, i + m[0].length, DEFECT_MESSAGES.otherUnit(other.name, unit.name)));
  }
  return out;
}
