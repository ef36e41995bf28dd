import { CATALOG } from '../core/indicators/catalog';
import type { FileAnalysis } from './analyzeFiles';

const SECTION_LABELS: Record<string, string> = {
  measures_and_results: '主要举措和成效',
  first_responsible_person: '第一责任人履职',
  shortcomings: '不足和原因',
  next_year_plan: '下一年度安排',
};
const names = new Map(CATALOG.map((d) => [d.key, d.name]));

/** The readable Chinese summary `npx fazhi analyze` prints without --json. */
export function analyzeSummary(r: FileAnalysis): string {
  if (r.error !== undefined) return `■ ${r.file}\n  无法读取：${r.error}\n`;
  const lines = [`■ ${r.file}`];
  lines.push(
    `  单位：${r.unit ?? '未识别'}（${r.level === 'township' ? '乡镇' : r.level === 'county' ? '县级' : '级别未知'}）  报告年度：${r.report_year ?? '未识别'}`,
  );
  lines.push(
    `  法定内容：${Object.entries(SECTION_LABELS)
      .map(([k, l]) => `${l}${(r.sections as Record<string, boolean>)[k] ? '✓' : '✗'}`)
      .join('  ')}`,
  );
  lines.push(`  指标 ${r.indicators.length} 项：`);
  for (const i of r.indicators)
    lines.push(
      `    ${names.get(i.key) ?? i.key}：${i.value}${i.approx ? '余' : ''}${i.unit}　「${i.quote.replace(/\s+/g, '')}」`,
    );
  lines.push(`  问题 ${r.defects.length} 处：`);
  for (const d of r.defects)
    lines.push(
      `    [${d.kind}${d.confidence ? `/${CONFIDENCE_WORDS[d.confidence]}` : ''}] ${d.message}　「${d.quote.replace(/\s+/g, '').slice(0, 40)}」`,
    );
  return `${lines.join('\n')}\n`;
}

/** docs/defects.md: how sure each finding is, in the reviewer's words. */
const CONFIDENCE_WORDS = { high: '把握大', medium: '需核实', low: '仅供参考' } as const;
