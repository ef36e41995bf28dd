/**
 * Reading rates of the report readers on generated files: .docx (built with the
 * `docx` package like a real report) and .pdf (hand-built text layer, Chinese).
 * Usage: npx tsx bench/readers.ts [files=50] [chars=10000]
 * Files are read one after another, as an upload handler would; figures are files/s and MB/s of input.
 */
import { seededRandom, syntheticReport } from '../core/analyzer/copyDetection/syntheticReports';
import { readReport } from '../server/io/readReport';
import { makeDocx } from '../server/io/testFixtures/makeDocx';
import { makePdf } from '../server/io/testFixtures/makePdf';

const FILES = Number(process.argv[2] ?? 50);
const CHARS = Number(process.argv[3] ?? 10_000);
const rng = seededRandom(11);
const reports = Array.from({ length: FILES }, (_, i) =>
  syntheticReport(rng, CHARS, `示例镇${i}年度法治政府建设工作报告`),
);

async function measure(label: string, files: { name: string; data: Uint8Array }[]) {
  // One warm-up read loads mammoth / pdf.js and JIT-compiles the hot paths.
  await readReport(files[0] as { name: string; data: Uint8Array });
  const bytes = files.reduce((n, f) => n + f.data.length, 0);
  const t = performance.now();
  let chars = 0;
  for (const f of files) {
    const r = await readReport(f);
    if ('error' in r) throw new Error(`${f.name}: ${r.error}`);
    chars += r.text.length;
  }
  const s = (performance.now() - t) / 1000;
  console.log(
    `${label}: ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB, ${(chars / 1e6).toFixed(2)} M chars read in ${s.toFixed(2)} s → ` +
      `${(files.length / s).toFixed(1)} files/s, ${(bytes / 1e6 / s).toFixed(2)} MB/s, ${(chars / 1e6 / s).toFixed(2)} M chars/s`,
  );
}

const docx = await Promise.all(
  reports.map(async (text, i) => {
    const [title = '', ...paragraphs] = text.split('\n');
    return { name: `r${i}.docx`, data: await makeDocx({ title, paragraphs, footer: `— ${i} —` }) };
  }),
);
await measure('docx (mammoth, after zip check)', docx);

const pdf = reports.map((text, i) => ({ name: `r${i}.pdf`, data: makePdf([{ lines: text.split('\n') }]) }));
await measure('pdf (unpdf text layer)', pdf);

const txt = reports.map((text, i) => ({ name: `r${i}.txt`, data: new TextEncoder().encode(text) }));
await measure('txt (UTF-8)', txt);
