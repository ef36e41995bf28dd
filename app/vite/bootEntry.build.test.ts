import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { bootEntry } from './bootEntry';

/** A tiny app built for real: main.js imports boot.js, which must also run on its own, first. */
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-boot-entry-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
fs.writeFileSync(
  path.join(root, 'index.html'),
  '<!doctype html><html><head><title>t</title></head><body><script type="module" src="/main.js"></script></body></html>',
);
fs.writeFileSync(path.join(root, 'shared.js'), 'export const started = [];\n');
fs.writeFileSync(
  path.join(root, 'boot.js'),
  "import { started } from './shared.js';\nstarted.push('BOOT_MARKER');\nexport const early = started;\n",
);
fs.writeFileSync(
  path.join(root, 'main.js'),
  `import { early } from './boot.js';\nimport { started } from './shared.js';\nconsole.log(early === started, ${JSON.stringify('MAIN_MARKER'.repeat(50))});\n`,
);

describe('bootEntry (Vite build plugin)', () => {
  it('runs the boot module from index.html ahead of the main script, as one chunk both use', {
    timeout: 60_000,
  }, async () => {
    const outDir = path.join(root, 'dist');
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [bootEntry('boot.js')],
      build: { outDir, emptyOutDir: true },
    });
    const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
    const scripts = [
      ...html.matchAll(/<script type="module"( async)? crossorigin src="\/(assets\/[^"]+\.js)"><\/script>/g),
    ];
    expect(scripts).toHaveLength(2);
    // boot runs as soon as its own code is here (async); the main script keeps document order (deferred)
    expect(scripts.map((m) => Boolean(m[1]))).toEqual([true, false]);
    const [boot, main] = scripts.map((m) => m[2] as string) as [string, string];
    expect(boot).toMatch(/^assets\/boot-[\w-]+\.js$/);
    const bootCode = fs.readFileSync(path.join(outDir, boot), 'utf8');
    const mainCode = fs.readFileSync(path.join(outDir, main), 'utf8');
    expect(bootCode).toContain('BOOT_MARKER');
    expect(mainCode).toContain('MAIN_MARKER');
    // main imports the boot chunk rather than a copy of it, so boot runs once
    expect(mainCode).not.toContain('BOOT_MARKER');
    expect(mainCode).toContain(`./${path.basename(boot)}`);
  });
});
