import { describe, expect, it } from 'vitest';
import type { Unit } from '../api/types';
import { buildUnitTree, toTreeSelectData } from './unitTree';

const unit = (id: string, parentId: string | null, code: string, level: Unit['level']): Unit => ({
  id,
  parentId,
  code,
  level,
  name: `单位${id}`,
});

describe('buildUnitTree', () => {
  it('nests children under their parents, ordered by code', () => {
    const units = [
      unit('v1', 't2', '439999102001', 'village'),
      unit('t2', 'c', '439999102000', 'township'),
      unit('t1', 'c', '439999101000', 'township'),
      unit('c', null, '439999000000', 'county'),
    ];
    const tree = buildUnitTree(units);
    expect(tree.map((n) => n.id)).toEqual(['c']);
    expect(tree[0]?.children?.map((n) => n.id)).toEqual(['t1', 't2']);
    expect(tree[0]?.children?.[1]?.children?.map((n) => n.id)).toEqual(['v1']);
    expect(tree[0]?.children?.[0]?.children).toBeUndefined();
  });

  it('makes a unit whose parent is not visible a root', () => {
    const tree = buildUnitTree([
      unit('t1', 'hidden-county', '439999101000', 'township'),
      unit('v1', 't1', '439999101001', 'village'),
    ]);
    expect(tree.map((n) => n.id)).toEqual(['t1']);
    expect(tree[0]?.children?.map((n) => n.id)).toEqual(['v1']);
  });

  it('returns an empty forest for no units and does not mutate the input', () => {
    expect(buildUnitTree([])).toEqual([]);
    const input = [unit('c', null, '439999000000', 'county'), unit('t', 'c', '439999101000', 'township')];
    buildUnitTree(input);
    expect(input[0]).not.toHaveProperty('children');
  });
});

describe('toTreeSelectData', () => {
  it('maps to value/title nodes keeping the shape', () => {
    const tree = buildUnitTree([
      unit('c', null, '439999000000', 'county'),
      unit('t', 'c', '439999101000', 'township'),
    ]);
    expect(toTreeSelectData(tree)).toEqual([
      { value: 'c', title: '单位c', children: [{ value: 't', title: '单位t' }] },
    ]);
  });
});
