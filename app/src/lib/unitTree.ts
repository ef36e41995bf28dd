import type { Unit } from '../api/types';

export interface UnitNode extends Unit {
  /** Absent on leaves, so antd tables show no expand icon there. */
  children?: UnitNode[];
}

export interface UnitTreeSelectNode {
  value: string;
  title: string;
  children?: UnitTreeSelectNode[];
}

// 行政区划代码 are digits: compared as they are, without a locale (whose collator costs ~20 ms to set up)
const byCode = (a: Unit, b: Unit) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/**
 * Builds the unit tree from the flat list. A unit whose parent is not in the
 * list becomes a root: users only see their own subtree, so its top has a
 * parent they cannot see.
 */
export function buildUnitTree(units: readonly Unit[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>();
  for (const u of units) nodes.set(u.id, { ...u });
  const roots: UnitNode[] = [];
  for (const u of [...units].sort(byCode)) {
    const node = nodes.get(u.id);
    if (!node) continue;
    const parent = u.parentId ? nodes.get(u.parentId) : undefined;
    if (parent && parent !== node) {
      parent.children ??= [];
      parent.children.push(node);
    } else {
      roots.push(node);
    }
  }
  return roots;
}

export function toTreeSelectData(nodes: readonly UnitNode[]): UnitTreeSelectNode[] {
  return nodes.map((n) => {
    const item: UnitTreeSelectNode = { value: n.id, title: n.name };
    if (n.children) item.children = toTreeSelectData(n.children);
    return item;
  });
}
