import type { ComposeInput } from './input';
import type {
  ParagraphOrigin,
  ReportDocument,
  ReportParagraph,
  ReportPart,
  ReportPartKey,
  ReportSection,
  Segment,
} from './model';
import { DISPUTE, SERVICE } from './phrasing/dispute';
import { ENFORCEMENT, SUPERVISION } from './phrasing/enforcement';
import { type PhrasingContext, unitWords } from './phrasing/kit';
import { CAPACITY, ORGANIZATION } from './phrasing/leadership';
import { DECISION, PUBLICITY } from './phrasing/publicity';
import { responsiblePersonParagraphs } from './phrasing/responsible';
import type { AreaPhrasing, DraftParagraph } from './phrasing/types';
import { planParagraphs, shortcomingParagraphs, weaknesses } from './suggestions';

/**
 * The annual report composed from the unit's figures and ledger highlights, in the statutory
 * structure. Pure and deterministic: the same input gives the same document with the same
 * paragraph ids (`${part}-${what it says}`), so a refreshed report lines up with the stored one.
 */

/** Part 一's subsections, in the catalog's area order. */
export const AREA_PHRASINGS: readonly AreaPhrasing[] = [
  ORGANIZATION,
  CAPACITY,
  PUBLICITY,
  DECISION,
  ENFORCEMENT,
  SUPERVISION,
  DISPUTE,
  SERVICE,
];

export const PART_HEADINGS: Record<Exclude<ReportPartKey, 'next_year_plan'>, string> = {
  measures_and_results: '推进法治政府建设的主要举措和成效',
  shortcomings: '存在的不足和原因',
  first_responsible_person: '党政主要负责人履行推进法治建设第一责任人职责情况',
  other: '其他需要报告的情况',
};

export function nextYearHeading(year: number): string {
  return `${year + 1}年推进法治政府建设的主要安排`;
}

/** The title; a joint issue names both organs, the 党委 first, a space between (GB/T 9704 §7.2.6). */
export function reportTitle(issuer: string, year: number, party?: string): string {
  return `${party ? `${party} ` : ''}${issuer}关于${year}年法治政府建设工作情况的报告`;
}

const para = (id: string, segments: Segment[], origin: ParagraphOrigin): ReportParagraph => ({
  id,
  segments,
  origin,
});

const fromDrafts = (list: readonly DraftParagraph[], origin: ParagraphOrigin): ReportParagraph[] =>
  list.map((d) => para(d.slot, d.segments, origin));

/** The township's own text for a part: one paragraph per non-empty line. */
export function writtenParagraphs(part: ReportPartKey, text: string | undefined): ReportParagraph[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l, i) => para(`${part}-written-${i + 1}`, [{ t: 'text', text: l }], 'written'));
}

function opening(ctx: PhrasingContext): ReportParagraph {
  const { input, words } = ctx;
  return para(
    'opening-1',
    [
      {
        t: 'text',
        text: `${input.year}年，${words.self}在上级党委、政府的坚强领导下，坚持以习近平法治思想为指导，深入贯彻落实法治政府建设实施纲要，统筹推进依法行政各项工作，法治政府建设取得新的进展。现将有关情况报告如下。`,
      },
    ],
    'data',
  );
}

function measuresPart(ctx: PhrasingContext): ReportPart {
  const sections: ReportSection[] = [];
  for (const a of AREA_PHRASINGS) {
    const paragraphs = fromDrafts(
      a.paragraphs(ctx).map((d) => ({ ...d, slot: `measures_and_results-${d.slot}` })),
      'data',
    );
    if (paragraphs.length > 0)
      sections.push({ id: `measures_and_results-${a.area}`, heading: a.heading, paragraphs });
  }
  const written = writtenParagraphs('measures_and_results', ctx.input.narrative?.measures_and_results);
  if (written.length > 0) {
    sections.push({ id: 'measures_and_results-written', heading: '其他方面工作', paragraphs: written });
  }
  const intro =
    sections.length > 0
      ? para(
          'measures_and_results-intro',
          [{ t: 'text', text: `${ctx.words.self}对照年度法治政府建设任务，重点抓好以下几个方面的工作。` }],
          'data',
        )
      : para(
          'measures_and_results-intro',
          [
            {
              t: 'text',
              text: `${ctx.words.self}对照年度法治政府建设任务推进各项工作。本年度相关工作台账尚未形成可供统计的数据，具体做法和成效有待补充。`,
            },
          ],
          'suggested',
        );
  return {
    key: 'measures_and_results',
    heading: PART_HEADINGS.measures_and_results,
    intro: [intro],
    sections,
  };
}

/**
 * Part 三 from the records of the principals' work; with no record and no text of the
 * township's own, one sentence says so instead of asserting a duty carried out.
 */
function responsibleIntro(ctx: PhrasingContext): ReportParagraph[] {
  const composed = fromDrafts(responsiblePersonParagraphs(ctx), 'data');
  const written = writtenParagraphs(
    'first_responsible_person',
    ctx.input.narrative?.first_responsible_person,
  );
  if (composed.length > 0 || written.length > 0) return [...composed, ...written];
  return [
    para(
      'first_responsible_person-none',
      [
        {
          t: 'text',
          text: `台账中尚无${ctx.words.principals}主持研究法治建设、带头学法述法和出庭应诉的记录，本部分有待根据实际履职情况填写。`,
        },
      ],
      'suggested',
    ),
  ];
}

export function composeReport(input: ComposeInput): ReportDocument {
  const words = unitWords(input.unit);
  const ctx: PhrasingContext = { input, words };
  const joint = input.joint === true;
  const found = weaknesses(ctx);
  const narrative = input.narrative ?? {};
  const parts: ReportPart[] = [
    measuresPart(ctx),
    {
      key: 'shortcomings',
      heading: PART_HEADINGS.shortcomings,
      intro: [
        ...fromDrafts(shortcomingParagraphs(found), 'suggested'),
        ...writtenParagraphs('shortcomings', narrative.shortcomings),
      ],
      sections: [],
    },
    {
      key: 'first_responsible_person',
      heading: PART_HEADINGS.first_responsible_person,
      intro: responsibleIntro(ctx),
      sections: [],
    },
    {
      key: 'next_year_plan',
      heading: nextYearHeading(input.year),
      intro: [
        ...fromDrafts(planParagraphs(ctx, found), 'suggested'),
        ...writtenParagraphs('next_year_plan', narrative.next_year_plan),
      ],
      sections: [],
    },
    {
      key: 'other',
      heading: PART_HEADINGS.other,
      intro: writtenParagraphs('other', narrative.other),
      sections: [],
    },
  ];
  return {
    unit: { id: input.unit.id, name: input.unit.name },
    year: input.year,
    title: reportTitle(words.issuer, input.year, joint ? words.partyIssuer : undefined),
    opening: [opening(ctx)],
    parts,
    signature: { unit: words.issuer, date: input.signDate, ...(joint ? { party: words.partyIssuer } : {}) },
  };
}
