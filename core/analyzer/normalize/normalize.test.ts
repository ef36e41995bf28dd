import { describe, expect, it } from 'vitest';
import { normalize, originalSpan } from './normalize';

describe('normalize', () => {
  it('re-joins lines broken at the page width, also inside numbers and words', () => {
    const lines = [
      '一、主要举措',
      '全年共组织开展各类法治宣传活动三十余场，发放各类资料约二',
      '',
      '千份，覆盖群众一万余人次，法治氛围进一步浓厚，群众满意。',
      '',
      '镇党委坚持把法治建设摆在重要位置，定期研究部署相关工作，',
      '',
      '推动形成齐抓共管格局，各项工作取得新进展新成效明显提升。',
      '',
      '同时组织干部参加各类专题培训，提升依法行政的意识和能力。',
      '',
      '建立健全工作机制，明确责任分工，确保各项任务落到实处好。',
      '',
      '二、存在的不足',
    ];
    const n = normalize(lines.join('\n'));
    // A line ending in 。 closes its paragraph; the others run on into the next line.
    expect(n.text.split('\n')).toHaveLength(6);
    expect(n.text).toContain('发放各类资料约二千份');
    expect(n.text).toContain('相关工作，推动形成');
  });

  it('folds full-width digits, drops spaces next to Chinese and maps back to the input', () => {
    const input = '２０２４ 年，全镇调处纠纷 ５６ 件,调解成功５０件。';
    const n = normalize(input);
    expect(n.text).toBe('2024年，全镇调处纠纷56件，调解成功50件。');
    const at = n.text.indexOf('56件');
    const span = originalSpan(n, at, at + 3);
    expect(span.quote).toBe('５６ 件');
    expect(input.slice(span.start, span.end)).toBe(span.quote);
  });

  it('splits at every line break kind, skips empty lines and folds 百分之百 in copied and folded lines', () => {
    const input =
      '第一段落结束了。\r\n\r\n第二段落结束了。\r第三段落结束了。\f第四段落结束了。\u2028' +
      '第五段落结束了。\u2029\n第六段，办结率百分之百。\n合格率百分之 百,优秀率90％。\n';
    const n = normalize(input);
    expect(n.text).toBe(
      '第一段落结束了。\n第二段落结束了。\n第三段落结束了。\n第四段落结束了。\n第五段落结束了。\n' +
        '第六段，办结率100%。\n合格率100%，优秀率90%。',
    );
    const fifth = n.text.indexOf('第五');
    expect(originalSpan(n, fifth, fifth + 2)).toEqual({
      quote: '第五',
      start: input.indexOf('第五'),
      end: input.indexOf('第五') + 2,
    });
    const folded = n.text.lastIndexOf('100%');
    const span = originalSpan(n, folded, folded + 4);
    expect(span.quote).toBe('百分之 百');
    expect(span.start).toBe(input.lastIndexOf('百分之 百'));
    expect(n.map[n.text.length]).toBe(input.length);
  });

  it('maps every offset back through its line as the full offset map does', () => {
    const input = [
      '示例镇２０２４年法治政府建设 年度报告',
      '',
      '- 2 -',
      '全年共组织开展各类法治宣传活动三十余场，发放资料约二',
      '千份 ， 覆盖群众一万余人次 ,办结率百分之 百 。',
      '（一）加强组织领导',
      'Windows 10 系统中，“法治”二字',
    ].join('\r\n');
    const lazy = normalize(input);
    const full = normalize(input);
    expect(full.map).toHaveLength(full.text.length + 1);
    for (let s = -1; s <= lazy.text.length + 1; s++) {
      for (const e of [s, s + 1, s + 3, lazy.text.length]) {
        expect(originalSpan(lazy, s, e)).toEqual(originalSpan(full, s, e));
      }
    }
    const at = lazy.text.indexOf('千份，');
    expect(originalSpan(lazy, at, at + 3).quote).toBe('千份 ，');
  });

  it('drops site metadata, page numbers and running headers', () => {
    const input = [
      '发布时间：2025-03-01 来源：某镇',
      '浏览次数：128',
      '某镇法治政府建设年度报告',
      '正文第一段。',
      '- 3 -',
      '第 2 页 共 5 页',
      '正文第二段。',
    ].join('\n');
    expect(normalize(input).text).toBe('某镇法治政府建设年度报告\n正文第一段。\n正文第二段。');
  });

  it('keeps a heading and the next paragraph apart', () => {
    const n = normalize('（一）加强组织领导\n镇党委高度重视法治建设，多次专题研究。');
    expect(n.text).toBe('（一）加强组织领导\n镇党委高度重视法治建设，多次专题研究。');
  });

  it('flags a text that stops mid-sentence', () => {
    expect(normalize('第一段。\n第二段写到一半').truncated).toBe(true);
    expect(normalize('第一段。\n某镇人民政府\n2025年1月5日').truncated).toBe(false);
  });
});
