import type { Paragraph } from '../spans';
import type { UnitLevelGuess } from '../types';
import { readDateLine, type SigningDate } from './dates';
import { readUnitName, type UnitName } from './unitName';

/** Who reports, for which year, under which title, number and signature. */
export interface Identification {
  unit: UnitName | null;
  level: UnitLevelGuess;
  reportYear: number | null;
  title: { text: string; start: number; end: number; year: number | null } | null;
  header: { unit: UnitName; para: Paragraph } | null;
  signatures: { unit: UnitName; para: Paragraph; date: SigningDate | null; datePara: Paragraph | null }[];
  docNumber: string | null;
  signer: string | null;
  /** first paragraph of body text (after title, number, addressee) */
  bodyStart: number;
}

const TITLE_WORDS = /(报告|总结|情况)/;
const TITLE_TOPIC = /(法治|依法行政|法制)/;
const SIGNATURE = /^(中共)?[\u4e00-\u9fa5]{2,24}(人民政府|党委|政府|办事处|党工委|委员会)(办公室)?$/;
const DOC_NUMBER = /[\u4e00-\u9fa5]{1,10}[〔[［【（(]\d{4}[〕\]］】）)]\d{1,4}号/;
const SIGNER = /签发人[：:]?([\u4e00-\u9fa5]{2,4})/;

function isBody(p: Paragraph): boolean {
  return /[。；]/.test(p.text) || p.text.length > 60;
}

function unitInTitle(title: string): UnitName | null {
  const t = title.replace(/^(20\d\d|二〇[一二三][〇一二三四五六七八九])年度?/, '').replace(/^关于/, '');
  const direct = readUnitName(t);
  if (direct) return direct;
  // "关于…" or "20XX年…" may sit between the unit and the rest of the title.
  for (const m of t.matchAll(/(年度?|关于)/g)) {
    const u = readUnitName(t.slice((m.index ?? 0) + m[0].length));
    if (u) return u;
  }
  return null;
}

function findTitle(top: readonly Paragraph[]): Identification['title'] {
  for (let i = 0; i < top.length; i++) {
    const p = top[i] as Paragraph;
    if (!TITLE_TOPIC.test(p.text) || /[：:]$/.test(p.text)) continue;
    let text = p.text;
    let end = p.end;
    const next = top[i + 1];
    if (!TITLE_WORDS.test(text) && next && next.text.length <= 12 && TITLE_WORDS.test(next.text)) {
      text += next.text;
      end = next.end;
    }
    const y = /(20\d\d)年/.exec(text);
    return { text, start: p.start, end, year: y ? Number(y[1]) : null };
  }
  return null;
}

function findSignatures(paras: readonly Paragraph[], from: number): Identification['signatures'] {
  const out: Identification['signatures'] = [];
  for (let i = from; i < paras.length; i++) {
    const p = paras[i] as Paragraph;
    if (p.text.length > 40 || !SIGNATURE.test(p.text)) continue;
    const unit = readUnitName(p.text);
    if (!unit) continue;
    const next = paras[i + 1];
    const date = next ? readDateLine(next.text) : null;
    const prevIsSignature = out.length > 0 && out[out.length - 1]?.para === paras[i - 1];
    // Joint signatures (党委 + 政府 on two lines) are one block.
    if (prevIsSignature && !out[out.length - 1]?.date) {
      const last = out[out.length - 1];
      if (last) Object.assign(last, { date, datePara: date ? (next ?? null) : null });
      continue;
    }
    if (date || i >= paras.length - 3)
      out.push({ unit, para: p, date, datePara: date ? (next ?? null) : null });
  }
  return out;
}

function yearOfOpening(p: Paragraph | undefined): number | null {
  const m = p ? /^(20\d\d)年/.exec(p.text) : null;
  return m ? Number(m[1]) : null;
}

export function identify(paras: readonly Paragraph[]): Identification {
  let firstBody = paras.findIndex(isBody);
  if (firstBody < 0) firstBody = paras.length;
  const top = paras.slice(0, Math.min(firstBody, 10));
  const title = findTitle(top);
  const topText = top.map((p) => p.text).join('\n');
  let header: Identification['header'] = null;
  for (const p of top) {
    if (title && p.start >= title.start) break;
    const u = /(人民政府|党委|政府|办事处|党工委)(文件)?$/.test(p.text) ? readUnitName(p.text) : null;
    if (u) {
      header = { unit: u, para: p };
      break;
    }
  }
  const signatures = findSignatures(paras, Math.max(firstBody, Math.floor(paras.length / 3)));
  const opening = paras[firstBody];
  const openingUnit = opening ? readUnitName(opening.text.replace(/^20\d\d年度?[，,]?/, '')) : null;
  const unit = (title && unitInTitle(title.text)) ?? header?.unit ?? signatures[0]?.unit ?? openingUnit;
  const firstDate = signatures[0]?.date ?? null;
  const reportYear =
    title?.year ??
    yearOfOpening(opening) ??
    (firstDate ? (firstDate.month <= 6 ? firstDate.year - 1 : firstDate.year) : null);
  return {
    unit,
    level: unit?.level ?? 'unknown',
    reportYear,
    title,
    header,
    signatures,
    docNumber: DOC_NUMBER.exec(topText)?.[0] ?? null,
    signer: SIGNER.exec(topText)?.[1] ?? null,
    bodyStart: opening?.start ?? 0,
  };
}
