/**
 * What the analyzer's generated word data is built from (gen-homophones.ts, gen-words.ts): the
 * characters in common use and the installed jieba dictionary.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** GB 2312's first level (3,755 characters, rows 16–55): the characters in common use. */
export function gb2312Level1(): Set<string> {
  const dec = new TextDecoder('gb18030');
  const out = new Set<string>();
  for (let hi = 0xb0; hi <= 0xd7; hi++)
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const c = dec.decode(new Uint8Array([hi, lo]));
      if (/^[\u4e00-\u9fa5]$/.test(c)) out.add(c);
    }
  return out;
}

/** The lines of @node-rs/jieba's dictionary (word, frequency, part of speech). */
export function jiebaDictLines(): string[] {
  const require = createRequire(import.meta.url);
  const dictPath = join(require.resolve('@node-rs/jieba/package.json'), '..', 'dict.txt');
  return readFileSync(dictPath, 'utf8').split('\n');
}
