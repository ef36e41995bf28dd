import { describe, expect, it } from 'vitest';
import { dispute } from './kinds/dispute';
import { legalAdvisor } from './kinds/legalAdvisor';
import { mediationCommittee } from './kinds/mediationCommittee';
import { petition } from './kinds/petition';
import { allFields, editableIn, searchText, validateRecord } from './record';
import type { FieldDef, RecordData } from './types';
import { type FieldIssue, validateFields } from './validate';

const TODAY = '2026-06-15';
const VILLAGES = new Set(['v1', 'v2']);
const VILLAGE_BY_NAME = new Map([
  ['枫林村', 'v1'],
  ['石桥村', 'v2'],
]);
const opts = { today: TODAY, villages: VILLAGES, villageByName: VILLAGE_BY_NAME };

/** GB 11643-1999: weights 2^(17-i) mod 11, check = (12 - sum mod 11) mod 11, 10 written X. */
function idNumber(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const c = (12 - (sum % 11)) % 11;
  return first17 + (c === 10 ? 'X' : String(c));
}

/** Swaps the check digit for a wrong one. */
const badCheck = (id: string) => id.slice(0, 17) + (id[17] === '1' ? '2' : '1');

const messages = (issues: FieldIssue[]) => issues.map((i) => i.message);
const byField = (issues: FieldIssue[]) => Object.fromEntries(issues.map((i) => [i.field, i.message]));

const ID_A = idNumber('43999919800315002');
const ID_B = idNumber('43999919920708003');

function disputeInput(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    registeredOn: '2026-03-02',
    source: 'screening',
    type: 'neighbour',
    village: 'v1',
    parties: [
      { name: '张三', idNumber: ID_A, phone: '13800001234', address: '示例县青石镇枫林村一组' },
      { name: '李四', phone: '0731-84123456' },
    ],
    summary: '两户因排水沟堵塞发生争执',
    riskLevel: 'low',
    ...over,
  };
}

describe('validateRecord: a whole dispute', () => {
  it('accepts a valid record and normalises values', () => {
    const { values, issues } = validateRecord(
      dispute,
      disputeInput({
        source: '网格上报', // by Chinese label
        riskLevel: '高',
        village: '石桥村', // by village name
        amount: '3000', // integer given as text (Excel)
        parties: [{ name: ' 张三 ', idNumber: ID_A.toLowerCase(), phone: '138 0000 1234' }, { name: '李四' }],
      }),
      opts,
    );
    expect(issues).toEqual([]);
    expect(values.source).toBe('grid');
    expect(values.riskLevel).toBe('high');
    expect(values.village).toBe('v2');
    expect(values.amount).toBe(3000);
    expect(values.parties).toEqual([
      { name: '张三', idNumber: ID_A, phone: '13800001234' },
      { name: '李四' },
    ]);
  });

  it('names every missing required field by its label, all at once', () => {
    const { issues } = validateRecord(dispute, {}, opts);
    expect(byField(issues)).toEqual({
      registeredOn: '「登记日期」不能为空',
      source: '「来源」不能为空',
      type: '「纠纷类型」不能为空',
      parties: '「当事人」不能为空',
      summary: '「纠纷概要」不能为空',
      riskLevel: '「风险等级」不能为空',
    });
  });

  it('treats blank strings and empty lists as missing', () => {
    const { issues } = validateRecord(dispute, disputeInput({ summary: '   ', parties: [] }), opts);
    expect(messages(issues)).toEqual(['「当事人」不能为空', '「纠纷概要」不能为空']);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'date in another format',
      { registeredOn: '2026/03/02' },
      'registeredOn',
      '「登记日期」应为日期（年-月-日）',
    ],
    ['impossible date', { registeredOn: '2026-02-30' }, 'registeredOn', '「登记日期」应为日期（年-月-日）'],
    ['date as a number', { registeredOn: 20260302 }, 'registeredOn', '「登记日期」应为日期（年-月-日）'],
    ['future date', { registeredOn: '2026-06-16' }, 'registeredOn', '「登记日期」不能晚于今天'],
    ['text as an object', { summary: { a: 1 } }, 'summary', '「纠纷概要」应为文字'],
    ['text too long', { summary: '纠'.repeat(2001) }, 'summary', '「纠纷概要」不能超过2000个字'],
    ['integer as words', { amount: '三千' }, 'amount', '「涉及金额」应为整数'],
    ['integer with a fraction', { amount: 12.5 }, 'amount', '「涉及金额」应为整数'],
    ['integer below min', { amount: -1 }, 'amount', '「涉及金额」不能小于0'],
    ['integer above max', { amount: 1_000_000_001 }, 'amount', '「涉及金额」不能大于1000000000'],
    ['option not offered', { riskLevel: 'extreme' }, 'riskLevel', '「风险等级」只能是：低、中、高'],
    ['option as a number', { riskLevel: 1 }, 'riskLevel', '「风险等级」只能是：低、中、高'],
    [
      'village of another township',
      { village: '下湾村' },
      'village',
      '「所在村（社区）」“下湾村”不是本乡镇的村（社区）',
    ],
    ['village as a number', { village: 7 }, 'village', '「所在村（社区）」应为本乡镇的村（社区）'],
    ['unknown field', { colour: 'red' }, 'colour', '未知字段“colour”'],
  ])('refuses %s', (_name, over, field, message) => {
    const { issues } = validateRecord(dispute, disputeInput(over), opts);
    expect(issues).toEqual([{ field, message }]);
  });

  it('accepts today as a date, and the boundaries of an integer range', () => {
    for (const amount of [0, 1_000_000_000]) {
      const { issues } = validateRecord(dispute, disputeInput({ registeredOn: TODAY, amount }), opts);
      expect(issues).toEqual([]);
    }
  });

  it('counts characters, not UTF-16 units, for lengths', () => {
    const { issues } = validateRecord(dispute, disputeInput({ summary: '𠀀'.repeat(2000) }), opts);
    expect(issues).toEqual([]);
  });
});

describe('table rows name the row and the column', () => {
  it.each<[string, unknown, string, string]>([
    ['not a list', '张三', 'parties', '「当事人」应为列表'],
    ['a row that is not an object', ['张三', { name: '李四' }], 'parties[0]', '「当事人」第1行格式不正确'],
    [
      'a missing required column',
      [{ name: '张三' }, { phone: '13800001234' }],
      'parties[1].name',
      '「当事人」第2行「姓名或名称」不能为空',
    ],
    [
      'an ID number with a wrong check digit',
      [{ name: '张三' }, { name: '李四', idNumber: badCheck(ID_B) }],
      'parties[1].idNumber',
      '「当事人」第2行「身份证号」不是有效的18位居民身份证号码',
    ],
    [
      'an ID number of 17 digits',
      [{ name: '张三', idNumber: ID_A.slice(0, 17) }],
      'parties[0].idNumber',
      '「当事人」第1行「身份证号」不是有效的18位居民身份证号码',
    ],
    [
      'a phone number too short',
      [{ name: '张三', phone: '1380000' }],
      'parties[0].phone',
      '「当事人」第1行「联系电话」不是有效的手机号或固定电话',
    ],
    ['an unknown column', [{ name: '张三', age: 40 }], 'parties[0].age', '「当事人」第1行有未知字段“age”'],
  ])('refuses %s', (_name, parties, field, message) => {
    const { issues } = validateRecord(dispute, disputeInput({ parties }), opts);
    expect(issues).toEqual([{ field, message }]);
  });

  it('accepts an ID number ending in X, given in lower case', () => {
    // find a 17-digit body whose check digit is X
    let id = '';
    for (let seq = 100; !id.endsWith('X'); seq++) id = idNumber(`43999919851120${seq}`);
    const { values, issues } = validateRecord(
      dispute,
      disputeInput({ parties: [{ name: '王五', idNumber: id.toLowerCase() }] }),
      opts,
    );
    expect(issues).toEqual([]);
    expect((values.parties as Record<string, unknown>[])[0]?.idNumber).toBe(id);
  });

  it('checks the number of rows (committee: 3–9 members)', () => {
    const member = (name: string, gender: string) => ({ name, position: 'member', gender });
    const base = {
      name: '枫林村人民调解委员会',
      level: 'village',
      village: 'v1',
      establishedOn: '2025-01-10',
    };
    const two = validateRecord(
      mediationCommittee,
      { ...base, members: [member('甲', 'f'), member('乙', 'm')] },
      opts,
    );
    expect(two.issues).toEqual([{ field: 'members', message: '「委员」至少需要3行' }]);
    const ten = validateRecord(
      mediationCommittee,
      { ...base, members: Array.from({ length: 10 }, (_, i) => member(`委员${i}`, 'f')) },
      opts,
    );
    expect(ten.issues).toEqual([{ field: 'members', message: '「委员」最多9行' }]);
    const nine = validateRecord(
      mediationCommittee,
      { ...base, members: Array.from({ length: 9 }, (_, i) => member(`委员${i}`, i === 0 ? '女' : '男')) },
      opts,
    );
    expect(nine.issues).toEqual([]);
    expect((nine.values.members as Record<string, unknown>[]).map((m) => m.gender)).toEqual([
      'f',
      ...Array(8).fill('m'),
    ]);
  });
});

describe('field types not used by the registration forms', () => {
  const fields: FieldDef[] = [
    { key: 'flag', label: '是否公开', type: 'boolean' },
    { key: 'code', label: '统一社会信用代码', type: 'text', format: 'credit_code' },
    { key: 'plannedOn', label: '计划日期', type: 'date', allowFuture: true },
  ];

  it.each<[unknown, boolean | null]>([
    [true, true],
    [false, false],
    ['是', true],
    ['否', false],
    ['yes', null],
    [1, null],
  ])('boolean %j', (raw, expected) => {
    const { values, issues } = validateFields(fields, { flag: raw }, { today: TODAY });
    if (expected === null) expect(messages(issues)).toEqual(['「是否公开」应为“是”或“否”']);
    else expect(values.flag).toBe(expected);
  });

  it('credit code: checked and upper-cased', () => {
    expect(validateFields(fields, { code: '91350100m000100y43' }, { today: TODAY })).toEqual({
      values: { code: '91350100M000100Y43' },
      issues: [],
    });
    expect(messages(validateFields(fields, { code: '91350100M000100Y44' }, { today: TODAY }).issues)).toEqual(
      ['「统一社会信用代码」不是有效的统一社会信用代码'],
    );
  });

  it('a date that may lie in the future', () => {
    expect(validateFields(fields, { plannedOn: '2027-03-01' }, { today: TODAY }).issues).toEqual([]);
  });
});

describe('multiselect (告知的其他途径, 人民调解法第二十六条)', () => {
  const fail = dispute.actions.find((a) => a.key === 'fail');
  const guided = (fail?.fields ?? []).filter((f) => f.key === 'guidedTo');

  it.each<[unknown, string[] | string]>([
    [
      ['arbitration', 'litigation'],
      ['arbitration', 'litigation'],
    ],
    ['仲裁、司法（诉讼）', ['arbitration', 'litigation']],
    ['仲裁,行政途径；司法（诉讼）', ['arbitration', 'administrative', 'litigation']],
    [['arbitration', '仲裁'], ['arbitration']],
    ['仲裁、调解', '「告知的其他途径」中的“调解”不在可选范围内（仲裁、行政途径、司法（诉讼））'],
    [42, '「告知的其他途径」应为多个选项'],
    [[], '「告知的其他途径」不能为空'],
  ])('%j', (raw, expected) => {
    const { values, issues } = validateFields(guided, { guidedTo: raw }, { today: TODAY });
    if (typeof expected === 'string') expect(messages(issues)).toEqual([expected]);
    else {
      expect(issues).toEqual([]);
      expect(values.guidedTo).toEqual(expected);
    }
  });
});

describe('date order (notBefore)', () => {
  const succeed = dispute.actions.find((a) => a.key === 'succeed');

  it('an agreement dated before the registration names both labels and both dates', () => {
    const { issues } = validateFields(
      succeed?.fields ?? [],
      { agreementForm: 'written', agreementOn: '2026-03-01', agreementTerms: '赔偿500元' },
      { today: TODAY, context: { registeredOn: '2026-03-02' }, contextFields: dispute.fields },
    );
    expect(issues).toEqual([
      {
        field: 'agreementOn',
        message: '「协议生效日期」（2026-03-01）不能早于「登记日期」（2026-03-02）',
      },
    ]);
  });

  it('the same day is allowed', () => {
    const { issues } = validateFields(
      succeed?.fields ?? [],
      { agreementForm: 'written', agreementOn: '2026-03-02', agreementTerms: '赔偿500元' },
      { today: TODAY, context: { registeredOn: '2026-03-02' } },
    );
    expect(issues).toEqual([]);
  });

  it('compares two dates of the same input (送达 before 出具)', () => {
    const reply = petition.actions.find((a) => a.key === 'reply');
    const { issues } = validateFields(
      reply?.fields ?? [],
      { repliedOn: '2026-04-10', servedOn: '2026-04-09', outcome: '支持', basis: '依据村规民约' },
      { today: TODAY, context: { acceptedOn: '2026-03-10' } },
    );
    expect(messages(issues)).toEqual(['「送达日期」（2026-04-09）不能早于「意见书出具日期」（2026-04-10）']);
  });

  it('skips the check when the other date is unknown', () => {
    const { issues } = validateFields(
      succeed?.fields ?? [],
      { agreementForm: 'written', agreementOn: '2020-01-01', agreementTerms: '赔偿500元' },
      { today: TODAY },
    );
    expect(issues).toEqual([]);
  });
});

describe('partial validation (PATCH)', () => {
  const saved: RecordData = validateRecord(dispute, disputeInput(), opts).values;

  it('checks only what is given; absent required fields are fine', () => {
    const { values, issues } = validateRecord(
      dispute,
      { summary: '补充：双方已同意现场查看' },
      { ...opts, partial: true, context: saved },
    );
    expect(issues).toEqual([]);
    expect(values).toEqual({ summary: '补充：双方已同意现场查看' });
  });

  it('a required field given empty is still refused; an optional one is cleared to null', () => {
    const cleared = validateRecord(dispute, { mediator: '' }, { ...opts, partial: true, context: saved });
    expect(cleared).toEqual({ values: { mediator: null }, issues: [] });
    const blank = validateRecord(dispute, { summary: '' }, { ...opts, partial: true, context: saved });
    expect(messages(blank.issues)).toEqual(['「纠纷概要」不能为空']);
  });

  it('runs the cross-field checks on the merged record', () => {
    const visit = validateRecord(
      petition,
      {
        receivedOn: '2026-05-06',
        channel: 'visit',
        origin: 'direct',
        people: 3,
        parties: [{ name: '赵六' }],
        subject: '道路硬化',
        category: 'urban',
        content: '要求硬化组级道路',
      },
      opts,
    );
    expect(visit.issues).toEqual([]);
    const patch = validateRecord(petition, { people: 12 }, { ...opts, partial: true, context: visit.values });
    expect(patch.issues).toEqual([
      { field: 'representatives', message: '多人走访的，应填写推选代表人数（不超过5人）' },
    ]);
  });
});

describe('cross-field checks of the kinds', () => {
  const petitionInput = (over: Record<string, unknown>) => ({
    receivedOn: '2026-05-06',
    channel: 'visit',
    origin: 'direct',
    people: 8,
    parties: [{ name: '赵六' }],
    subject: '征地补偿款分配',
    category: 'land',
    content: '要求公开补偿款分配方案',
    ...over,
  });

  it.each<[string, Record<string, unknown>, FieldIssue[]]>([
    [
      'group visit of 8 without representatives',
      {},
      [{ field: 'representatives', message: '多人走访的，应填写推选代表人数（不超过5人）' }],
    ],
    ['group visit of 8 with 3 representatives', { representatives: 3 }, []],
    ['group visit of exactly 5 without representatives', { people: 5 }, []],
    ['a letter from 8 people needs no representatives', { channel: 'letter' }, []],
    [
      'more than 5 representatives (Art.20)',
      { representatives: 6 },
      [{ field: 'representatives', message: '「推选代表人数」不能大于5' }],
    ],
    [
      'more representatives than people',
      { people: 2, representatives: 3 },
      [{ field: 'representatives', message: '推选代表人数不能多于人数' }],
    ],
  ])('petition: %s', (_name, over, expected) => {
    expect(validateRecord(petition, petitionInput(over), opts).issues).toEqual(expected);
  });

  const committee = (members: { gender: string }[], over: Record<string, unknown> = {}) => ({
    name: '青石镇人民调解委员会',
    level: 'township',
    establishedOn: '2024-06-01',
    members: members.map((m, i) => ({ name: `委员${i + 1}`, position: i === 0 ? 'chair' : 'member', ...m })),
    ...over,
  });

  it('committee without a woman is refused (人民调解法第九条)', () => {
    const { issues } = validateRecord(
      mediationCommittee,
      committee([{ gender: 'm' }, { gender: 'm' }, { gender: '男' }]),
      opts,
    );
    expect(issues).toEqual([
      { field: 'members', message: '人民调解委员会委员中应当有妇女成员（人民调解法第九条）' },
    ]);
  });

  it('committee with a woman (given by label) is accepted', () => {
    const { issues } = validateRecord(
      mediationCommittee,
      committee([{ gender: 'm' }, { gender: '女' }, { gender: 'm' }]),
      opts,
    );
    expect(issues).toEqual([]);
  });

  it('a village committee must name its village', () => {
    const { issues } = validateRecord(
      mediationCommittee,
      committee([{ gender: 'f' }, { gender: 'm' }, { gender: 'm' }], { level: 'village' }),
      opts,
    );
    expect(issues).toEqual([{ field: 'village', message: '村（居）调委会须选择所在村（社区）' }]);
  });

  it('cross-field checks wait until the fields themselves are valid', () => {
    const { issues } = validateRecord(petition, petitionInput({ people: 'many' }), opts);
    expect(issues).toEqual([{ field: 'people', message: '「人数」应为整数' }]);
  });
});

describe('record helpers', () => {
  it('editableIn: declared list, else every non-final state', () => {
    expect(['pending', 'accepted', 'mediating'].map((s) => editableIn(dispute, s))).toEqual([
      true,
      true,
      true,
    ]);
    expect(['succeeded', 'failed', 'closed'].map((s) => editableIn(dispute, s))).toEqual([
      false,
      false,
      false,
    ]);
    expect(editableIn(mediationCommittee, 'active')).toBe(true);
    expect(editableIn(mediationCommittee, 'dissolved')).toBe(false);
  });

  it('searchText: searchable fields and table columns, never phone or ID numbers', () => {
    const { values } = validateRecord(dispute, disputeInput({ mediator: '周调解' }), opts);
    const text = searchText(dispute, values);
    expect(text).toContain('张三');
    expect(text).toContain('李四');
    expect(text).toContain('排水沟');
    expect(text).toContain('周调解');
    expect(text).not.toContain('13800001234');
    expect(text).not.toContain(ID_A);
  });

  it('allFields: the record’s own and what non-repeatable actions store, once each', () => {
    const keys = allFields(dispute).map((f) => f.key);
    expect(keys).toContain('agreementOn');
    expect(keys).toContain('confirmationAppliedOn');
    expect(keys).not.toContain('visitedOn'); // 回访 is repeatable: lives in the events only
    expect(keys.filter((k) => k === 'mediator')).toHaveLength(1);
  });
});

describe('a retired option (法律顾问 type 法律明白人, issue 16 §5)', () => {
  const advisorInput = (type: string) => ({
    name: '张明',
    type,
    contractFrom: '2026-01-05',
    contractTo: '2027-01-04',
  });

  it('a new record may not take it, and the refusal says where such entries belong', () => {
    const { issues } = validateRecord(legalAdvisor, advisorInput('legal_aide'), opts);
    expect(byField(issues)).toEqual({
      type: '「类别」不能再选“法律明白人（已停用）”：法律明白人请在「法律明白人」台账登记',
    });
    // the list of allowed values in a refusal names only what may still be chosen
    const bad = validateRecord(legalAdvisor, advisorInput('律师'), opts);
    expect(byField(bad.issues)).toEqual({ type: '「类别」只能是：法律顾问、公职律师' });
  });

  it('a record that holds it keeps it through an edit of another field', () => {
    const context = advisorInput('legal_aide');
    const { values, issues } = validateRecord(
      legalAdvisor,
      { type: 'legal_aide', firm: '示例律师事务所' },
      { ...opts, partial: true, context },
    );
    expect(issues).toEqual([]);
    expect(values).toEqual({ type: 'legal_aide', firm: '示例律师事务所' });
  });

  it('an old record may move off it but not back onto it', () => {
    const moved = validateRecord(
      legalAdvisor,
      { type: 'advisor' },
      {
        ...opts,
        partial: true,
        context: advisorInput('legal_aide'),
      },
    );
    expect(moved.issues).toEqual([]);
    const back = validateRecord(
      legalAdvisor,
      { type: 'legal_aide' },
      {
        ...opts,
        partial: true,
        context: advisorInput('advisor'),
      },
    );
    expect(back.issues.map((i) => i.field)).toEqual(['type']);
  });
});
