import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Builds a module as an entry of its own and runs it from index.html ahead of the main script,
 * so that it starts as soon as its own (small) imports are here instead of after the whole
 * application's code (app/src/boot.ts starts the first page's requests). The main script imports
 * it too, which in a build is that same chunk, run once; in development it is simply its first import.
 */
export function bootEntry(file: string, name = 'boot'): Plugin {
  let base = '/';
  return {
    name: 'fazhi:boot-entry',
    apply: 'build',
    config(config) {
      const root = path.resolve(config.root ?? process.cwd());
      const input = config.build?.rollupOptions?.input ?? path.join(root, 'index.html');
      const inputs: Record<string, string> =
        typeof input === 'string'
          ? { index: input }
          : Array.isArray(input)
            ? Object.fromEntries(input.map((f, i) => [String(i), f]))
            : input;
      return { build: { rollupOptions: { input: { ...inputs, [name]: path.resolve(root, file) } } } };
    },
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.isEntry && c.name === name,
        );
        if (!chunk) throw new Error(`boot entry ${name} (${file}) is missing from the bundle`);
        return [
          {
            tag: 'script',
            // async: run as soon as its own imports are here, neither after the document is parsed
            // nor after the stylesheets have loaded, as the main script (deferred, like every
            // module script) waits for
            attrs: { type: 'module', async: true, crossorigin: true, src: `${base}${chunk.fileName}` },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}
