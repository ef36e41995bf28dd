import { analyzeFiles } from './analyzeFiles';

/**
 * `fazhi analyze [--json] FILE…`, on its own entry point: bin/fazhi.mjs loads this module
 * alone for `analyze`, so reading one report does not start-up the server's database, web
 * framework and their packages (about a second of the command's wall time).
 */
export async function main(argv: string[]): Promise<number> {
  const files = argv.slice(1).filter((a) => a !== '--json');
  if (files.length === 0) {
    console.error('请指定要分析的文件 / no files given');
    return 2;
  }
  const results = await analyzeFiles(files);
  if (argv.includes('--json')) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else {
    const { analyzeSummary } = await import('./analyzeSummary');
    for (const r of results) process.stdout.write(analyzeSummary(r));
  }
  return results.some((r) => r.error !== undefined) ? 1 : 0;
}
