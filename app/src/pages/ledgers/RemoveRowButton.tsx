import { DeleteOutlined } from '@ant-design/icons';
import { Button } from 'antd';

/** The delete button of row `index` (0-based) of a table field, named for screen readers. */
export function RemoveRowButton({ index, onRemove }: { index: number; onRemove: () => void }) {
  return (
    <Button
      type="text"
      danger
      size="small"
      icon={<DeleteOutlined />}
      aria-label={`删除第${index + 1}行`}
      onClick={onRemove}
    />
  );
}
