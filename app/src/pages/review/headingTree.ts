import type { Heading } from '../../../../core/analyzer/types';

export interface HeadingNode {
  /** Index into result.headings, so a click can find the heading's span. */
  index: number;
  heading: Heading;
  children: HeadingNode[];
}

/**
 * Nests headings by level (一、 > （一） > 1. > （1）). A heading that skips a level
 * (一、 then 1.) hangs under the nearest heading of a higher level; one that comes
 * before any higher-level heading stays at the top.
 */
export function buildHeadingTree(headings: readonly Heading[]): HeadingNode[] {
  const roots: HeadingNode[] = [];
  const stack: HeadingNode[] = [];
  headings.forEach((heading, index) => {
    const node: HeadingNode = { index, heading, children: [] };
    while (stack.length > 0 && (stack[stack.length - 1]?.heading.level ?? 0) >= heading.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack.push(node);
  });
  return roots;
}
