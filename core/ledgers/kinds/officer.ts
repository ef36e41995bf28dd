import { options } from '../fieldKit';
import type { LedgerKind } from '../types';

/** Fields of enforcement an officer is certified for (执法证 执法领域). */
export const ENFORCEMENT_FIELDS = options(
  ['comprehensive', '综合行政执法'],
  ['agriculture', '农业农村'],
  ['natural_resources', '自然资源'],
  ['environment', '生态环境'],
  ['market', '市场监管'],
  ['safety', '应急管理'],
  ['construction', '城乡建设'],
  ['other', '其他'],
);

const STAFF = ['township_clerk', 'township_leader'] as const;

/** The certificate's fields: filled in together, or all left empty for staff without one. */
const CERT_FIELDS = ['certNumber', 'issuedOn', 'expiresOn', 'fields'] as const;
const hasValue = (v: unknown) =>
  v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

/**
 * 行政执法人员 (行政处罚法 第四十二条: certified officers only). Staff without a certificate are
 * registered too (issue 13 §2), so 持证率 counts them in its denominator; they carry no
 * certificate fields, are titled （未持证） in every picker, and no enforcement step accepts
 * them (certifiedOn below). What is special: the
 * certificate's expiry is a clock — 待办 shows it 90 days ahead, and an expired certificate is
 * 逾期 until renewed (edit 有效期至) — and steps of cases and inspections check it on the day.
 */
export const officer: LedgerKind = {
  kind: 'officer',
  label: '执法人员',
  numberPrefix: '执人',
  feeds: ['enforcement.certified_officers', 'enforcement.certification_rate'],
  editors: STAFF,
  fields: [
    { key: 'name', label: '姓名', type: 'text', required: true, maxLength: 40, list: true, searchable: true },
    {
      key: 'certNumber',
      label: '执法证号',
      type: 'text',
      help: '未取得执法证的人员留空（不能参与执法）',
      maxLength: 40,
      list: true,
      searchable: true,
    },
    { key: 'department', label: '所在机构', type: 'text', maxLength: 60, list: true },
    {
      key: 'fields',
      label: '执法领域',
      type: 'multiselect',
      filter: true,
      options: ENFORCEMENT_FIELDS,
    },
    // the record's date: staff without a certificate have none, and are dated the day they are
    // registered (server ledgerCommands), which is when 持证率 starts counting them in post
    { key: 'issuedOn', label: '发证日期', type: 'date' },
    {
      key: 'expiresOn',
      label: '有效期至',
      type: 'date',
      list: true,
      allowFuture: true,
      notBefore: 'issuedOn',
    },
    {
      key: 'legalQualified',
      label: '具有法律职业资格',
      type: 'boolean',
      help: '行政处罚法第五十八条：初次从事法制审核的人员应当取得法律职业资格',
    },
    { key: 'phone', label: '联系电话', type: 'text', format: 'phone', personal: 'phone' },
  ],
  checks: [
    {
      fields: [...CERT_FIELDS],
      test: (d) => {
        const filled = CERT_FIELDS.filter((f) => hasValue(d[f]));
        if (filled.length === 0 || filled.length === CERT_FIELDS.length) return null;
        const labels = {
          certNumber: '执法证号',
          issuedOn: '发证日期',
          expiresOn: '有效期至',
          fields: '执法领域',
        };
        const missing = CERT_FIELDS.filter((f) => !hasValue(d[f])).map((f) => `「${labels[f]}」`);
        return `持有执法证的，须填写${missing.join('、')}；未持证的，执法证各项均留空`;
      },
    },
  ],
  list: {
    dateField: 'issuedOn',
    title: (d) => `${String(d.name ?? '')}（${hasValue(d.certNumber) ? String(d.certNumber) : '未持证'}）`,
  },
  states: [
    { key: 'active', label: '在岗', tone: 'success' },
    { key: 'suspended', label: '暂停执法', tone: 'warning' },
    { key: 'left', label: '已调离', tone: 'default', final: true },
  ],
  initialState: 'active',
  editableIn: ['active', 'suspended'],
  // officers in post are staff of the township: offered when a study list is filled in
  staff: { name: 'name', post: 'department', states: ['active', 'suspended'] },
  actions: [
    {
      key: 'suspend',
      label: '暂停执法资格',
      from: ['active'],
      to: 'suspended',
      roles: ['township_leader'],
      fields: [
        { key: 'suspendedOn', label: '暂停日期', type: 'date', required: true },
        { key: 'suspendReason', label: '暂停原因', type: 'textarea', required: true, maxLength: 500 },
      ],
      dateField: 'suspendedOn',
    },
    {
      key: 'restore',
      label: '恢复执法资格',
      from: ['suspended'],
      to: 'active',
      roles: ['township_leader'],
      fields: [
        { key: 'restoredOn', label: '恢复日期', type: 'date', required: true, notBefore: 'suspendedOn' },
      ],
      dateField: 'restoredOn',
    },
    {
      key: 'leave',
      label: '调离',
      from: ['active', 'suspended'],
      to: 'left',
      roles: STAFF,
      fields: [{ key: 'leftOn', label: '调离日期', type: 'date', required: true, notBefore: 'issuedOn' }],
      dateField: 'leftOn',
      confirm: '调离后该人员不能再参与执法，确定吗？',
    },
  ],
  clocks: [
    {
      key: 'certificate',
      label: '执法证有效期',
      // working basis: 0 working days is the expiry date itself; a calendar period would move
      // an expiry on a holiday to the next working day, while the certificate is invalid from
      // the day after 有效期至
      basis: 'working',
      days: 0,
      start: { field: 'expiresOn' },
      stop: ['leave'],
      source: '行政执法证件管理规定（证件有效期届满前应当换证）',
      // no national text was read: each province issues its own 证件管理办法
      cite: [
        {
          law: '各省、自治区、直辖市行政执法证件管理办法',
          article: '证件有效期、换证',
          version: 'UNCONFIRMED：各省规定不同',
        },
      ],
      test: 'core/ledgers/kinds/officer.test.ts › is 逾期 after the expiry',
      // about 90 calendar days ahead: the renewal must be applied for in time
      dueSoon: 62,
    },
  ],
};

/** The officer had left, or was suspended, by that day (a step entered later may predate either). */
const outOn = (since: unknown, day: string) => typeof since !== 'string' || since <= day;

/** Is an officer's certificate valid on a day: in post, issued before and not yet expired. */
export function certifiedOn(data: Record<string, unknown>, state: string, day: string): boolean {
  return (
    !(state === 'left' && outOn(data.leftOn, day)) &&
    !(state === 'suspended' && outOn(data.suspendedOn, day)) &&
    hasValue(data.certNumber) &&
    typeof data.issuedOn === 'string' &&
    typeof data.expiresOn === 'string' &&
    data.issuedOn <= day &&
    day <= data.expiresOn
  );
}
