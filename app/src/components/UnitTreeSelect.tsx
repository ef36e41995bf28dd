import { TreeSelect, type TreeSelectProps } from 'antd';
import { useUnits } from '../hooks/useUnits';

type Props = Omit<TreeSelectProps<string>, 'treeData'>;

/** A TreeSelect over the units the user may see; usable directly inside a Form.Item. */
export function UnitTreeSelect(props: Props) {
  const { treeSelectData, isPending } = useUnits();
  return (
    <TreeSelect<string>
      placeholder="请选择单位"
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      loading={isPending}
      {...props}
      treeData={treeSelectData}
    />
  );
}
