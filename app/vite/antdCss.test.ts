import { describe, expect, it } from 'vitest';
import { trimCss, usedPrefixes } from './antdCss';
import { namedImports } from './chunks';

describe('trimCss', () => {
  const known = new Set(['btn', 'table', 'carousel', 'input', 'input-number']);
  const used = new Set(['btn', 'input']);

  it('drops the rules of unused components and keeps the rest as written', () => {
    const css = [
      '.ant-btn{color:red}',
      '.ant-carousel .ant-carousel-slick{display:block}',
      'html{margin:0}',
      '.ant-zoom-enter{opacity:0}',
      '.ant-table,.ant-btn-primary{color:blue}',
      '.ant-table-row:hover{background:gray}',
      '.ant-input-number-handler{width:1px}',
      '@keyframes antFade{0%{opacity:0}100%{opacity:1}}',
      '@media (max-width:575px){.ant-table{width:1px}.ant-btn{width:2px}}',
      '@media print{.ant-carousel{display:none}}',
      '.ant-btn::after{content:"}{"}',
    ].join('');
    expect(trimCss(css, used, known)).toBe(
      [
        '.ant-btn{color:red}',
        'html{margin:0}',
        // a class of no known component (motion) stays
        '.ant-zoom-enter{opacity:0}',
        // one selector of a used component keeps the whole rule
        '.ant-table,.ant-btn-primary{color:blue}',
        // `input` is used: its prefix covers input-number too, which over-keeps rather than drops
        '.ant-input-number-handler{width:1px}',
        '@keyframes antFade{0%{opacity:0}100%{opacity:1}}',
        '@media (max-width:575px){.ant-btn{width:2px}}',
        '.ant-btn::after{content:"}{"}',
      ].join(''),
    );
  });
});

describe('usedPrefixes', () => {
  it('follows the components a used one imports, and only those', () => {
    const index = {
      imports: new Map([
        ['table', new Set(['pagination', 'spin'])],
        ['pagination', new Set(['select'])],
        ['select', new Set<string>()],
        ['spin', new Set<string>()],
        ['carousel', new Set<string>()],
        ['date-picker', new Set<string>()],
      ]),
      prefixes: new Map([
        ['table', new Set(['table'])],
        ['pagination', new Set(['pagination'])],
        ['select', new Set(['select'])],
        ['spin', new Set(['spin'])],
        ['carousel', new Set(['carousel'])],
        ['date-picker', new Set(['picker'])],
      ]),
    };
    expect([...usedPrefixes(index, ['Table', 'DatePicker'])].sort()).toEqual([
      'pagination',
      'picker',
      'select',
      'spin',
      'table',
    ]);
  });
});

describe('namedImports', () => {
  it('reads the value names imported from a package, not types nor other packages', () => {
    const code = [
      "import { Card, Descriptions as D, type ThemeConfig } from 'antd';",
      "import type { TableProps } from 'antd';",
      "import { useQuery } from '@tanstack/react-query';",
      'import { DownOutlined } from "@ant-design/icons";',
    ].join('\n');
    expect(namedImports(code, 'antd')).toEqual(['Card', 'Descriptions']);
    expect(namedImports(code, '@ant-design/icons')).toEqual(['DownOutlined']);
  });
});
