/**
 * The 部门决算情况说明 in the standard order and wording of the 决算公开 template: 收入支出决算总体情况,
 * 收入决算, 支出决算, 财政拨款收入支出决算总体情况, 一般公共预算财政拨款支出决算 (总体 / 结构 / 具体: 年初预算
 * against 决算 and the completion rate), 基本支出, “三公”经费 (预算 against 决算), 政府性基金, 国有资本经营,
 * 机关运行经费, 政府采购, 国有资产, 绩效, 名词解释. Every figure comes from the tables; what they do not
 * hold (a 年初预算 the table does not print, last year's figures without the prior year's tables, the
 * reasons) is a marked placeholder.
 */
import { formatWan } from '../../model/money';
import { shareBasisPoints } from '../shares';
import { body, line, pct, placeholder, subheading, wan, wanOrBlank, joinLines, type DraftParagraph, type DraftSection, type Line, type Part } from './model';
import { changeOnPrior, classPath, completion, everyGiven, finalAgainstBudget, functionName, shareList, type ShareItem } from './phrases';
import { priorYearWords, yearPart, type DraftContext } from './context';
import { adminOperatingNote, assetsParagraph, basicParts, govFundSection, groupPartParagraphs, performanceParagraph, priorThreePublic, procurementParagraph, stateCapitalSection } from './shared';
import type { CodedLine, Figures } from './coded-lines';
import type { Measured } from './three-public';
import { editionSections } from './edition';
import { basicTotal } from './basic';

function section(heading: string, paragraphs: DraftParagraph[]): DraftSection {
  return { heading: line(heading), paragraphs };
}

/** "Subject年度": '上海市…局2024年度'. */
function who(ctx: DraftContext): Line {
  return line(ctx.dept, yearPart(ctx), '年度');
}

/**
 * "与2023年度相比，X增加…，主要原因是【…】。" — computed with the prior year's tables (or with last year's figure the table
 * itself prints, `known`), a placeholder without.
 */
function onPrior(ctx: DraftContext, what: string, current: number, prior: number | undefined, known = ctx.prior !== undefined): Line {
  if (known) {
    const change = changeOnPrior(current, prior ?? 0, priorYearWords(ctx));
    return line(what, change, '。');
  }
  return line(`与${priorYearWords(ctx)}相比，`, placeholder('prior-change'), '。');
}

function totalSection(ctx: DraftContext): DraftSection | undefined {
  const i = ctx.r.income;
  const grand = i?.grandTotal;
  if (!i || grand === undefined) return undefined;
  const expenseGrand = i.expenseGrandTotal ?? grand;
  const paragraphs: DraftParagraph[] = [];
  const totals =
    expenseGrand === grand
      ? line(who(ctx), '收、支总计', wan(grand), '。')
      : line(who(ctx), '收入总计', wan(grand), '，支出总计', wan(expenseGrand), '。');
  paragraphs.push(body(totals, onPrior(ctx, '收、支总计', grand, ctx.prior?.income?.grandTotal)));
  const parts: Line[] = [];
  // With nothing carried over the totals are this year's own: the real texts then say nothing more.
  if (i.currentTotal !== undefined && i.carryover !== undefined && i.carryover !== 0 && i.currentTotal + i.carryover === grand) {
    parts.push(line('收入总计', wan(grand), '，包括本年收入合计', wan(i.currentTotal), '和年初结转和结余', wan(i.carryover), '。'));
  }
  if (i.expenseTotal !== undefined && i.yearEndCarryover !== undefined && i.yearEndCarryover !== 0 && i.expenseTotal + i.yearEndCarryover === expenseGrand) {
    parts.push(line('支出总计', wan(expenseGrand), '，包括本年支出合计', wan(i.expenseTotal), '和年末结转和结余', wan(i.yearEndCarryover), '。'));
  }
  if (parts.length > 0) paragraphs.push(body(...parts));
  return section('收入支出决算总体情况说明', paragraphs);
}

function incomeSection(ctx: DraftContext): DraftSection | undefined {
  const i = ctx.r.income;
  const total = i?.currentTotal;
  if (!i || (total === undefined && i.items.length === 0)) return undefined;
  const top = i.items.filter((x) => !x.sub);
  const present = top.filter((x) => x.fen !== 0);
  const items: ShareItem[] = present.map((x) => ({ name: x.name, fen: x.fen }));
  // Without a printed 本年收入合计 (a table cut short) the sources are listed without shares and the total is left blank.
  const list = total !== undefined ? shareList(items, total, '本年收入', ctx.notes) : joinLines(items.map((x) => line(x.name, wan(x.fen))), '；');
  const paragraphs = [body('本年收入合计', wanOrBlank(total), items.length > 0 && '，其中：', items.length > 0 && list, '。'), ...groupPartParagraphs(i.items)];
  const absent = top.filter((x) => x.fen === 0).map((x) => x.name);
  if (absent.length > 0) paragraphs.push(body(`本年无${absent.join('、')}。`));
  return section('收入决算情况说明', paragraphs);
}

function expenseSection(ctx: DraftContext): DraftSection | undefined {
  const e = ctx.r.expense;
  if (!e || e.total === undefined || e.basic === undefined || e.project === undefined) return undefined;
  const items: ShareItem[] = [{ name: '基本支出', fen: e.basic }, { name: '项目支出', fen: e.project }, ...e.others];
  return section('支出决算情况说明', [body('本年支出合计', wan(e.total), '，其中：', shareList(items, e.total, '本年支出', ctx.notes), '。')]);
}

function fiscalSection(ctx: DraftContext): DraftSection | undefined {
  const f = ctx.r.fiscal;
  if (!f) return undefined;
  const sum = f.sources.reduce((s, x) => s + x.fen, 0);
  const total = f.grandTotal ?? (f.sources.length > 0 ? sum : undefined);
  if (total === undefined) return undefined;
  const paragraphs = [body(who(ctx), '财政拨款收、支总计', wan(total), '。', onPrior(ctx, '财政拨款收、支总计', total, ctx.prior?.fiscal?.grandTotal))];
  if (f.sources.length > 0 && sum === total) {
    paragraphs.push(body('财政拨款收入总计', wan(total), '，其中：', joinLines(f.sources.map((s) => line(s.name, wan(s.fen))), '，'), '。'));
  }
  return section('财政拨款收入支出决算总体情况说明', paragraphs);
}

/** "年初预算为X万元，支出决算为Y万元，完成年初预算的Z%。决算数小于年初预算数的主要原因是【…】。" */
function againstInitial(figures: Figures, hasInitial: boolean, hasAdjusted: boolean): Line {
  const final = figures.current ?? 0;
  if (!hasInitial) {
    return line('年初预算为', placeholder('initial-budget'), '万元，支出决算为', wan(final), '，完成年初预算的', placeholder('completion'), '%。');
  }
  const initial = figures.initial ?? 0;
  if (initial !== 0) {
    return line('年初预算为', wan(initial), '，支出决算为', wan(final), completion(final, initial, '年初预算') && '，', completion(final, initial, '年初预算'), '。', finalAgainstBudget(final, initial), '。');
  }
  // Nothing budgeted at the start of the year: the rate is of the whole year's budget, and the
  // reason asked for is why money was added during the year.
  const adjusted = figures.adjusted;
  const ofYear = hasAdjusted && adjusted ? completion(final, adjusted, '全年预算') : undefined;
  return line(
    '年初未安排预算',
    hasAdjusted && adjusted ? line('，全年预算为', wan(adjusted)) : undefined,
    '，支出决算为',
    wan(final),
    '，',
    ofYear ?? line('完成全年预算的', placeholder('completion'), '%'),
    '。',
    final !== 0 ? line('年中追加预算的主要原因是', placeholder('reason'), '。') : undefined,
  );
}

function generalBudgetSection(ctx: DraftContext): DraftSection | undefined {
  const gb = ctx.r.generalBudget;
  const total = gb?.total.current;
  if (!gb || total === undefined) return undefined;
  const paragraphs: DraftParagraph[] = [subheading('（一）一般公共预算财政拨款支出决算总体情况')];
  const expenseTotal = ctx.r.expense?.total ?? ctx.r.income?.expenseTotal;
  const share = expenseTotal ? shareBasisPoints(total, expenseTotal) : undefined;
  paragraphs.push(
    body(
      who(ctx),
      '一般公共预算财政拨款支出',
      wan(total),
      share !== undefined && line('，占本年支出合计的', pct(share)),
      '。',
      onPrior(ctx, '一般公共预算财政拨款支出', total, ctx.prior?.generalBudget?.total.current),
    ),
  );
  const classes = gb.lines.filter((l) => l.level === 1 && l.current);
  if (classes.length > 0) {
    paragraphs.push(subheading('（二）一般公共预算财政拨款支出决算结构情况'));
    const items = classes.map((l) => ({ name: line(functionName(ctx.names, l), '（类）'), fen: l.current! }));
    paragraphs.push(body(who(ctx), '一般公共预算财政拨款支出', wan(total), '，主要用于以下方面：', shareList(items, total, '一般公共预算财政拨款支出结构', ctx.notes), '。'));
  }
  paragraphs.push(subheading('（三）一般公共预算财政拨款支出决算具体情况'));
  if (!gb.hasInitial) ctx.notes.push('一般公共预算财政拨款支出决算表没有年初预算数，草稿中的年初预算数和完成比例留待填写；决算数与年初预算数不同时请说明原因。');
  paragraphs.push(body(yearPart(ctx), '年度一般公共预算财政拨款支出', againstInitial(gb.total, gb.hasInitial, gb.hasAdjusted)));
  const items = gb.lines.filter((l) => l.level === 3 && (l.current || l.initial));
  items.forEach((l: CodedLine, i) => {
    paragraphs.push(body(`${i + 1}．`, classPath(ctx.names, gb.lines, l), '。', againstInitial(l, gb.hasInitial, gb.hasAdjusted)));
  });
  return section('一般公共预算财政拨款支出决算情况说明', paragraphs);
}

function basicSection(ctx: DraftContext): DraftSection | undefined {
  const b = ctx.r.basic;
  if (!b || (b.personnel === undefined && b.public === undefined)) return undefined;
  const sum = (b.personnel ?? 0) + (b.public ?? 0);
  const gbBasic = ctx.r.generalBudget?.total.basic;
  const total = basicTotal(b.personnel ?? 0, b.public ?? 0, gbBasic ?? b.total);
  if (gbBasic !== undefined && gbBasic !== sum) {
    ctx.notes.push(`基本支出决算表人员经费与公用经费之和${formatWan(sum)}万元不等于一般公共预算财政拨款支出决算表的基本支出${formatWan(gbBasic)}万元，请先核对表格。`);
  }
  return section('一般公共预算财政拨款基本支出决算情况说明', [
    body(who(ctx), '一般公共预算财政拨款基本支出', wan(total), '，其中：', basicParts(ctx), '。'),
  ]);
}

const THREE_PUBLIC_PARTS = [
  ['abroad', '因公出国（境）费'],
  ['vehicle', '公务用车购置及运行维护费'],
  ['reception', '公务接待费'],
] as const;

/** "支出决算为X万元，完成预算的Y%" of one 三公 figure (a marked blank where the table gives no figure for certain). */
function finalWithRate(m: Measured): Line {
  const rate = m.budget && m.current !== undefined ? completion(m.current, m.budget, '预算') : undefined;
  const unbudgeted = m.budget === 0 && m.current !== undefined && m.current !== 0 ? '（预算未安排）' : undefined;
  return line('支出决算为', wanOrBlank(m.current), rate && '，', rate, unbudgeted);
}

function threePublicSection(ctx: DraftContext): DraftSection | undefined {
  const t = ctx.r.threePublic;
  if (!t) return undefined;
  ctx.notes.push(...t.notes);
  const p = t.parts;
  const total = p.total.current;
  const paragraphs: DraftParagraph[] = [subheading('（一）“三公”经费财政拨款支出决算总体情况说明')];
  // '“三公”经费财政拨款支出预算为X万元，支出决算为Y万元' — without a 预算数, '“三公”经费财政拨款支出决算为Y万元'.
  const overall = p.total.budget !== undefined ? line('支出预算为', wan(p.total.budget), '，', finalWithRate(p.total)) : line(finalWithRate(p.total));
  paragraphs.push(
    body(
      yearPart(ctx),
      '年度“三公”经费财政拨款',
      overall,
      '，其中：',
      joinLines(THREE_PUBLIC_PARTS.map(([k, name]) => line(name, finalWithRate(p[k]))), '；'),
      '。',
      p.total.budget !== undefined && total !== undefined && line('“三公”经费支出', finalAgainstBudget(total, p.total.budget, '预算数'), '。'),
      total !== undefined
        ? onPrior(ctx, '“三公”经费财政拨款支出决算', total, priorThreePublic(ctx, t)?.('total'), ctx.prior !== undefined || p.total.prior !== undefined)
        : line(`与${priorYearWords(ctx)}相比，`, placeholder('prior-change'), '。'),
    ),
  );
  paragraphs.push(subheading('（二）“三公”经费财政拨款支出决算具体情况说明'));
  const items = THREE_PUBLIC_PARTS.map(([k, name]) => ({ name: `${name}支出决算`, fen: p[k].current }));
  const given = everyGiven(items);
  if (total !== undefined && total > 0 && given) {
    paragraphs.push(body(yearPart(ctx), '年度“三公”经费财政拨款支出决算', wan(total), '，其中：', shareList(given, total, '“三公”经费', ctx.notes), '。'));
  } else {
    paragraphs.push(body(yearPart(ctx), '年度“三公”经费财政拨款支出决算为', wanOrBlank(total), '。'));
  }
  const activity = (fen: number | undefined): Part => fen !== undefined && fen > 0 && line('，', placeholder('three-public-activity'));
  paragraphs.push(body('1．因公出国（境）费支出', wanOrBlank(p.abroad.current), activity(p.abroad.current), '。'));
  paragraphs.push(
    body(
      '2．公务用车购置及运行维护费支出',
      wanOrBlank(p.vehicle.current),
      '，其中：公务用车购置支出',
      wanOrBlank(p.purchase.current),
      '，公务用车运行维护支出',
      wanOrBlank(p.operation.current),
      activity(p.vehicle.current),
      '。',
    ),
  );
  paragraphs.push(body('3．公务接待费支出', wanOrBlank(p.reception.current), activity(p.reception.current), '。'));
  return section('财政拨款“三公”经费支出决算情况说明', paragraphs);
}

function adminOperatingSection(ctx: DraftContext): DraftSection {
  const a = ctx.r.threePublic?.adminOperating;
  if (a) {
    return section('机关运行经费支出情况说明', [
      body(who(ctx), '机关运行经费支出', wan(a.current), '。', onPrior(ctx, '机关运行经费支出', a.current, ctx.prior?.threePublic?.adminOperating?.current)),
    ]);
  }
  adminOperatingNote(ctx);
  return section('机关运行经费支出情况说明', [body(who(ctx), '机关运行经费支出', placeholder('admin-operating'), '万元。')]);
}

const GLOSSARY = [
  '财政拨款收入：指单位从同级财政部门取得的财政预算资金。',
  '事业收入：指事业单位开展专业业务活动及辅助活动取得的收入。',
  '经营收入：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。',
  '其他收入：指单位取得的除上述收入以外的各项收入。',
  '年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。',
  '年末结转和结余：指单位按有关规定结转到下年或以后年度继续使用的资金。',
  '基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。',
  '项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。',
  '经营支出：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动发生的支出。',
  '“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。其中，因公出国（境）费反映单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车购置及运行维护费反映单位公务用车车辆购置支出（含车辆购置税）及燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。',
  '机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。',
];

/** The sections of a 决算 draft, in the template's order. */
export function finalSections(ctx: DraftContext): DraftSection[] {
  const opening = { totalSection, incomeSection, expenseSection, fiscalSection, generalBudgetSection, basicSection };
  return editionSections(ctx, opening, [
    threePublicSection,
    govFundSection,
    stateCapitalSection,
    adminOperatingSection,
    (c) => section('政府采购支出情况说明', [procurementParagraph(c, '')]),
    (c) => section('国有资产占用情况说明', [assetsParagraph(c, line('截至', yearPart(c), '年12月31日，'))]),
    (c) => section('预算绩效管理情况说明', [performanceParagraph(c, '')]),
    () => section('名词解释', GLOSSARY.map((g, i) => body(`${i + 1}．${g}`))),
  ]);
}
