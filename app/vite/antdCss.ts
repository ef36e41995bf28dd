import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { namedImports } from './chunks';

/** A component folder of antd's ES build (antd/es/<folder>) and the class prefixes its code asks for. */
interface AntdIndex {
  /** folder → folders of other components its modules import */
  imports: Map<string, Set<string>>;
  /** folder → prefixes passed to getPrefixCls (`btn` → `.ant-btn…`) */
  prefixes: Map<string, Set<string>>;
}

const IMPORT = /(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/g;
const PREFIX = /getPrefixCls\(\s*['"]([\w-]+)['"]/g;

function jsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? jsFiles(p) : e.name.endsWith('.js') ? [p] : [];
  });
}

/** Reads antd/es once: which component folder imports which, and each folder's class prefixes. */
export function indexAntd(esDir: string): AntdIndex {
  const imports = new Map<string, Set<string>>();
  const prefixes = new Map<string, Set<string>>();
  for (const e of fs.readdirSync(esDir, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const deps = new Set<string>();
    const own = new Set<string>();
    for (const file of jsFiles(path.join(esDir, e.name))) {
      const code = fs.readFileSync(file, 'utf8');
      // a component's style/ folder builds its CSS-in-JS (tokens), which the zero-runtime theme never runs
      const styleOnly = path.relative(esDir, file).split(path.sep)[1] === 'style';
      for (const m of styleOnly ? [] : code.matchAll(IMPORT)) {
        const target = path.relative(esDir, path.resolve(path.dirname(file), m[1] as string));
        const folder = target.split(path.sep)[0];
        if (folder && folder !== e.name && !folder.startsWith('..')) deps.add(folder);
      }
      for (const m of code.matchAll(PREFIX)) own.add(m[1] as string);
    }
    imports.set(e.name, deps);
    prefixes.set(e.name, own);
  }
  return { imports, prefixes };
}

/** antd's folder for a named export: `DatePicker` → `date-picker`. */
const folderOf = (name: string) => name.replace(/[A-Z]/g, (c, i: number) => (i ? '-' : '') + c.toLowerCase());

/** The value names the application's modules import from 'antd', read from its sources. */
export function antdNamesIn(srcDir: string): Set<string> {
  const names = new Set<string>();
  const files = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return files(p);
      return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
    });
  for (const file of files(srcDir))
    for (const name of namedImports(fs.readFileSync(file, 'utf8'), 'antd')) names.add(name);
  return names;
}

/** The class prefixes of the components the application uses and of those they render in turn. */
export function usedPrefixes(index: AntdIndex, names: Iterable<string>): Set<string> {
  const folders = new Set<string>();
  const todo = [...names].map(folderOf).filter((f) => index.imports.has(f));
  for (let f = todo.pop(); f !== undefined; f = todo.pop()) {
    if (folders.has(f)) continue;
    folders.add(f);
    for (const dep of index.imports.get(f) ?? []) todo.push(dep);
  }
  return new Set([...folders].flatMap((f) => [...(index.prefixes.get(f) ?? [])]));
}

/** Top-level blocks of a stylesheet: `selector{…}` or `@rule …{…}` (strings and comments respected). */
function blocks(css: string): { head: string; body: string }[] {
  const out: { head: string; body: string }[] = [];
  let i = 0;
  while (i < css.length) {
    let headEnd = i;
    while (headEnd < css.length && css[headEnd] !== '{' && css[headEnd] !== ';') headEnd = skip(css, headEnd);
    if (headEnd >= css.length) break;
    if (css[headEnd] === ';') {
      // a statement at-rule (@import, @charset)
      out.push({ head: css.slice(i, headEnd + 1), body: '' });
      i = headEnd + 1;
      continue;
    }
    let depth = 0;
    let j = headEnd;
    for (; j < css.length; j = skip(css, j)) {
      if (css[j] === '{') depth++;
      else if (css[j] === '}' && --depth === 0) break;
    }
    out.push({ head: css.slice(i, headEnd), body: css.slice(headEnd + 1, j) });
    i = j + 1;
  }
  return out;
}

/** The index after the character (or the whole string or comment) at `i`. */
function skip(css: string, i: number): number {
  const c = css[i];
  if (c === '"' || c === "'") {
    let j = i + 1;
    while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  if (c === '/' && css[i + 1] === '*') {
    const end = css.indexOf('*/', i + 2);
    return end < 0 ? css.length : end + 2;
  }
  return i + 1;
}

/**
 * antd's prebuilt stylesheet less the rules of components the application never renders: a rule
 * goes only when each of its selectors names a class of a known component prefix (`.ant-table…`)
 * and none of them a used one. Anything else — the reset, motion classes (`.ant-zoom…`),
 * keyframes, rules naming a used component — stays.
 */
export function trimCss(css: string, used: Set<string>, known: Set<string>): string {
  const owner = (cls: string, set: Set<string>) => {
    for (const p of set) if (cls === `ant-${p}` || cls.startsWith(`ant-${p}-`)) return true;
    return false;
  };
  const keepSelector = (selector: string) => {
    const classes = [...selector.matchAll(/\.(ant-[\w-]+)/g)].map((m) => m[1] as string);
    if (classes.length === 0) return true;
    if (classes.some((c) => owner(c, used))) return true;
    return !classes.some((c) => owner(c, known));
  };
  return blocks(css)
    .map(({ head, body }) => {
      const h = head.trim();
      if (h.startsWith('@media') || h.startsWith('@supports') || h.startsWith('@layer')) {
        const inner = trimCss(body, used, known);
        return inner.trim() ? `${head}{${inner}}` : '';
      }
      if (h.startsWith('@') || body === '') return body === '' && h.endsWith(';') ? head : `${head}{${body}}`;
      const selectors = h.split(/,(?![^(]*\))/);
      return selectors.some(keepSelector) ? `${head}{${body}}` : '';
    })
    .join('');
}

/**
 * Trims `antd/dist/antd.css` (imported by main.tsx; the theme runs antd without run-time styles) to
 * the components the application imports from antd and those they render (issue 17: the whole file
 * is ~960 KB the browser parses before the first page). The names come from the sources, so the
 * output, and with it the asset's content hash, follows them. In development nothing changes.
 */
export function antdCss(options: { srcDir: string; antdDir: string }): Plugin {
  let index: AntdIndex | undefined;
  return {
    name: 'fazhi:antd-css',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]antd[\\/]dist[\\/]antd\.css$/.test(id.split('?')[0] ?? '')) return null;
      index ??= indexAntd(path.join(options.antdDir, 'es'));
      const known = new Set([...index.prefixes.values()].flatMap((s) => [...s]));
      const used = usedPrefixes(index, antdNamesIn(options.srcDir));
      return { code: trimCss(code, used, known), map: null };
    },
  };
}
