import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeFiles } from './analyzeFiles';

const dir = mkdtempSync(join(tmpdir(), 'fazhi-analyze-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function report(unit: string, own: string, shared: string): string {
  const file = join(dir, `${unit}.txt`);
  writeFileSync(file, `${unit}2024年法治政府建设年度报告\n2024年，${unit}${own}\n${shared}\n`);
  return file;
}

/** A stock sentence of the year's formulas, about 50 characters, that unrelated reports share. */
const STOCK =
  '坚持以新时代思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入学习贯彻法治思想，扎实推进依法行政。';
/** A paragraph of some 250 counted characters, written once and sent up by two townships. */
const PARAGRAPH = [
  '镇党委把矛盾纠纷排查化解列入每月例会议程，由分管领导牵头梳理邻里、土地和婚姻家庭三类矛盾，',
  '逐件登记当事人、争议焦点和承办人员，实行台账销号管理。',
  '司法所联合派出所、法庭组建联调小组，对山林权属争议开展现场勘验，邀请老党员参与评理，',
  '促成双方签订书面协议并回访履行情况。',
  '针对外出务工人员返乡集中的春节前后，提前在各村公示法律援助热线和值班律师姓名，',
  '方便群众就近咨询工资拖欠、交通事故赔偿等问题。',
  '对调解不成的案件，指导当事人依法申请仲裁或提起诉讼，并协调法律援助中心指派律师代理，',
  '全年未发生因纠纷激化引发的群体性事件和民转刑案件，基层治理的法治底色更加鲜明。',
].join('');

const copyFindings = async (a: string, b: string) =>
  (await analyzeFiles([a, b]))[0]?.defects
    .filter((d) => d.kind === 'duplicated_text')
    .map((d) => d.confidence);

describe('copies between the files of one analyze batch', () => {
  it('shows a shared paragraph (medium) and keeps a shared stock sentence as a hint (low)', async () => {
    const stock = await copyFindings(
      report('青石镇', '组织干部学法六次，调处邻里纠纷，办结信访事项。', STOCK),
      report('白沙乡', '开展宪法宣传周活动，走访企业，听取群众意见。', STOCK),
    );
    expect(stock).toEqual(['low']);
    const paragraph = await copyFindings(
      report('柳溪镇', '组织干部学法六次。', PARAGRAPH),
      report('河西乡', '开展宪法宣传周活动。', PARAGRAPH),
    );
    expect(paragraph).toEqual(['medium']);
  });
});
