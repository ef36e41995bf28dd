import fs from 'node:fs/promises';
import path from 'node:path';
import { analyzeText } from '../core/analyzer/analyzeText';
import type { AnalysisResult } from '../core/analyzer/types';
import { readReport } from './io/readReport';

export type FileAnalysis = (AnalysisResult & { file: string; error?: undefined }) | EmptyResult;

interface EmptyResult {
  file: string;
  error: string;
  unit: null;
  level: 'unknown';
  report_year: null;
  sections: Record<string, never>;
  indicators: [];
  defects: [];
}

/**
 * `npx fazhi analyze`: reads each file, analyzes it, and adds passages shared
 * between files of the batch as `duplicated_text` defects. A file that cannot
 * be read still gets an object, with its Chinese error.
 */
export async function analyzeFiles(files: string[]): Promise<FileAnalysis[]> {
  const out: FileAnalysis[] = [];
  const texts: { id: string; unit: string; year: number | null; text: string }[] = [];
  for (const file of files) {
    let data: Uint8Array;
    try {
      data = new Uint8Array(await fs.readFile(file));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      out.push(
        empty(
          file,
          code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个目录，不是文件' : '无法读取文件',
        ),
      );
      continue;
    }
    const read = await readReport({ name: path.basename(file), data });
    if ('error' in read) {
      out.push(empty(file, read.error));
      continue;
    }
    const result = analyzeText(read.text, { file });
    out.push({ ...result, file });
    texts.push({
      id: String(out.length - 1),
      unit: result.unit ?? '',
      year: result.report_year,
      text: read.text,
    });
  }
  if (texts.length > 1) {
    // loaded only when there is something to compare: one file's analysis does not build
    // copy detection's tables at start-up
    const { findCopies } = await import('../core/analyzer/copyDetection/findCopies');
    for (const p of findCopies(texts).pairs) {
      for (const [self, other] of [
        [p.a, p.b],
        [p.b, p.a],
      ] as const) {
        const target = out[Number(self.id)];
        const source = out[Number(other.id)];
        if (!target || target.error !== undefined || !source) continue;
        target.defects.push({
          kind: 'duplicated_text',
          quote: self.quote,
          start: self.start,
          end: self.end,
          message: `与《${path.basename(source.file)}》${source.unit ? `（${source.unit}）` : ''}有 ${p.length} 字内容雷同`,
          confidence: copyConfidence(p.length),
        });
      }
    }
  }
  return out;
}

/**
 * How sure a shared passage is a copy, by its identical characters. One sentence of the
 * year's stock formulas (坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大…精神，
 * 深入学习贯彻习近平法治思想 is about 50) is written alike by reports that never saw each other,
 * and a small batch has too few reports to count it as common wording: below a paragraph's
 * length it is a hint. A whole paragraph (300+) is rarely written alike by chance.
 */
export const COPY_SHOWN_MIN_CHARS = 100;
const COPY_SURE_CHARS = 300;
function copyConfidence(length: number): 'high' | 'medium' | 'low' {
  return length >= COPY_SURE_CHARS ? 'high' : length >= COPY_SHOWN_MIN_CHARS ? 'medium' : 'low';
}

function empty(file: string, error: string): EmptyResult {
  return {
    file,
    error,
    unit: null,
    level: 'unknown',
    report_year: null,
    sections: {},
    indicators: [],
    defects: [],
  };
}
