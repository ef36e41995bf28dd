import { describe, expect, it } from 'vitest';
import { COMPILED, COMPOUNDS } from '../../../../core/analyzer/extract/cueIndex';
import { DEFECT_KINDS, SECTION_KEYS } from '../../../../core/analyzer/types';
import {
  AUDIT_ACTION_LABELS,
  COPY_KIND_LABELS,
  DEFECT_KIND_LABELS,
  defectKindLabel,
  SECTION_LABELS,
} from '../../locales/zh-CN';
import { DEFECT_SEVERITY, indicatorName } from './reviewFormat';

const chinese = /^[\u4e00-\u9fff/]+$/u;

describe('review labels', () => {
  it('names every defect kind the analyzer can report, in Chinese', () => {
    for (const k of DEFECT_KINDS) expect(DEFECT_KIND_LABELS[k], k).toMatch(chinese);
    expect(Object.keys(DEFECT_KIND_LABELS).sort()).toEqual([...DEFECT_KINDS].sort());
    expect(DEFECT_KIND_LABELS.typo).toBe('错别字/标点');
    expect(defectKindLabel('something_new')).toBe('something_new');
  });

  it('names every indicator a report can state from the catalog, never by its key', () => {
    // the analyzer reads figures by the catalog's own entries (core/analyzer/extract/cueIndex.ts)
    const keys = new Set([...COMPILED.map((c) => c.def.key), ...COMPOUNDS.flatMap((c) => c.keys)]);
    expect(keys.size).toBeGreaterThan(20);
    for (const k of keys) expect(indicatorName(k), k).not.toMatch(/[a-z_]/);
    expect(indicatorName('study.training_attendance')).toBe('法治培训参训');
  });

  it('gives every defect kind a severity', () => {
    expect(Object.keys(DEFECT_SEVERITY).sort()).toEqual([...DEFECT_KINDS].sort());
  });

  it('names the four statutory parts', () => {
    expect(SECTION_KEYS.map((k) => SECTION_LABELS[k])).toEqual([
      '主要举措和成效',
      '第一责任人履职情况',
      '存在的不足和原因',
      '下一年度主要安排',
    ]);
  });

  it('names copy kinds and the review and rectification audit actions', () => {
    expect(Object.keys(COPY_KIND_LABELS).sort()).toEqual([
      'cross_unit',
      'same_unit',
      'same_unit_previous_year',
      'self_repeat',
    ]);
    // Each kind has its own wording: a self-repeat never reads like a copy from another unit.
    expect(new Set(Object.values(COPY_KIND_LABELS)).size).toBe(4);
    expect(defectKindLabel('copy')).toBe('雷同段落');
    expect(defectKindLabel('self_repeat')).toBe('重复往年报告');
    for (const a of [
      'review.create',
      'review.defect_dismiss',
      'review.defect_restore',
      'review.delete',
      'review.reassign',
      'rectification.create',
      'rectification.answer',
      'rectification.attach',
      'rectification.close',
      'rectification.return',
    ])
      expect(AUDIT_ACTION_LABELS[a], a).toMatch(chinese);
  });
});
