import type { Paragraph } from '../spans';

/**
 * Reports copied onto traditional-character pages (小龍門鄉…報告, 信息來源: 辰溪縣…) are read
 * by folding the characters that matter for names, titles and openings to their simplified
 * forms, one character for one, so every offset stays the same; the unit is then given as the
 * text writes it. Pairs from the correspondence table of 《通用规范汉字表》 (国务院, 2013,
 * 附件1 规范字与繁体字、异体字对照表); only characters that no simplified text uses are folded.
 */
const TRADITIONAL =
  '鎮鄉縣區辦處黨員會關於報總結況設態業務發開經濟術園場東門陽華興寧豐慶廣雲嶺龍劉陳' +
  '張趙葉楊灣灘溝橋莊鐵銀錦鳳鶴雞馬鳥魚貴陝蘇嶽濱澤潤漢湧環壩崗嶼峽巖懷揚樂樓樹橫檢' +
  '權歸氣滿漁潛濰獅現瑤畢盤礦禮種窯築簡紅紀納統絲維綿羅義習聖聯臺舊萊萬蓮蘭衛規視觀' +
  '計記許試該認語誠說調談請論證議護讀變讓財責費資賢質贛車軍載農這進遠連運過達違選遼' +
  '還邊鄭鄧醫釋鋼錄鍾長問間閩陰隊階隨隴雙雜離難電靈靜韓項順預領頭題類顯風飛館駐體鹽' +
  '麗黃齊學導堅實貫徹積極繼續圍繞緊強層範劃審執監復訴訟應糾紛訪傳覽書將為與從對們個' +
  '來時後據綱專舉績標準決組織識幹職戶歷屆參獲榮優營產匯號屬機構單佈瀏數點擊條網頁爭' +
  '創聽愛國際團級藝雖鬥動勞勢協廳廠倉儀價億僅備傷劑勵啟嚴圖塊壓壞壯夢奪奮孫寶寫寬尋' +
  '帶幫廢彈徑惡慣憲戰戲掃擔擴擁擇攜敗敵斷無晉曉暫槍樣樞歡殘沒溫滅滬潔災爲狀獨獎畫當' +
  '療盜盡眾矯禍稅穩筆節糧約細終給絕綜線緣編練縮繫罰聲膽艱藥蟲補製複見親觸訂訊託詐評' +
  '詞詢詳誌誤課誰諮講謀謹譜豬貢貧販貨貸貿賠賬賭購贈趨跡踐軟較輔輸轉辭週遊遞遲遷適邏' +
  '郵銷鋪錢錯鍵鎖鑒閱闡陸險隱響頒頓頻顧飲飯養餘騙驗驚鮮齡禦揮紮濃鄰';
const SIMPLIFIED =
  '镇乡县区办处党员会关于报总结况设态业务发开经济术园场东门阳华兴宁丰庆广云岭龙刘陈' +
  '张赵叶杨湾滩沟桥庄铁银锦凤鹤鸡马鸟鱼贵陕苏岳滨泽润汉涌环坝岗屿峡岩怀扬乐楼树横检' +
  '权归气满渔潜潍狮现瑶毕盘矿礼种窑筑简红纪纳统丝维绵罗义习圣联台旧莱万莲兰卫规视观' +
  '计记许试该认语诚说调谈请论证议护读变让财责费资贤质赣车军载农这进远连运过达违选辽' +
  '还边郑邓医释钢录钟长问间闽阴队阶随陇双杂离难电灵静韩项顺预领头题类显风飞馆驻体盐' +
  '丽黄齐学导坚实贯彻积极继续围绕紧强层范划审执监复诉讼应纠纷访传览书将为与从对们个' +
  '来时后据纲专举绩标准决组织识干职户历届参获荣优营产汇号属机构单布浏数点击条网页争' +
  '创听爱国际团级艺虽斗动劳势协厅厂仓仪价亿仅备伤剂励启严图块压坏壮梦夺奋孙宝写宽寻' +
  '带帮废弹径恶惯宪战戏扫担扩拥择携败敌断无晋晓暂枪样枢欢残没温灭沪洁灾为状独奖画当' +
  '疗盗尽众矫祸税稳笔节粮约细终给绝综线缘编练缩系罚声胆艰药虫补制复见亲触订讯托诈评' +
  '词询详志误课谁咨讲谋谨谱猪贡贫贩货贷贸赔账赌购赠趋迹践软较辅输转辞周游递迟迁适逻' +
  '邮销铺钱错键锁鉴阅阐陆险隐响颁顿频顾饮饭养余骗验惊鲜龄御挥扎浓邻';

const FOLD = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length; i++) FOLD.set(TRADITIONAL[i] as string, SIMPLIFIED[i] as string);
const ANY = new RegExp(`[${TRADITIONAL}]`, 'g');

/** The text with traditional characters folded to simplified ones, of the same length. */
export function fold(s: string): string {
  return s.replace(ANY, (c) => FOLD.get(c) ?? c);
}

/** Traditional characters by code, for the quick test below. */
const IS_TRADITIONAL = new Uint8Array(0x10000);
for (let i = 0; i < TRADITIONAL.length; i++) IS_TRADITIONAL[TRADITIONAL.charCodeAt(i)] = 1;

/** Whether the head of the text (its first 1,500 characters) holds three or more traditional characters. */
export function looksTraditional(paras: readonly Paragraph[]): boolean {
  let n = 0;
  let left = 1500;
  for (const p of paras) {
    const t = p.text;
    const end = Math.min(t.length, left);
    for (let i = 0; i < end; i++) if (IS_TRADITIONAL[t.charCodeAt(i)] === 1 && ++n >= 3) return true;
    left -= end;
    if (left <= 0) break;
  }
  return false;
}
