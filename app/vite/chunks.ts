import path from 'node:path';
import type { Plugin } from 'vite';

/** What rolldown tells a chunk group's name function about a module (the fields used here). */
interface GraphInfo {
  code: string | null;
  importedIds: readonly string[];
}
interface ChunkingContext {
  getModuleInfo(id: string): GraphInfo | null;
}

/** Packages whose index only re-exports one module per component: followed name by name, not whole. */
const BARRELS = [
  {
    index: /[\\/]node_modules[\\/]antd[\\/]es[\\/]index\.js$/,
    from: 'antd',
    file: (n: string) => `${kebab(n)}/index.js`,
  },
  {
    index: /[\\/]node_modules[\\/]@ant-design[\\/]icons[\\/]es[\\/]index\.js$/,
    from: '@ant-design/icons',
    file: (n: string) => `icons/${n}.js`,
  },
];
const kebab = (name: string) => name.replace(/[A-Z]/g, (c, i: number) => (i ? '-' : '') + c.toLowerCase());

/** The names a module imports (values, not types) from a package: `import { A, B as C } from 'pkg'`. */
export function namedImports(code: string, from: string): string[] {
  const names: string[] = [];
  const quoted = from.replace(/[/]/g, '\\/');
  const re = new RegExp(`import\\s+(?!type\\b)\\{([^}]*)\\}\\s*from\\s*['"]${quoted}['"]`, 'g');
  for (const m of code.matchAll(re))
    for (const part of (m[1] ?? '').split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)[0]
        ?.trim();
      if (name && !name.startsWith('type ')) names.push(name);
    }
  return names;
}

/**
 * Every module `from` imports statically, directly or not, itself included — as far as the code
 * uses it: the module graph lists every component behind antd's (and the icons') index, which
 * tree-shaking drops, so an index is not followed; the components the application's own modules
 * name in their imports from it are.
 */
function staticGraph(from: string, ctx: ChunkingContext): Set<string> {
  const seen = new Set<string>();
  const todo = [from];
  for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    const info = ctx.getModuleInfo(id);
    if (!info) continue;
    const own = !/[\\/]node_modules[\\/]/.test(id);
    for (const dep of info.importedIds) {
      const barrel = BARRELS.find((b) => b.index.test(dep));
      if (!barrel) {
        if (!seen.has(dep)) todo.push(dep);
        continue;
      }
      if (!own || !info.code) continue;
      for (const name of namedImports(info.code, barrel.from)) {
        const file = path.join(path.dirname(dep), barrel.file(name));
        if (ctx.getModuleInfo(file)) todo.push(file);
      }
    }
  }
  return seen;
}

/**
 * The first load's chunks (issue 17): without a plan, rolldown cuts the code every page shares into
 * one chunk per shared set of modules — ~38 scripts on the 工作台's first load, queued six at a time
 * on the browser's HTTP/1.1 connections. Here:
 * - the boot entry's own graph (`boot`) stays the small chunk it is, so that it still starts the first
 *   requests before the rest of the code is here (bootEntry.ts);
 * - `shell`: everything else the main entry imports statically — what every page of the layout needs;
 * - `workbench`: what the 工作台 page imports statically beyond the shell (its antd components too);
 * - every other page and what it alone needs stays lazy, chunked as rolldown sees fit (the chart's
 *   echarts is imported dynamically by the 工作台 and so is not in `workbench`).
 * Captured modules' dependencies are not added to a group (`includeDependenciesRecursively: false`):
 * the boot graph is closed under static imports, so neither group imports a module that imports it back.
 */
export function firstLoadChunks(root: string, files: { main: string; boot: string; workbench: string }) {
  const abs = (f: string) => path.resolve(root, f);
  const [main, boot, workbench] = [abs(files.main), abs(files.boot), abs(files.workbench)];
  // rolldown runs the name functions within one chunking pass; the graphs are computed once per pass
  let graphs: { ctx: ChunkingContext; boot: Set<string>; shell: Set<string>; workbench: Set<string> } | null =
    null;
  const graphsOf = (ctx: ChunkingContext) => {
    if (graphs?.ctx !== ctx) {
      const bootGraph = staticGraph(boot, ctx);
      const shell = new Set([...staticGraph(main, ctx)].filter((id) => !bootGraph.has(id)));
      const page = [...staticGraph(workbench, ctx)].filter((id) => !bootGraph.has(id) && !shell.has(id));
      graphs = { ctx, boot: bootGraph, shell, workbench: new Set(page) };
    }
    return graphs;
  };
  return {
    groups: [
      {
        debugName: 'shell',
        name: (id: string, ctx: ChunkingContext) => (graphsOf(ctx).shell.has(id) ? 'shell' : null),
        includeDependenciesRecursively: false,
        priority: 2,
      },
      {
        debugName: 'workbench',
        name: (id: string, ctx: ChunkingContext) => (graphsOf(ctx).workbench.has(id) ? 'workbench' : null),
        includeDependenciesRecursively: false,
        priority: 1,
      },
    ],
  };
}

/** Where the build lists the 工作台's own chunks for the server's Link header (server/http/shellPreload.ts). */
export const FIRST_LOAD_FILE = 'first-load.json';

/**
 * Writes `first-load.json` beside index.html: the URLs of the 工作台's chunk (the `workbench` group)
 * and its stylesheet, which the index page does not list (it is the same for every page). The server
 * names them in the 工作台's Link header, so they load from the first byte of the answer instead of
 * once boot.ts has run and imports the page.
 */
export function firstLoadManifest(group = 'workbench'): Plugin {
  let base = '/';
  return {
    name: 'fazhi:first-load-manifest',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const chunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.name === group);
      if (chunk?.type !== 'chunk')
        throw new Error(
          `chunk group ${group} is missing from the bundle: ${Object.values(bundle)
            .map((c) => (c.type === 'chunk' ? `${c.name}:${c.fileName}` : ''))
            .join(' ')}`,
        );
      const css = [...(chunk.viteMetadata?.importedCss ?? [])];
      const manifest = {
        dashboard: { scripts: [`${base}${chunk.fileName}`], styles: css.map((f) => `${base}${f}`) },
      };
      this.emitFile({ type: 'asset', fileName: FIRST_LOAD_FILE, source: `${JSON.stringify(manifest)}\n` });
    },
  };
}
