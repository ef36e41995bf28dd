import { options } from '../fieldKit';
import type { LedgerKind } from '../types';
import { countySetting } from './enforcementLaw';

/**
 * 法律顾问、公职律师 and the villages each serves: coverage (一村一法律顾问) is computed against
 * the unit tree; the contract's end is a clock, so a lapsing contract shows in 待办 in time.
 */
export const legalAdvisor: LedgerKind = {
  kind: 'legal_advisor',
  label: '法律顾问',
  numberPrefix: '顾',
  feeds: ['decision.legal_advisors', 'decision.advisor_coverage_rate'],
  // the 司法所 keeps this register with the township (advisor coordination)
  editors: ['township_clerk', 'township_leader', 'judicial_office'],
  fields: [
    { key: 'name', label: '姓名', type: 'text', required: true, maxLength: 40, list: true, searchable: true },
    {
      key: 'type',
      label: '类别',
      type: 'select',
      required: true,
      list: true,
      filter: true,
      options: [
        ...options(['advisor', '法律顾问'], ['public_lawyer', '公职律师']),
        // issue 16 §5: 法律明白人 have their own roster (legal_aide, one record per person and
        // village, with trainings and activities). Records registered here before keep this
        // type and read as before (list, filter, Excel, 文书); no new one may take it, and no
        // migration moves them, since a roster entry needs the village and person data those
        // records never held. They never counted as advisors (decision.legal_advisors and the
        // coverage rate count 法律顾问 and 公职律师 only).
        {
          value: 'legal_aide',
          label: '法律明白人（已停用）',
          retired: '法律明白人请在「法律明白人」台账登记',
        },
      ],
    },
    { key: 'firm', label: '执业机构', type: 'text', maxLength: 80, list: true, searchable: true },
    { key: 'phone', label: '联系电话', type: 'text', format: 'phone', personal: 'phone' },
    { key: 'contractFrom', label: '聘任起始日期', type: 'date', required: true, list: true },
    {
      key: 'contractTo',
      label: '聘任截止日期',
      type: 'date',
      required: true,
      allowFuture: true,
      notBefore: 'contractFrom',
      list: true,
    },
    { key: 'villages', label: '服务的村（社区）', type: 'village', multiple: true, filter: true },
  ],
  list: {
    dateField: 'contractFrom',
    title: (d) => `${String(d.name ?? '')}${d.firm ? `（${String(d.firm)}）` : ''}`,
    titleField: 'name',
    // the contract's end is what a clerk checks; the firm is in the title already
    columns: ['type', 'contractTo'],
  },
  states: [
    { key: 'serving', label: '在聘', tone: 'success' },
    { key: 'ended', label: '已解聘', tone: 'default', final: true },
  ],
  initialState: 'serving',
  actions: [
    {
      key: 'end',
      label: '解聘',
      from: ['serving'],
      to: 'ended',
      roles: ['township_leader'],
      fields: [
        { key: 'endedOn', label: '解聘日期', type: 'date', required: true, notBefore: 'contractFrom' },
      ],
      dateField: 'endedOn',
    },
  ],
  clocks: [
    {
      key: 'contract',
      cite: [countySetting('聘期由聘任合同约定，到期日即合同终止日')],
      label: '聘任期限',
      basis: 'calendar',
      days: 0,
      start: { field: 'contractTo' },
      stop: ['end'],
      source: '法律顾问聘任合同（到期前应续聘或另行选聘）',
      dueSoon: 20,
    },
  ],
};
