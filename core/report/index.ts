export {
  AREA_PHRASINGS,
  composeReport,
  nextYearHeading,
  PART_HEADINGS,
  reportTitle,
  writtenParagraphs,
} from './compose';
export { HIGHLIGHT_QUERIES, highlightQuery } from './highlights';
export type {
  ComposeInput,
  HighlightQuery,
  IndicatorFigure,
  LedgerHighlight,
  QualityFinding,
} from './input';
export {
  type FigureStyle,
  type FigureToken,
  type ParagraphOrigin,
  REPORT_PARTS,
  type RenderedBlock,
  type RenderedReport,
  type ReportDocument,
  type ReportParagraph,
  type ReportPart,
  type ReportPartKey,
  type ReportSection,
  type Segment,
  type TextRun,
} from './model';
export { type UnitWords, unitWords } from './phrasing/kit';
export {
  chineseDate,
  chineseOrdinal,
  paragraphText,
  renderFigure,
  renderReport,
  reportPlainText,
  roundedDown,
  segmentText,
} from './render';
export { type Weakness, weaknesses } from './suggestions';
