import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { MIN_SIZE, precompress } from './precompress';

/** A tiny app, built for real with the plugin: a page, a lazily loaded module, a stylesheet. */
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-precompress-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const big = (name: string) => Array.from({ length: 400 }, (_, i) => `${name}${i}`);
fs.writeFileSync(
  path.join(root, 'index.html'),
  '<!doctype html><html><head><title>t</title></head><body><div id="root"></div><script type="module" src="/main.js"></script></body></html>',
);
fs.writeFileSync(
  path.join(root, 'main.js'),
  `import './style.css';\nconsole.log(${JSON.stringify(big('main'))});\nimport('./chart.js').then((m) => m.draw());\n`,
);
fs.writeFileSync(
  path.join(root, 'chart.js'),
  `export function draw() { return ${JSON.stringify(big('chart'))}; }\n`,
);
fs.writeFileSync(
  path.join(root, 'style.css'),
  big('.c')
    .map((c) => `${c} { color: red; }`)
    .join('\n'),
);

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

describe('precompress (Vite build plugin)', () => {
  it('writes a .br and a .gz copy beside every output file worth compressing', {
    timeout: 60_000,
  }, async () => {
    const outDir = path.join(root, 'dist');
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [precompress()],
      build: { outDir, emptyOutDir: true },
    });
    const files = walk(outDir).filter((f) => !/\.(br|gz)$/.test(f));
    const kinds = files.map((f) => path.extname(f)).sort();
    expect(kinds).toEqual(['.css', '.html', '.js', '.js']); // the page, its stylesheet, the entry and the lazy chunk
    for (const file of files) {
      const original = fs.readFileSync(file);
      if (original.length < MIN_SIZE) {
        expect(fs.existsSync(`${file}.br`), file).toBe(false);
        continue;
      }
      const br = fs.readFileSync(`${file}.br`);
      const gz = fs.readFileSync(`${file}.gz`);
      expect(br.length, file).toBeLessThan(original.length);
      expect(gz.length, file).toBeLessThan(original.length);
      expect(zlib.brotliDecompressSync(br).equals(original), file).toBe(true);
      expect(zlib.gunzipSync(gz).equals(original), file).toBe(true);
    }
    // every JS and CSS file here is big enough to be compressed; index.html is too small
    expect(files.filter((f) => /\.(js|css)$/.test(f)).every((f) => fs.existsSync(`${f}.br`))).toBe(true);
  });
});
