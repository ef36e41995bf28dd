import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { bootEntry } from './bootEntry';
import { FIRST_LOAD_FILE, firstLoadChunks, firstLoadManifest } from './chunks';

/**
 * A tiny app built for real: boot (its own small graph), a layout of three modules, a page that
 * shares one module with another page, and both pages loaded lazily.
 */
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-chunks-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const write = (f: string, code: string) => fs.writeFileSync(path.join(root, f), code);
write(
  'index.html',
  '<!doctype html><html><head><title>t</title></head><body><script type="module" src="/main.js"></script></body></html>',
);
write('shared.js', "export const started = ['BOOT_SHARED'];\n");
write(
  'boot.js',
  "import { started } from './shared.js';\nstarted.push('BOOT_MARKER');\nexport const early = started;\n",
);
write('layoutA.js', "export const a = () => 'LAYOUT_A';\n");
write('layoutB.js', "import { a } from './layoutA.js';\nexport const b = () => a() + 'LAYOUT_B';\n");
write('widget.js', "export const widget = () => 'WIDGET';\n");
write(
  'workbench.js',
  "import { widget } from './widget.js';\nimport { b } from './layoutB.js';\nexport const page = () => widget() + b() + 'WORKBENCH';\n",
);
write('other.js', "import { widget } from './widget.js';\nexport const page = () => widget() + 'OTHER';\n");
write(
  'main.js',
  [
    "import { early } from './boot.js';",
    "import { b } from './layoutB.js';",
    "console.log(early, b(), 'MAIN_MARKER');",
    "globalThis.pages = { workbench: () => import('./workbench.js'), other: () => import('./other.js') };",
  ].join('\n'),
);

describe('firstLoadChunks and firstLoadManifest (Vite build plugins)', () => {
  it('puts the layout in one chunk, the 工作台 in another, keeps boot apart, and lists the 工作台 for the server', {
    timeout: 60_000,
  }, async () => {
    const outDir = path.join(root, 'dist');
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [bootEntry('boot.js'), firstLoadManifest()],
      build: {
        outDir,
        emptyOutDir: true,
        minify: false,
        rolldownOptions: {
          output: {
            codeSplitting: firstLoadChunks(root, {
              main: 'main.js',
              boot: 'boot.js',
              workbench: 'workbench.js',
            }),
          },
        },
      },
    });
    const assets = fs.readdirSync(path.join(outDir, 'assets'));
    const code = (prefix: string) => {
      const f = assets.find((a) => a.startsWith(`${prefix}-`) && a.endsWith('.js'));
      if (!f) throw new Error(`no ${prefix} chunk among ${assets.join(' ')}`);
      return { file: f, text: fs.readFileSync(path.join(outDir, 'assets', f), 'utf8') };
    };
    const [boot, shell, workbench] = [code('boot'), code('shell'), code('workbench')];
    // boot holds its own graph and imports nothing of the layout
    expect(boot.text).toContain('BOOT_MARKER');
    expect(boot.text).toContain('BOOT_SHARED');
    expect(boot.text).not.toContain('shell-');
    // the layout's modules together, without boot's
    expect(shell.text).toContain('LAYOUT_A');
    expect(shell.text).toContain('LAYOUT_B');
    expect(shell.text).not.toContain('BOOT_MARKER');
    // the 工作台 with what it alone brings beyond the layout (here the widget it shares with another page)
    expect(workbench.text).toContain('WORKBENCH');
    expect(workbench.text).toContain('WIDGET');
    expect(workbench.text).not.toContain('LAYOUT_A');
    expect(workbench.text).not.toContain('OTHER');
    const manifest = JSON.parse(fs.readFileSync(path.join(outDir, FIRST_LOAD_FILE), 'utf8'));
    expect(manifest).toEqual({ dashboard: { scripts: [`/assets/${workbench.file}`], styles: [] } });
  });
});
