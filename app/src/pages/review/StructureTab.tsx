import { Descriptions, Divider, Empty, Tree, type TreeDataNode, Typography } from 'antd';
import { useMemo } from 'react';
import type { ReviewResult } from '../../api/reviews';
import { SECTION_LABELS } from '../../locales/zh-CN';
import { buildHeadingTree, type HeadingNode } from './headingTree';
import { markId } from './reportMarks';
import { SectionChecklist } from './SectionChecklist';

const LEVEL_LABELS = { county: '县级', township: '乡镇级', unknown: '未识别' } as const;

function toTreeData(nodes: HeadingNode[]): TreeDataNode[] {
  return nodes.map((n) => ({
    key: String(n.index),
    title: (
      <span>
        {n.heading.text}
        {n.heading.section ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {' '}
            · {SECTION_LABELS[n.heading.section]}
          </Typography.Text>
        ) : null}
      </span>
    ),
    children: toTreeData(n.children),
  }));
}

interface Props {
  result: ReviewResult;
  onJump: (id: string) => void;
}

/** 结构: the report's heading tree, its statutory parts and what it says about itself. */
export function StructureTab({ result, onJump }: Props) {
  const treeData = useMemo(() => toTreeData(buildHeadingTree(result.headings)), [result.headings]);
  const signing = result.signatures[result.signatures.length - 1];
  return (
    <div>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        法定内容
      </Typography.Title>
      <SectionChecklist sections={result.sections} />
      <Divider style={{ margin: '16px 0' }} />
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="标题">{result.title ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="文号">{result.doc_number ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="报告单位">
          {result.unit ?? '未识别'}（{LEVEL_LABELS[result.level]}）
        </Descriptions.Item>
        <Descriptions.Item label="落款">
          {signing ? `${signing.unit}${signing.date ? ` ${signing.date}` : ''}` : '—'}
        </Descriptions.Item>
      </Descriptions>
      <Divider style={{ margin: '8px 0 16px' }} />
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        标题层级
      </Typography.Title>
      {treeData.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未识别到标题" />
      ) : (
        <Tree
          blockNode
          defaultExpandAll
          treeData={treeData}
          selectedKeys={[]}
          onSelect={(_, { node }) => onJump(markId.heading(Number(node.key)))}
        />
      )}
    </div>
  );
}
