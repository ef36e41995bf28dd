import { fieldOf } from '../../indicators/describe';
import { ledgerKind } from '../../ledgers/registry';
import { cl, fieldText, fig, highlightsOf, paragraph, sentence, trend } from './kit';
import { type AreaPhrasing, drafts } from './types';

/** 矛盾化解 (with 信访) and 职能与服务 in part 一. */

/** The dispute types most often settled, by their Chinese labels (至多三类, 其他 left out). */
function settledTypes(ctx: Parameters<AreaPhrasing['paragraphs']>[0]): string[] {
  const kind = ledgerKind('dispute');
  const field = kind ? fieldOf(kind, 'type') : undefined;
  const label = (v: string) =>
    field && field.type === 'select' ? field.options.find((o) => o.value === v)?.label : undefined;
  const counts = new Map<string, number>();
  for (const h of highlightsOf(ctx, 'mediated_disputes')) {
    const v = fieldText(h, 'type') || h.title;
    if (v === 'other') continue;
    const l = label(v);
    if (l) counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  // most frequent first; ties in the order of the field's options, so the wording is stable
  const order = field && field.type === 'select' ? field.options.map((o) => o.label) : [];
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]))
    .slice(0, 3)
    .map(([l]) => l);
}

export const DISPUTE: AreaPhrasing = {
  area: 'dispute',
  heading: '依法化解矛盾纠纷，维护基层和谐稳定',
  paragraphs: (ctx) => {
    const w = ctx.words;
    const committees = cl(`${w.whole}现有人民调解委员会`, fig(ctx, 'dispute.mediation_committees'));
    const handled = cl('排查调处矛盾纠纷', fig(ctx, 'dispute.handled'));
    const resolved = cl('调解成功', fig(ctx, 'dispute.resolved'));
    const successRate = cl('调解成功率', fig(ctx, 'dispute.success_rate'));
    const closureRate = cl('办结率', fig(ctx, 'dispute.closure_rate'));
    const types = settledTypes(ctx);
    const typesClause =
      types.length > 0
        ? cl(`成功调解的纠纷主要涉及${types.join('、')}${types.length > 1 ? '等' : ''}方面`)
        : null;
    const aides = cl('培训法律明白人', fig(ctx, 'dispute.legal_aides_trained', '人次'));
    const roster = cl(`${w.whole}在册法律明白人`, fig(ctx, 'dispute.legal_aides', '人'));
    const trainings = cl('开展法律明白人培训', fig(ctx, 'dispute.legal_aide_trainings', '批次'));
    // 行政调解 by the government itself, apart from the 调委会 above (issue 16 §3)
    const adminHandled = cl('开展行政调解', fig(ctx, 'dispute.admin_mediations'));
    const admin = adminHandled
      ? sentence(
          adminHandled,
          cl('行政调解成功', fig(ctx, 'dispute.admin_mediation_succeeded')),
          cl('行政调解成功率', fig(ctx, 'dispute.admin_mediation_rate')),
        )
      : null;
    const mediation = paragraph(
      sentence(
        committees,
        handled && cl('坚持和发展新时代“枫桥经验”'),
        handled,
        resolved,
        handled && successRate,
        handled && closureRate,
      ),
      sentence(typesClause),
      sentence(roster, trainings, aides, (aides || trainings) && cl('推动矛盾纠纷就地化解')),
    );
    const risks = cl('排查列管重点人员', fig(ctx, 'dispute.risk_persons', '人'));
    const risk = risks
      ? paragraph(sentence(cl('坚持矛盾风险定期研判'), risks, cl('逐人落实包保责任和稳控化解措施')))
      : null;
    const batches = fig(ctx, 'petition.visit_batches');
    const visitors = fig(ctx, 'petition.visitors', '人');
    const visits = batches
      ? cl('接待来访群众', batches, visitors ? '、' : '', visitors ?? '')
      : cl('接待来访群众', visitors);
    const cases = cl('受理信访事项', fig(ctx, 'petition.cases'));
    const petition =
      visits || cases
        ? paragraph(
            sentence(
              cl('畅通群众表达合理诉求的渠道'),
              visits,
              cases,
              cases && trend(ctx, 'petition.cases', 'down'),
              cases && cl('办结', fig(ctx, 'petition.closed')),
              cases && cl('办结率', fig(ctx, 'petition.closure_rate')),
            ),
            sentence(
              cl('信访事项及时受理率', fig(ctx, 'petition.timely_acceptance_rate')),
              cl('信访事项按期办结率', fig(ctx, 'petition.timely_closure_rate')),
            ),
          )
        : null;
    return drafts(
      ['dispute-mediation', mediation],
      ['dispute-admin-mediation', paragraph(admin)],
      ['dispute-risk', risk],
      ['dispute-petition', petition],
    );
  },
};

export const SERVICE: AreaPhrasing = {
  area: 'service',
  heading: '优化便民服务，推进政府职能转变',
  paragraphs: (ctx) => {
    const w = ctx.words;
    const center = ctx.input.unit.level === 'county' ? '政务服务中心' : '便民服务中心';
    const windows = cl(`${w.self}${center}设置服务窗口`, fig(ctx, 'service.windows'));
    const matters = cl('全年办理政务服务事项', fig(ctx, 'service.matters_handled'));
    const satisfaction = cl('群众满意度达', fig(ctx, 'service.satisfaction_rate'));
    return drafts(['service-centre', paragraph(sentence(windows, matters, satisfaction))]);
  },
};
