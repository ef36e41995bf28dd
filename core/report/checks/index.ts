import { analyzeText } from '../../analyzer/analyzeText';
import type { AnalysisResult, Defect, DefectKind } from '../../analyzer/types';
import type { ReportDocument, ReportPartKey } from '../model';
import { copyChecks } from './copies';
import { tokenChecks, writtenFigureChecks } from './figures';
import { blockOfSpan, describeBlock, type ReportTextMap, reportTextMap, type TextBlock } from './text';
import type { CheckCode, CheckContext, CheckFinding, ReportCheck } from './types';

export type { CheckCode, CheckContext, ReportCheck } from './types';
export { CHECK_CODES } from './types';

/**
 * The checks run on a report before the township submits it.
 *
 * Errors (block submission: the report would state something false, or fail the county's
 * review on a point that is not a matter of taste):
 *   missing_part       a statutory part absent or empty, or titled so a reader cannot tell it is that part
 *   unit_name          another unit named (otherUnitNames, or a 某镇人民政府 the analyzer reads), the
 *                      title or signature without the unit's name
 *   year               the title without the report year, a wrong year in a heading, sentence or
 *                      cited document, a signing date outside the year after, the next-year part
 *                      not naming year + 1
 *   rate, part_whole   a rate that does not follow from its counts or exceeds 100%, a part larger
 *                      than its whole (tokens, and figures the analyzer reads in the text)
 *   figure_mismatch    a figure typed by hand that contradicts the ledgers
 *   copied_cross_unit  a passage shared with another unit's report of the same year
 * Warnings (shown; the clerk decides):
 *   year               an earlier year's 《document》 named in a paragraph composed from the ledgers
 *                      (the record's own title, e.g. a 2025 decision amending a 2024 plan)
 *   figure_stale       a token whose ledger value changed since it was written (刷新 fixes it)
 *   repeated_last_year more than ownThreshold of the text unchanged from last year's report
 *   typo, duplicated_text, numbering, text_break
 *                      the analyzer's wording findings, which can be wrong on purpose-written text
 */

const STATUTORY: readonly ReportPartKey[] = [
  'measures_and_results',
  'shortcomings',
  'first_responsible_person',
  'next_year_plan',
];

const PART_NAMES: Record<ReportPartKey, string> = {
  measures_and_results: '推进法治政府建设的主要举措和成效',
  shortcomings: '存在的不足和原因',
  first_responsible_person: '党政主要负责人履行推进法治建设第一责任人职责情况',
  next_year_plan: '下一年度推进法治政府建设的主要安排',
  other: '其他需要报告的情况',
};

const DEFECT_CODES: Partial<Record<DefectKind, { code: CheckCode; severity: ReportCheck['severity'] }>> = {
  year_mismatch: { code: 'year', severity: 'error' },
  unit_mismatch: { code: 'unit_name', severity: 'error' },
  rate_mismatch: { code: 'rate', severity: 'error' },
  part_exceeds_whole: { code: 'part_whole', severity: 'error' },
  typo: { code: 'typo', severity: 'warning' },
  duplicated_text: { code: 'duplicated_text', severity: 'warning' },
  numbering: { code: 'numbering', severity: 'warning' },
  other: { code: 'text_break', severity: 'warning' },
};

export function checkReport(doc: ReportDocument, ctx: CheckContext): ReportCheck[] {
  const map = reportTextMap(doc);
  const analysis = analyzeText(map.text);
  const found: CheckFinding[] = [
    ...partChecks(doc, map, analysis),
    ...unitChecks(doc, map, analysis, ctx.otherUnitNames ?? []),
    ...yearChecks(doc, map, analysis),
    ...tokenChecks(map, ctx.values),
    ...writtenFigureChecks(map, analysis.indicators, ctx.values),
    ...copyChecks(map, doc, ctx),
  ];
  // the analyzer's findings last, dropped where an explicit check already says the same
  for (const d of analysis.defects) {
    // with another report year than the document's, the analyzer's years are measured against the wrong one
    if (d.kind === 'year_mismatch' && analysis.report_year !== doc.year) continue;
    const f = fromDefect(map, d);
    if (!f?.span) continue;
    const [s, e] = f.span;
    if (found.some((g) => g.code === f.code && g.span && g.span[0] < Math.max(e, s + 1) && g.span[1] > s))
      continue;
    found.push(f);
  }
  const pos = (f: CheckFinding) => f.span?.[0] ?? -1;
  return found
    .map((f, i) => ({ f, i }))
    .sort((x, y) => pos(x.f) - pos(y.f) || x.i - y.i)
    .map(({ f }) => {
      const { span: _span, ...check } = f;
      return stripUndefined(check);
    });
}

function stripUndefined(c: ReportCheck): ReportCheck {
  return Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as unknown as ReportCheck;
}

const partHeadingBlock = (map: ReportTextMap, key: ReportPartKey) =>
  map.blocks.find((b) => b.kind === 'heading' && b.level === 1 && b.part === key);

const spanOf = (b: TextBlock | undefined): [number, number] | undefined => (b ? [b.start, b.end] : undefined);

function partChecks(doc: ReportDocument, map: ReportTextMap, analysis: AnalysisResult): CheckFinding[] {
  const out: CheckFinding[] = [];
  for (const key of STATUTORY) {
    const part = doc.parts.find((p) => p.key === key);
    const heading = partHeadingBlock(map, key);
    const written = map.blocks.some((b) => b.kind === 'paragraph' && b.part === key);
    if (!part || !written) {
      out.push({
        severity: 'error',
        code: 'missing_part',
        message: part
          ? `“${part.heading}”部分没有正文，法定内容“${PART_NAMES[key]}”不能空缺`
          : `缺少法定内容“${PART_NAMES[key]}”`,
        part: key,
        span: spanOf(heading),
      });
      continue;
    }
    // the analyzer reads the parts from their headings, as the county's review will
    const sectionKey = key as keyof AnalysisResult['sections'];
    if (!analysis.sections[sectionKey] && heading) {
      out.push({
        severity: 'error',
        code: 'missing_part',
        message: `标题“${heading.text}”看不出是法定内容“${PART_NAMES[key]}”，审查时会被认为缺少该部分，请在标题中写明`,
        part: key,
        quote: heading.text,
        span: spanOf(heading),
      });
    }
  }
  return out;
}

/** Every occurrence of `name` in the text, except inside an occurrence of the unit's own name. */
function occurrences(text: string, name: string, own: string): number[] {
  const owned: [number, number][] = [];
  for (let i = text.indexOf(own); i >= 0 && own; i = text.indexOf(own, i + 1))
    owned.push([i, i + own.length]);
  const out: number[] = [];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
    if (!owned.some(([s, e]) => s <= i && i + name.length <= e)) out.push(i);
  }
  return out;
}

function located(map: ReportTextMap, start: number, end: number) {
  const b = blockOfSpan(map, start, end);
  return { b, where: describeBlock(b), paragraphId: b?.paragraphId, part: b?.part, sectionId: b?.sectionId };
}

const bare = (s: string) => s.replace(/\s+/g, '').replace(/(人民政府|党委|政府|办事处)$/, '');
const sameUnit = (a: string, b: string) => {
  const x = bare(a);
  const y = bare(b);
  return x.length > 0 && y.length > 0 && (x === y || x.endsWith(y) || y.endsWith(x));
};

function unitChecks(
  doc: ReportDocument,
  map: ReportTextMap,
  analysis: AnalysisResult,
  otherUnitNames: readonly string[],
): CheckFinding[] {
  const out: CheckFinding[] = [];
  const own = doc.unit.name;
  const title = map.blocks[0] as TextBlock;
  if (!title.text.includes(own)) {
    out.push({
      severity: 'error',
      code: 'unit_name',
      message: `报告标题“${title.text}”没有写明本单位名称“${own}”`,
      quote: title.text,
      span: [title.start, title.end],
    });
  } else if (analysis.unit && !sameUnit(analysis.unit, own)) {
    out.push({
      severity: 'error',
      code: 'unit_name',
      message: `从报告标题读出的单位为“${analysis.unit}”，与本单位“${own}”不一致`,
      quote: title.text,
      span: [title.start, title.end],
    });
  }
  const signature = map.blocks[map.blocks.length - 2] as TextBlock;
  if (!signature.text.includes(own)) {
    out.push({
      severity: 'error',
      code: 'unit_name',
      message: `落款单位“${signature.text}”不是本单位“${own}”`,
      quote: signature.text,
      span: [signature.start, signature.end],
    });
  }
  const names = [...new Set(otherUnitNames.map((n) => n.trim()))].filter(
    (n) => n && !sameUnit(n, own) && !own.includes(n),
  );
  for (const name of names) {
    for (const i of occurrences(map.text, name, own)) {
      const { where, paragraphId, part, sectionId } = located(map, i, i + name.length);
      out.push({
        severity: 'error',
        code: 'unit_name',
        message: `${where}出现了其他单位的名称“${name}”，请核实是否误用了其他单位的材料`,
        paragraphId,
        part: paragraphId ? undefined : part,
        sectionId: paragraphId ? undefined : sectionId,
        quote: name,
        span: [i, i + name.length],
      });
    }
  }
  return out;
}

/** 2024年，… at the start of a sentence: the year the sentence is about. */
const SENTENCE_YEAR = /(^|[。；！？])(20\d\d)年度?[，,]/g;

function yearChecks(doc: ReportDocument, map: ReportTextMap, analysis: AnalysisResult): CheckFinding[] {
  const out: CheckFinding[] = [];
  const year = doc.year;
  const title = map.blocks[0] as TextBlock;
  if (!title.text.includes(`${year}年`)) {
    out.push({
      severity: 'error',
      code: 'year',
      message: `报告标题“${title.text}”没有写明报告年度${year}年`,
      quote: title.text,
      span: [title.start, title.end],
    });
  } else if (analysis.report_year !== null && analysis.report_year !== year) {
    out.push({
      severity: 'error',
      code: 'year',
      message: `从报告标题读出的年度为${analysis.report_year}年，与报告年度${year}年不一致`,
      quote: title.text,
      span: [title.start, title.end],
    });
  }
  for (const b of map.blocks) {
    if (b.kind !== 'paragraph') continue;
    const expected = b.part === 'next_year_plan' ? year + 1 : year;
    for (const m of b.text.matchAll(SENTENCE_YEAR)) {
      const y = Number(m[2]);
      if (y === expected) continue;
      const start = b.start + (m.index ?? 0) + (m[1] ?? '').length;
      out.push({
        severity: 'error',
        code: 'year',
        message: `${describeBlock(b)}句首写成了${y}年，${b.part === 'next_year_plan' ? '下一年度工作安排' : '报告年度'}应为${expected}年`,
        paragraphId: b.paragraphId,
        quote: `${y}年`,
        span: [start, start + 5],
      });
    }
  }
  const plan = map.blocks.filter((b) => b.part === 'next_year_plan');
  const heading = plan.find((b) => b.kind === 'heading' && b.level === 1);
  if (heading && plan.some((b) => b.kind === 'paragraph')) {
    const text = plan.map((b) => b.text).join('\n');
    if (!text.includes(`${year + 1}年`)) {
      const onlyThisYear = text.includes(`${year}年`);
      out.push({
        severity: 'error',
        code: 'year',
        message: onlyThisYear
          ? `下一年度工作安排（“${heading.text}”）写的是${year}年，应为${year + 1}年`
          : `下一年度工作安排（“${heading.text}”）没有写明${year + 1}年`,
        part: 'next_year_plan',
        quote: heading.text,
        span: [heading.start, heading.end],
      });
    }
  }
  return out;
}

function fromDefect(map: ReportTextMap, d: Defect): CheckFinding | undefined {
  const kind = DEFECT_CODES[d.kind];
  // missing_section is read from analysis.sections in partChecks
  if (!kind || d.start === undefined || d.end === undefined) return undefined;
  const { b, where, paragraphId, part, sectionId } = located(map, d.start, d.end);
  // A document title in a paragraph composed from the ledgers is the record's own title (a 2025
  // decision amending 《…2024年度…方案》): the township cannot "correct" it, so it is only shown.
  const fromLedger = d.kind === 'year_mismatch' && b?.origin === 'data' && /^[《〈]/.test(d.quote);
  return {
    ...kind,
    ...(fromLedger ? { severity: 'warning' as const } : {}),
    message: `${where}：${d.message}`,
    paragraphId,
    part: paragraphId ? undefined : part,
    sectionId: paragraphId ? undefined : sectionId,
    quote: d.quote || undefined,
    span: [d.start, d.end],
  };
}
