import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Tag, Tooltip, Typography } from 'antd';
import type { CSSProperties } from 'react';
import type { ReportParagraph } from '../../../../core/report/model';
import { chineseDate } from '../../../../core/report/render';
import type { StaleFigure } from '../../api/reports';
import {
  type OutlineEntry,
  paragraphAnchor,
  paragraphPieces,
  partAnchor,
  sectionAnchor,
} from './reportOutline';

/** 公文 typefaces where the system has them (GB/T 9704), a serif otherwise. */
const BODY_FONT = '"FangSong", "FangSong_GB2312", "STFangsong", "仿宋", "Songti SC", serif';
const TITLE_FONT = '"FZXiaoBiaoSong-B05S", "方正小标宋简体", "STZhongsong", "SimSun", "Songti SC", serif';
const HEI_FONT = '"SimHei", "Heiti SC", "STHeiti", "Noto Sans CJK SC", sans-serif';
const KAI_FONT = '"KaiTi", "KaiTi_GB2312", "STKaiti", "楷体", serif';

export const PAPER_STYLE: CSSProperties = {
  background: '#fff',
  boxShadow: '0 1px 6px rgba(0,0,0,0.12)',
  // A4 is 210 mm wide; 公文 margins are about 28 mm left and 26 mm right
  maxWidth: 794,
  width: '100%',
  margin: '0 auto',
  padding: '64px 72px',
  fontFamily: BODY_FONT,
  fontSize: 16,
  lineHeight: 1.9,
  color: '#1f1f1f',
};

export const TITLE_STYLE: CSSProperties = {
  fontFamily: TITLE_FONT,
  fontSize: 22,
  fontWeight: 600,
  textAlign: 'center',
  lineHeight: 1.6,
  margin: '0 0 28px',
};
export const PART_STYLE: CSSProperties = {
  fontFamily: HEI_FONT,
  fontSize: 16,
  margin: '12px 0 4px',
  textIndent: '2em',
};
export const SECTION_STYLE: CSSProperties = {
  fontFamily: KAI_FONT,
  fontSize: 16,
  margin: '8px 0 4px',
  textIndent: '2em',
};
export const PARAGRAPH_STYLE: CSSProperties = { textIndent: '2em', margin: '0 0 4px', textAlign: 'justify' };

const FOCUS_STYLE: CSSProperties = { background: '#fffbe6', boxShadow: '0 0 0 2px #faad14', borderRadius: 2 };
const STALE_STYLE: CSSProperties = {
  background: '#fff1b8',
  borderBottom: '2px dashed #d48806',
  padding: '0 1px',
};

export interface Editing {
  paragraphId: string;
  text: string;
}

interface Props {
  title: string;
  signature: { unit: string; date: string; party?: string };
  outline: OutlineEntry[];
  stale: readonly StaleFigure[];
  canEdit: boolean;
  editing: Editing | null;
  saving: boolean;
  /** the anchor just jumped to from a check */
  focus: string | null;
  /** paragraphs with a check: error wins over warning */
  marks: ReadonlyMap<string, 'error' | 'warning'>;
  onEdit: (paragraph: ReportParagraph, text: string) => void;
  onEditText: (text: string) => void;
  onSave: () => void;
  onCancel: () => void;
  onAdd: (entry: Extract<OutlineEntry, { type: 'add' }>) => void;
}

const EDITABLE_CSS = '.report-paragraph-editable:hover{background:#f0f5ff}';

const MARK_BORDER = { error: '3px solid #ff4d4f', warning: '3px solid #faad14' } as const;

function Paragraph({
  paragraph,
  stale,
  canEdit,
  focused,
  mark,
  onEdit,
}: {
  paragraph: ReportParagraph;
  stale: readonly StaleFigure[];
  canEdit: boolean;
  focused: boolean;
  mark: 'error' | 'warning' | undefined;
  onEdit: (paragraph: ReportParagraph, text: string) => void;
}) {
  const pieces = paragraphPieces(paragraph, stale);
  const text = pieces.map((p) => p.text).join('');
  return (
    <p
      id={paragraphAnchor(paragraph.id)}
      data-paragraph-id={paragraph.id}
      data-check={mark}
      data-focused={focused ? 'true' : undefined}
      role={canEdit ? 'button' : undefined}
      tabIndex={canEdit ? 0 : undefined}
      title={canEdit ? '点击修改本段' : undefined}
      onClick={canEdit ? () => onEdit(paragraph, text) : undefined}
      onKeyDown={
        canEdit
          ? (e) => {
              if (e.key === 'Enter') onEdit(paragraph, text);
            }
          : undefined
      }
      className={canEdit ? 'report-paragraph-editable' : undefined}
      style={{
        ...PARAGRAPH_STYLE,
        cursor: canEdit ? 'text' : undefined,
        ...(mark ? { borderLeft: MARK_BORDER[mark], marginLeft: -11, paddingLeft: 8 } : {}),
        ...(focused ? FOCUS_STYLE : {}),
        transition: 'background 0.3s, box-shadow 0.3s',
      }}
    >
      {pieces.map((p, i) =>
        p.stale ? (
          <Tooltip
            // biome-ignore lint/suspicious/noArrayIndexKey: pieces never reorder within a render
            key={i}
            title={`台账中现为 ${p.stale.to ?? '无数据'}，报告中为 ${p.stale.from}；可点“刷新数字”按台账更新`}
          >
            <mark data-testid="stale-figure" style={STALE_STYLE}>
              {p.text}
            </mark>
          </Tooltip>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces never reorder within a render
          <span key={i}>{p.text}</span>
        ),
      )}
      {paragraph.origin === 'suggested' && canEdit ? (
        // suggested from weak figures and data quality: the township accepts it or writes its own
        <Tooltip title="系统根据指标变化和数据质量提出的建议文字，请结合本单位实际修改或删除">
          <Tag color="processing" style={{ marginLeft: 8, textIndent: 0 }} data-testid="suggested-mark">
            建议文字
          </Tag>
        </Tooltip>
      ) : null}
    </p>
  );
}

function ParagraphEditor({
  editing,
  saving,
  onEditText,
  onSave,
  onCancel,
}: Pick<Props, 'saving' | 'onEditText' | 'onSave' | 'onCancel'> & { editing: Editing }) {
  return (
    <div
      id={paragraphAnchor(editing.paragraphId)}
      style={{ margin: '4px 0 12px' }}
      data-testid="paragraph-editor"
    >
      <Input.TextArea
        aria-label="段落内容"
        autoFocus
        value={editing.text}
        onChange={(e) => onEditText(e.target.value)}
        autoSize={{ minRows: 3, maxRows: 16 }}
        maxLength={5000}
        style={{ fontFamily: BODY_FONT, fontSize: 16, lineHeight: 1.8 }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) onSave();
        }}
      />
      <Flex gap={8} align="center" justify="flex-end" style={{ marginTop: 6, fontFamily: 'initial' }}>
        <Typography.Text type="secondary" style={{ fontSize: 12, marginRight: 'auto' }}>
          数字照原样写即可继续随台账更新；清空后保存即删除本段。Ctrl+Enter 保存，Esc 取消。
        </Typography.Text>
        <Button size="small" onClick={onCancel} disabled={saving}>
          取消
        </Button>
        <Button size="small" type="primary" onClick={onSave} loading={saving}>
          保存
        </Button>
      </Flex>
    </div>
  );
}

/** The report as a page of paper; a draft's paragraphs are edited where they stand. */
export function ReportPaper(props: Props) {
  const { outline, stale, canEdit, editing, focus, marks } = props;
  return (
    <div style={PAPER_STYLE} data-testid="report-paper">
      {canEdit ? <style>{EDITABLE_CSS}</style> : null}
      <h1 style={TITLE_STYLE}>{props.title}</h1>
      {outline.map((e) => {
        switch (e.type) {
          case 'part':
            return (
              <h2
                key={`part:${e.part}`}
                id={partAnchor(e.part)}
                style={{
                  ...PART_STYLE,
                  ...(e.empty ? { color: '#bfbfbf' } : {}),
                  ...(focus === partAnchor(e.part) ? FOCUS_STYLE : {}),
                }}
              >
                {e.text}
                {e.empty ? (
                  <span style={{ fontSize: 12, marginLeft: 8 }}>（暂无内容，不写入报告）</span>
                ) : null}
              </h2>
            );
          case 'section':
            return (
              <h3
                key={`section:${e.sectionId}`}
                id={sectionAnchor(e.sectionId)}
                style={{ ...SECTION_STYLE, ...(focus === sectionAnchor(e.sectionId) ? FOCUS_STYLE : {}) }}
              >
                {e.text}
              </h3>
            );
          case 'paragraph':
            return editing?.paragraphId === e.paragraph.id ? (
              <ParagraphEditor
                key={`p:${e.paragraph.id}`}
                editing={editing}
                saving={props.saving}
                onEditText={props.onEditText}
                onSave={props.onSave}
                onCancel={props.onCancel}
              />
            ) : (
              <Paragraph
                key={`p:${e.paragraph.id}`}
                paragraph={e.paragraph}
                stale={stale}
                canEdit={canEdit && !props.saving}
                focused={focus === paragraphAnchor(e.paragraph.id)}
                mark={marks.get(e.paragraph.id)}
                onEdit={props.onEdit}
              />
            );
          case 'add':
            return canEdit ? (
              <div key={`add:${e.part}`} style={{ textAlign: 'right', margin: '0 0 8px' }}>
                <Button
                  size="small"
                  type="dashed"
                  icon={<PlusOutlined />}
                  data-testid={`add-paragraph-${e.part}`}
                  onClick={() => props.onAdd(e)}
                >
                  添加段落
                </Button>
              </div>
            ) : null;
          default:
            return null;
        }
      })}
      <div style={{ textAlign: 'right', marginTop: 40, paddingRight: '2em' }} data-testid="report-signature">
        {props.signature.party ? <div>{props.signature.party}</div> : null}
        <div>{props.signature.unit}</div>
        <div>{chineseDate(props.signature.date)}</div>
      </div>
    </div>
  );
}
