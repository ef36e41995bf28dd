import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Text the browser downloads; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|xml|wasm)$/i;
/** Below this a compressed copy saves less than its headers cost. */
export const MIN_SIZE = 1024;

export interface Compressed {
  file: string;
  size: number;
  br: number | null;
  gz: number | null;
}

/** Writes `file.br` and `file.gz` next to a file, each only when smaller than the file itself. */
export async function precompressFile(file: string): Promise<Compressed> {
  const data = await fs.readFile(file);
  const result: Compressed = { file, size: data.length, br: null, gz: null };
  if (!COMPRESSIBLE.test(file) || data.length < MIN_SIZE) return result;
  const [br, gz] = await Promise.all([
    brotli(data, {
      params: {
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    gzip(data, { level: zlib.constants.Z_BEST_COMPRESSION }),
  ]);
  // a copy that does not save anything is left out: the server then sends the file itself
  if (br.length < data.length) {
    await fs.writeFile(`${file}.br`, br);
    result.br = br.length;
  }
  if (gz.length < data.length) {
    await fs.writeFile(`${file}.gz`, gz);
    result.gz = gz.length;
  }
  return result;
}

/**
 * A build-only plugin: once the bundle is written, each compressible output file gets a Brotli
 * and a gzip copy beside it, which the server sends to browsers that accept them
 * (@fastify/static `preCompressed`), so nothing is compressed per request.
 */
export function precompress(): Plugin {
  return {
    name: 'fazhi:precompress',
    apply: 'build',
    writeBundle: {
      order: 'post',
      sequential: true,
      async handler(options, bundle) {
        const dir = options.dir ?? path.dirname(options.file ?? '');
        await Promise.all(Object.keys(bundle).map((name) => precompressFile(path.join(dir, name))));
      },
    },
  };
}
