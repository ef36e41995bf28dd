import { describe, expect, it } from 'vitest';
import { cleanReport, fig, LEDGER, txt } from './checks/fixtures';
import { bindFigures, refreshFigures, staleFigures } from './figureBinding';
import type { FigureToken, ReportDocument, Segment } from './model';
import { paragraphText, segmentText } from './render';

const lectures = fig({ key: 'study.lectures', value: 12, measure: '场' });
const events = fig({ key: 'publicity.events', value: 12, measure: '场' });
const materials = fig({ key: 'publicity.materials', value: 3256, measure: '份', style: '余' });
const OLD: Segment[] = [
  txt('举办法治讲座'),
  lectures,
  txt('，开展普法活动'),
  events,
  txt('，发放资料'),
  materials,
  txt('。'),
];
const text = (segs: Segment[]) => segs.map(segmentText).join('');
const keys = (segs: Segment[]) => segs.filter((s): s is FigureToken => s.t === 'figure').map((s) => s.key);

describe('bindFigures', () => {
  it('keeps every token of unchanged text', () => {
    expect(text(OLD)).toBe('举办法治讲座12场，开展普法活动12场，发放资料3200余份。');
    expect(bindFigures(OLD, text(OLD))).toEqual(OLD);
  });

  it('turns an edited figure into text and keeps the others, also with the same rendering twice', () => {
    const first = bindFigures(OLD, '举办法治讲座13场，开展普法活动12场，发放资料3200余份。');
    expect(first).toEqual([
      txt('举办法治讲座13场，开展普法活动'),
      events,
      txt('，发放资料'),
      materials,
      txt('。'),
    ]);
    const second = bindFigures(OLD, '举办法治讲座12场，开展普法活动14场，发放资料3200余份。');
    expect(keys(second)).toEqual(['study.lectures', 'publicity.materials']);
    expect(text(second)).toBe('举办法治讲座12场，开展普法活动14场，发放资料3200余份。');
  });

  it('drops a token the township glued a digit to, or changed inside', () => {
    expect(keys(bindFigures(OLD, '举办法治讲座112场，开展普法活动12场，发放资料3200余份。'))).toEqual([
      'publicity.events',
      'publicity.materials',
    ]);
    expect(keys(bindFigures(OLD, '举办法治讲座12场，开展普法活动12场，发放资料3200多份。'))).toEqual([
      'study.lectures',
      'publicity.events',
    ]);
    expect(keys(bindFigures(OLD, '举办法治讲座12场，开展普法活动12场，发放资料3200.5余份。'))).toEqual([
      'study.lectures',
      'publicity.events',
    ]);
  });

  it('keeps tokens across inserted text', () => {
    const edited =
      '全年举办法治讲座12场（其中线上3场），深入村组开展普法活动12场，累计发放资料3200余份，反响良好。';
    const out = bindFigures(OLD, edited);
    expect(keys(out)).toEqual(['study.lectures', 'publicity.events', 'publicity.materials']);
    expect(text(out)).toBe(edited);
    expect(out.filter((s) => s.t === 'text').map((s) => segmentText(s))).toContain(
      '（其中线上3场），深入村组开展普法活动',
    );
  });

  it('keeps the remaining tokens when a clause with a repeated figure is deleted', () => {
    const out = bindFigures(OLD, '开展普法活动12场，发放资料3200余份。');
    expect(out).toEqual([txt('开展普法活动'), events, txt('，发放资料'), materials, txt('。')]);
    const out2 = bindFigures(OLD, '举办法治讲座12场，发放资料3200余份。');
    expect(out2).toEqual([txt('举办法治讲座'), lectures, txt('，发放资料'), materials, txt('。')]);
  });

  it('keeps order when the township swaps two clauses', () => {
    const out = bindFigures(OLD, '开展普法活动12场，举办法治讲座12场，发放资料3200余份。');
    // both renderings survive, but only one can keep its place in order: the text stays exact
    expect(text(out)).toBe('开展普法活动12场，举办法治讲座12场，发放资料3200余份。');
    expect(keys(out)).toHaveLength(2);
    expect(keys(out)).toContain('publicity.materials');
  });

  it('handles empty text and text without figures', () => {
    expect(bindFigures(OLD, '')).toEqual([]);
    expect(bindFigures([], '全年未发生行政诉讼。')).toEqual([txt('全年未发生行政诉讼。')]);
    expect(bindFigures(OLD, '本段改为文字说明。')).toEqual([txt('本段改为文字说明。')]);
  });

  it('is deterministic', () => {
    const edited = '举办讲座12场，开展活动12场，又12场，发放资料3200余份。';
    expect(bindFigures(OLD, edited)).toEqual(bindFigures(OLD, edited));
  });
});

describe('refreshFigures and staleFigures', () => {
  const values = {
    ...LEDGER,
    'leadership.meetings': { value: 5 },
    'enforcement.cases': { value: null },
    'dispute.resolved': { value: 121 },
    'dispute.success_rate': { value: 94.53, numerator: 121, denominator: 128 },
  };

  it('lists what changed without changing the report', () => {
    const doc = cleanReport();
    const before = JSON.stringify(doc);
    expect(staleFigures(doc, values)).toEqual([
      { paragraphId: 'p-lead', key: 'leadership.meetings', from: 4, to: 5 },
      { paragraphId: 'p-enf', key: 'enforcement.cases', from: 7, to: null },
      { paragraphId: 'p-disp', key: 'dispute.resolved', from: 120, to: 121 },
      { paragraphId: 'p-disp', key: 'dispute.success_rate', from: 93.75, to: 94.53 },
    ]);
    expect(JSON.stringify(doc)).toBe(before);
    expect(staleFigures(doc, LEDGER)).toEqual([]);
    expect(staleFigures(doc, {})).toEqual([]);
  });

  it('replaces values by current ones, keeping a value the ledgers no longer give', () => {
    const original = cleanReport();
    const { doc, changed } = refreshFigures(original, values);
    expect(changed).toHaveLength(4);
    const text = (d: ReportDocument, id: string) => {
      const p = d.parts.flatMap((x) => x.sections.flatMap((s) => s.paragraphs)).find((q) => q.id === id);
      return p ? paragraphText(p) : '';
    };
    expect(text(doc, 'p-lead')).toContain('专题会议5次');
    expect(text(doc, 'p-enf')).toContain('违法案件7件');
    expect(text(doc, 'p-disp')).toBe(
      '镇村两级人民调解组织排查调处矛盾纠纷128件，调解成功121件，调解成功率94.5%。',
    );
    const rate = doc.parts[0]?.sections[3]?.paragraphs[0]?.segments.find(
      (s): s is FigureToken => s.t === 'figure' && s.key === 'dispute.success_rate',
    );
    expect(rate).toMatchObject({ value: 94.53, numerator: 121, denominator: 128 });
    expect(text(original, 'p-lead')).toContain('专题会议4次');
    expect(staleFigures(doc, values).map((c) => c.key)).toEqual(['enforcement.cases']);
  });
});
