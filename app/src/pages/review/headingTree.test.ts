import { expect, it } from 'vitest';
import type { Heading } from '../../../../core/analyzer/types';
import { buildHeadingTree, type HeadingNode } from './headingTree';

const h = (level: Heading['level'], text: string): Heading => ({ level, number: 1, text, start: 0, end: 1 });
const shape = (nodes: HeadingNode[]): unknown[] =>
  nodes.map((n) => (n.children.length ? [n.heading.text, shape(n.children)] : n.heading.text));

it('nests headings by level, skipping levels gracefully', () => {
  const tree = buildHeadingTree([
    h(3, '1.前言'),
    h(1, '一、主要举措'),
    h(2, '（一）学法'),
    h(4, '（1）讲座'),
    h(2, '（二）普法'),
    h(1, '二、存在的不足'),
    h(3, '1.不足一'),
  ]);
  expect(shape(tree)).toEqual([
    '1.前言',
    ['一、主要举措', [['（一）学法', ['（1）讲座']], '（二）普法']],
    ['二、存在的不足', ['1.不足一']],
  ]);
  expect(tree[1]?.children[1]?.index).toBe(4);
});
