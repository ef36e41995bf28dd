import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Space, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { LedgerKind } from '../../../../core/ledgers';
import { errorMessage } from '../../api/client';
import { type LedgerRecord, ledgerExportUrl, ledgerTemplateUrl, listLedgerRecords } from '../../api/ledgers';
import { queryKeys } from '../../api/queryKeys';
import { useWorkingUnit } from '../../context/WorkingUnitContext';
import { useMe } from '../../hooks/useMe';
import { useUnits } from '../../hooks/useUnits';
import { NotFoundPage } from '../NotFoundPage';
import { BulkActionBar, BulkResultList, type BulkRowResult, bulkActionsOf } from './BulkActions';
import { ColumnChooser, useColumnChoice } from './ColumnChooser';
import { ImportModal } from './ImportModal';
import { LedgerFilters } from './LedgerFilters';
import { LedgerFormModal } from './LedgerFormModal';
import { ledgerColumns } from './ledgerColumns';
import { listWidth } from './listColumns';
import { ledgerApiQuery, listStateToParams, readListState } from './listState';
import { useLedgerKind } from './useLedgerKind';
import { useVillages } from './useVillages';

/** The checkbox column of a list with batch steps. */
const SELECTION_WIDTH = 36;

export function LedgerListPage() {
  const kind = useLedgerKind();
  if (!kind) return <NotFoundPage />;
  // a new kind starts from its own empty state
  return <LedgerList key={kind.kind} kind={kind} />;
}

function LedgerList({ kind }: { kind: LedgerKind }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: me } = useMe();
  const { unitId, unit } = useWorkingUnit();
  const { byId } = useUnits();
  const [searchParams, setSearchParams] = useSearchParams();
  // a figure's rows link names the unit they belong to (县级总览 → a township): the list shows
  // that unit's records while the working unit stays as it was (issue 15 §15); a banner says so
  // and leads back
  const linkedUnit = searchParams.get('unit');
  const viewing = linkedUnit && linkedUnit !== unitId ? byId.get(linkedUnit) : undefined;
  const listUnitId = viewing?.id ?? unitId;
  const state = useMemo(() => readListState(searchParams, kind), [searchParams, kind]);
  const setState = (next: typeof state) => {
    const p = listStateToParams(next);
    if (viewing) p.set('unit', viewing.id);
    setSearchParams(p);
  };
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [selected, setSelected] = useState<LedgerRecord[]>([]);
  const [bulkResults, setBulkResults] = useState<BulkRowResult[] | null>(null);
  const villages = useVillages(listUnitId);

  const apiQuery = ledgerApiQuery(state, listUnitId, kind.list.dateField);
  const queryString = apiQuery.toString();
  const list = useQuery({
    queryKey: queryKeys.ledgerList(kind.kind, queryString),
    queryFn: () => listLedgerRecords(kind.kind, new URLSearchParams(queryString)),
    placeholderData: keepPreviousData,
  });

  // registering needs a role the kind names as editor; a record belongs to one township, so
  // above a township the form asks which one (a county reviewer scoring a township's case file)
  const isEditor = me !== undefined && kind.editors.includes(me.role);
  const atTownship = unit.level === 'township';
  const canCreate = isEditor && (atTownship || unit.level === 'county');
  // Excel import goes into one township: the working unit must be that township
  const canImport = isEditor && atTownship;
  const refs = list.data?.refs;
  // batch steps (issue 15 §6): rows are selectable where the kind declares a `bulk` step the role may take
  const canBulk = me !== undefined && bulkActionsOf(kind, me.role).length > 0;
  const columnChoice = useColumnChoice(kind, me?.id, !atTownship);
  const visible = columnChoice.visible;
  const columns = useMemo(
    () =>
      ledgerColumns({
        kind,
        state,
        villageName: villages.name,
        refTitle: (id) => refs?.[id],
        showUnit: !atTownship,
        visible,
      }),
    [kind, state, villages.name, refs, atTownship, visible],
  );

  return (
    <Card
      title={`${kind.label}台账`}
      extra={
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={ledgerExportUrl(kind.kind, apiQuery)} download>
            导出
          </Button>
          {canImport ? (
            <>
              <Button href={ledgerTemplateUrl(kind.kind)} download>
                下载模板
              </Button>
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                导入
              </Button>
            </>
          ) : null}
          {canCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              登记
            </Button>
          ) : null}
        </Space>
      }
    >
      {viewing ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="viewing-unit"
          title={`正在查看“${viewing.name}”的记录，当前工作单位仍为“${unit.name}”`}
          action={
            <Space>
              <Button size="small" onClick={() => navigate(-1)}>
                返回
              </Button>
              <Button
                size="small"
                onClick={() =>
                  setSearchParams((p) => {
                    p.delete('unit');
                    return p;
                  })
                }
              >
                查看{unit.name}的记录
              </Button>
            </Space>
          }
        />
      ) : null}
      {state.indicator ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="indicator-rows"
          title={
            state.indicator.part === 'denominator'
              ? `仅显示该比率的基数（分母）记录：${state.from ?? ''} 至 ${state.to ?? ''}`
              : `仅显示该指标计入的记录：${state.from ?? ''} 至 ${state.to ?? ''}`
          }
          action={
            <Button
              size="small"
              onClick={() =>
                setState({ ...state, indicator: undefined, from: undefined, to: undefined, page: 1 })
              }
            >
              查看全部记录
            </Button>
          }
        />
      ) : null}
      <Flex style={{ marginBottom: 16 }} justify="space-between" align="flex-start" gap={8}>
        <LedgerFilters kind={kind} value={state} onChange={setState} villages={villages.options} />
        <ColumnChooser
          kind={kind}
          visible={visible}
          custom={columnChoice.custom}
          onChange={columnChoice.choose}
        />
      </Flex>
      {canBulk && me ? (
        <BulkActionBar
          kind={kind}
          role={me.role}
          selected={selected}
          onDone={(results) => {
            setBulkResults(results);
            setSelected([]);
            void queryClient.invalidateQueries({ queryKey: queryKeys.ledgerKind(kind.kind) });
            void queryClient.invalidateQueries({ queryKey: queryKeys.todo });
          }}
        />
      ) : null}
      {bulkResults ? <BulkResultList results={bulkResults} onClose={() => setBulkResults(null)} /> : null}
      <Table<LedgerRecord>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        // the declared widths: at 1366 the default columns fit; more chosen ones scroll, with
        // 编号 fixed left and 状态, 期限 fixed right
        scroll={{ x: listWidth(kind, visible, !atTownship) + (canBulk ? SELECTION_WIDTH : 0) }}
        sortDirections={['descend', 'ascend']}
        rowSelection={
          canBulk
            ? {
                selectedRowKeys: selected.map((r) => r.id),
                onChange: (_, rows) => setSelected(rows),
                preserveSelectedRowKeys: false,
                columnWidth: SELECTION_WIDTH,
                fixed: true,
              }
            : undefined
        }
        locale={{ emptyText: list.isError ? errorMessage(list.error) : `暂无${kind.label}记录` }}
        onChange={(pagination, _filters, sorter, extra) => {
          if (extra.action === 'sort') {
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            const key = s?.order ? String(s.columnKey) : undefined;
            setState({
              ...state,
              sort: key,
              order: s?.order === 'ascend' ? 'asc' : s?.order === 'descend' ? 'desc' : undefined,
              page: 1,
            });
            return;
          }
          setState({
            ...state,
            page: pagination.current ?? 1,
            pageSize: pagination.pageSize ?? state.pageSize,
          });
        }}
        pagination={{
          current: state.page,
          pageSize: state.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (total) =>
            list.data?.totalEstimated
              ? `约 ${total.toLocaleString('zh-CN')} 条`
              : list.data?.totalExact === false
                ? `共 ${total}+ 条`
                : `共 ${total} 条`,
        }}
      />
      {canCreate ? (
        <LedgerFormModal
          kind={kind}
          open={creating}
          recordId={null}
          unitId={unitId}
          onClose={() => setCreating(false)}
          onSaved={(r) => navigate(`/ledgers/${kind.kind}/${r.id}`)}
        />
      ) : null}
      {canImport ? (
        <ImportModal
          kind={kind}
          open={importing}
          unitId={unitId}
          onClose={() => setImporting(false)}
          onImported={() => void queryClient.invalidateQueries({ queryKey: queryKeys.ledgerKind(kind.kind) })}
        />
      ) : null}
    </Card>
  );
}
