/**
 * One figure that states several indicators at once: "N名干部全部通过学法考试" says N took
 * the exam and N passed it. The cue follows the figure (`…` is a short gap in the clause).
 */
export interface CompoundCue {
  cue: string;
  keys: readonly string[];
}

export const COMPOUND_CUES: readonly CompoundCue[] = [
  { cue: '全部…通过…考试', keys: ['study.exam_takers', 'study.exam_passed'] },
  { cue: '均…通过…考试', keys: ['study.exam_takers', 'study.exam_passed'] },
  { cue: '全部…考试合格', keys: ['study.exam_takers', 'study.exam_passed'] },
  { cue: '全员…通过…考试', keys: ['study.exam_takers', 'study.exam_passed'] },
];
