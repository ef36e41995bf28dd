import type { Role } from '../../core/roles';

/**
 * A fictional county for demos and tests. Every name here is invented and the
 * county carries 示例 in its name; the codes sit under an unused prefecture
 * number (99) so they can never collide with a real 区划代码.
 */
export const DEMO_COUNTY = { name: '示例县', code: '439999000000' };

/**
 * `reportPublished`: last year's annual report went through every step on time. 青石镇 has
 * not drafted it yet (the walkthrough drafts it) and 金沙乡 is late, so 待办 and the county's
 * list show both cases.
 */
export const DEMO_TOWNSHIPS = [
  {
    slug: 'qingshi',
    name: '青石镇',
    seq: '101',
    villages: ['青石社区', '枫林村', '石桥村'],
    reportPublished: false,
  },
  {
    slug: 'liuxi',
    name: '柳溪镇',
    seq: '102',
    villages: ['柳溪社区', '下湾村', '杉木村'],
    reportPublished: true,
  },
  {
    slug: 'yuntai',
    name: '云台乡',
    seq: '201',
    villages: ['云台村', '高坪村', '竹园村'],
    reportPublished: true,
  },
  {
    slug: 'donghu',
    name: '东湖街道',
    seq: '001',
    villages: ['东湖社区', '新华社区', '望江社区'],
    reportPublished: true,
  },
  {
    slug: 'taoyuan',
    name: '桃源镇',
    seq: '103',
    villages: ['桃源社区', '杏花村', '河口村'],
    reportPublished: true,
  },
  {
    slug: 'jinsha',
    name: '金沙乡',
    seq: '202',
    villages: ['金沙村', '白沙村', '龙潭村'],
    reportPublished: false,
  },
] as const;

export const TOWNSHIP_ROLES: { role: Role; suffix: string; title: string }[] = [
  { role: 'township_leader', suffix: 'leader', title: '乡镇领导' },
  { role: 'township_clerk', suffix: 'clerk', title: '经办人' },
  { role: 'legal_advisor', suffix: 'advisor', title: '法律顾问' },
];

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = [
  '建华',
  '丽娟',
  '志强',
  '秀英',
  '海涛',
  '晓燕',
  '国庆',
  '春梅',
  '文斌',
  '玉兰',
  '明辉',
  '红霞',
];

/** A made-up person's name, stable for a given index. */
export function demoPersonName(i: number): string {
  return `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}`;
}
