/**
 * The 部门预算情况说明 in the standard order and wording of the published explanations: 收支总体,
 * 收入, 支出, 财政拨款收支, 一般公共预算当年拨款 (规模 / 结构 / 具体), 基本支出, 项目支出, 政府性基金,
 * 国有资本经营, “三公”经费, 机关运行经费, 其他重要事项. Every figure is a table figure or computed from
 * table figures; 比上年 sentences appear only with the prior year's tables.
 */
import { formatWan, toFen } from '../../model/money';
import { figureKey, type PlainColumnKey } from '../../model/keys';
import { body, joinLines, line, placeholder, subheading, wan, wanOrBlank, type DraftParagraph, type DraftSection, type Line, type Part } from './model';
import { changeOnPrior, classPath, everyGiven, functionName, shareList, type ShareItem } from './phrases';
import { yearPart, type DraftContext } from './context';
import { adminOperatingNote, basicParts, govFundSection, groupPartParagraphs, otherMattersSection, priorThreePublic, stateCapitalSection, threePublicParts } from './shared';
import type { IncomeItem } from './income';
import { lineOfCode } from './coded-lines';
import { editionSections } from './edition';
import { basicTotal } from './basic';

function section(heading: Part, paragraphs: DraftParagraph[]): DraftSection {
  return { heading: line(heading), paragraphs };
}

function withChange(change: Line | undefined): Part {
  return change && line('，', change);
}

function about(ctx: DraftContext, what: string): Line {
  return line(`关于${ctx.dept}`, yearPart(ctx), `年${what}`);
}

/** Income sources with an amount, top level (with 上年结转 as one of them). */
function incomeShareItems(ctx: DraftContext): { items: (IncomeItem & { prior?: number })[]; absent: string[] } {
  const income = ctx.r.income!;
  const prior = ctx.prior?.income;
  const priorOf = (i: IncomeItem) => (prior ? prior.items.find((p) => p.key === i.key && p.name === i.name)?.fen ?? 0 : undefined);
  const top = income.items.filter((i) => !i.sub);
  const items = top.filter((i) => i.fen !== 0).map((i) => ({ ...i, prior: priorOf(i) }));
  if (income.carryover) items.push({ name: '上年结转结余', fen: income.carryover, sub: false, key: 'carryover', prior: prior ? prior.carryover ?? 0 : undefined });
  const absent = income.items.filter((i) => i.fen === 0).map((i) => i.name);
  if (income.carryover === 0 || (income.carryover === undefined && income.items.length > 0)) absent.push('上年结转结余');
  return { items, absent };
}

function totalSection(ctx: DraftContext): DraftSection | undefined {
  const income = ctx.r.income;
  const total = income?.grandTotal ?? ctx.r.expense?.total;
  if (total === undefined) return undefined;
  const change = changeOnPrior(total, ctx.prior?.income?.grandTotal ?? ctx.prior?.expense?.total);
  const paragraphs = [
    body(`按照全口径预算的原则，${ctx.dept}`, yearPart(ctx), '年所有收入和支出均纳入部门预算管理。收支总预算', wan(total), withChange(change), '。'),
  ];
  if (income) {
    const sources = incomeShareItems(ctx).items.map((i) => i.name);
    if (sources.length > 0) paragraphs.push(body(`收入预算包括：${sources.join('、')}。`));
  }
  const classes = (ctx.r.expenseLines ?? ctx.r.generalBudget)?.lines.filter((l) => l.level === 1 && l.current);
  if (classes && classes.length > 0) paragraphs.push(body('支出预算包括：', joinLines(classes.map((l) => line(functionName(ctx.names, l))), '、'), '。'));
  return section(about(ctx, '收支预算情况的总体说明'), paragraphs);
}

function incomeSection(ctx: DraftContext): DraftSection | undefined {
  const income = ctx.r.income;
  const total = income?.grandTotal;
  if (!income || total === undefined) return undefined;
  const { items, absent } = incomeShareItems(ctx);
  const shareItems: ShareItem[] = items.map((i) => ({ name: i.name, fen: i.fen, after: changeOnPrior(i.fen, i.prior) }));
  const change = changeOnPrior(total, ctx.prior?.income?.grandTotal);
  const paragraphs = [
    body(ctx.dept, yearPart(ctx), '年收入预算', wan(total), withChange(change), items.length > 0 && '，其中：', items.length > 0 && shareList(shareItems, total, '收入预算', ctx.notes), '。'),
    ...groupPartParagraphs(income.items),
  ];
  if (absent.length > 0) paragraphs.push(body(`${absent.join('、')}未安排。`));
  return section(about(ctx, '收入预算情况说明'), paragraphs);
}

function expenseSection(ctx: DraftContext): DraftSection | undefined {
  const e = ctx.r.expense;
  if (!e || e.total === undefined || e.basic === undefined || e.project === undefined) return undefined;
  const p = ctx.prior?.expense;
  const items: ShareItem[] = [
    { name: '基本支出', fen: e.basic, after: changeOnPrior(e.basic, p ? p.basic ?? 0 : undefined) },
    { name: '项目支出', fen: e.project, after: changeOnPrior(e.project, p ? p.project ?? 0 : undefined) },
    ...e.others.map((o) => ({ name: o.name, fen: o.fen })),
  ];
  const change = changeOnPrior(e.total, p?.total);
  return section(about(ctx, '支出预算情况说明'), [
    body(ctx.dept, yearPart(ctx), '年支出预算', wan(e.total), withChange(change), '，其中：', shareList(items, e.total, '支出预算', ctx.notes), '。'),
  ]);
}

function fiscalSection(ctx: DraftContext): DraftSection | undefined {
  const f = ctx.r.fiscal;
  if (!f) return undefined;
  const total = f.grandTotal ?? (f.sources.length > 0 ? f.sources.reduce((s, x) => s + x.fen, 0) : undefined);
  if (total === undefined) return undefined;
  const change = changeOnPrior(total, ctx.prior?.fiscal?.grandTotal);
  const paragraphs = [body(yearPart(ctx), '年财政拨款收支总预算', wan(total), withChange(change), '。')];
  if (f.sources.length > 0) paragraphs.push(body('收入预算包括：', joinLines(f.sources.map((s) => line(s.name, wan(s.fen))), '，'), '。'));
  const classes = ctx.r.generalBudget?.lines.filter((l) => l.level === 1 && l.current);
  if (classes && classes.length > 0) {
    paragraphs.push(body('一般公共预算支出包括：', joinLines(classes.map((l) => line(functionName(ctx.names, l), wan(l.current!))), '，'), '。'));
  }
  return section(about(ctx, '财政拨款收支预算情况的总体说明'), paragraphs);
}

function generalBudgetSection(ctx: DraftContext): DraftSection | undefined {
  const gb = ctx.r.generalBudget;
  const total = gb?.total.current;
  if (!gb || total === undefined) return undefined;
  const prior = ctx.prior?.generalBudget;
  const paragraphs: DraftParagraph[] = [subheading('（一）一般公共预算当年拨款规模变化情况')];
  const appropriated = ctx.r.fiscal?.sources.find((s) => s.key === 'general-budget')?.fen;
  const scale =
    appropriated !== undefined && appropriated < total
      ? line(ctx.dept, yearPart(ctx), '年一般公共预算财政拨款支出预算', wan(total), '（含当年拨款', wan(appropriated), '、上年结转', wan(total - appropriated), '）')
      : line(ctx.dept, yearPart(ctx), '年一般公共预算当年拨款', wan(total));
  const { basic, project } = gb.total;
  const parts =
    basic !== undefined && project !== undefined
      ? line(
          '，其中：',
          shareList(
            [
              { name: '基本支出', fen: basic },
              { name: '项目支出', fen: project },
            ],
            total,
            '一般公共预算支出',
            ctx.notes,
          ),
        )
      : undefined;
  paragraphs.push(body(scale, withChange(changeOnPrior(total, prior?.total.current)), parts, '。'));

  const classes = gb.lines.filter((l) => l.level === 1 && l.current);
  if (classes.length > 0) {
    paragraphs.push(subheading('（二）一般公共预算当年拨款结构情况'));
    paragraphs.push(
      body(shareList(classes.map((l) => ({ name: line(functionName(ctx.names, l), `（${l.code}类）`), fen: l.current! })), total, '一般公共预算支出结构', ctx.notes), '。'),
    );
  }
  const items = gb.lines.filter((l) => l.level === 3 && l.current);
  if (items.length > 0) {
    paragraphs.push(subheading('（三）一般公共预算当年拨款具体使用情况'));
    items.forEach((l, i) => {
      const p = prior ? lineOfCode(prior.lines, l.code)?.current ?? 0 : undefined;
      const change = changeOnPrior(l.current!, p, '上年预算');
      paragraphs.push(body(`${i + 1}. `, classPath(ctx.names, gb.lines, l), '：', yearPart(ctx), '年预算数为', wan(l.current!), withChange(change), '。'));
    });
  }
  return section(about(ctx, '一般公共预算当年拨款情况说明'), paragraphs);
}

/** "人员经费X万元，主要包括：基本工资、津贴补贴…；公用经费Y万元，主要包括：办公费…". */
function basicSection(ctx: DraftContext): DraftSection | undefined {
  const b = ctx.r.basic;
  if (!b || (b.personnel === undefined && b.public === undefined)) return undefined;
  const sum = (b.personnel ?? 0) + (b.public ?? 0);
  const total = basicTotal(b.personnel ?? 0, b.public ?? 0, b.total);
  if (b.total !== undefined && b.total !== sum) {
    ctx.notes.push(
      total === sum
        ? `基本支出表合计${formatWan(b.total)}万元不等于人员经费与公用经费之和${formatWan(sum)}万元，草稿按两者之和${formatWan(sum)}万元写，请先核对表格。`
        : `基本支出表人员经费与公用经费之和${formatWan(sum)}万元与合计${formatWan(b.total)}万元相差在四舍五入范围内，草稿按表中合计写。`,
    );
  }
  const p = ctx.prior?.basic;
  const change = changeOnPrior(total, p ? (p.personnel ?? 0) + (p.public ?? 0) : undefined);
  return section(about(ctx, '一般公共预算基本支出情况说明'), [
    body(ctx.dept, yearPart(ctx), '年一般公共预算基本支出', wan(total), withChange(change), '，其中：', basicParts(ctx), '。'),
  ]);
}

function projectSection(ctx: DraftContext): DraftSection | undefined {
  const total = ctx.r.generalBudget?.total.project;
  if (total === undefined) return undefined;
  const priorTotal = ctx.prior ? ctx.prior.generalBudget?.total.project ?? 0 : undefined;
  const projects = projectList(ctx);
  const sum = projects.reduce((s, p) => s + p.fen, 0);
  let detail: Part;
  if (projects.length > 0 && sum === total) {
    detail = line('，其中：', joinLines(projects.map((p) => line(p.name, wan(p.fen))), '；'));
  } else if (projects.length > 0) {
    ctx.notes.push(`项目支出表所列项目合计${formatWan(sum)}万元与一般公共预算项目支出${formatWan(total)}万元不符，草稿未列出项目，请核对项目支出表。`);
  }
  return section(about(ctx, '一般公共预算项目支出情况说明'), [
    body(ctx.dept, yearPart(ctx), '年一般公共预算项目支出', wan(total), withChange(changeOnPrior(total, priorTotal)), detail, '。'),
  ]);
}

/** The columns a project's amount is read from, in order of preference. */
const PROJECT_AMOUNT_KEYS: PlainColumnKey[] = ['total', 'amount', 'project', 'subtotal'];

/** Projects of the 项目支出表: name and amount of each data line. */
function projectList(ctx: DraftContext): { name: string; fen: number }[] {
  const out: { name: string; fen: number }[] = [];
  for (const t of ctx.r.tables.filter((x) => x.kind === 'project-expense')) {
    const col = t.columns.find((c) => c.role === 'amount' && c.key && PROJECT_AMOUNT_KEYS.includes(figureKey(c.key)));
    if (!col) continue;
    for (const l of t.lines) {
      const name = l.project?.trim();
      const v = l.amounts[col.id]?.value;
      if (!name || l.role !== 'data' || v === null || v === undefined) continue;
      out.push({ name, fen: toFen(v, t.unit) });
    }
  }
  return out;
}

function threePublicSection(ctx: DraftContext): DraftSection | undefined {
  const t = ctx.r.threePublic;
  if (!t) return undefined;
  ctx.notes.push(...t.notes);
  const c = (k: keyof typeof t.parts) => t.parts[k].current;
  const paragraphs = [
    body(ctx.dept, yearPart(ctx), '年财政拨款“三公”经费预算', wanOrBlank(c('total')), '，其中：', threePublicParts(t, 'current'), '。'),
  ];
  // Each kind's share of the whole, as 情况说明 state them ('公务接待费预算为2.4万元,占“三公”经费的14.63%'); kinds of
  // nothing left out (their share is nil). Only when the table gives every kind.
  const given = everyGiven([
    { name: '因公出国（境）费', fen: c('abroad') },
    { name: '公务用车购置及运行维护费', fen: c('vehicle') },
    { name: '公务接待费', fen: c('reception') },
  ]);
  const total = c('total');
  const shared = given?.filter((k) => k.fen > 0) ?? [];
  if (total !== undefined && shared.length > 1) {
    paragraphs.push(body('“三公”经费预算中，', shareList(shared, total, '“三公”经费预算', ctx.notes), '。'));
  }
  const pc = priorThreePublic(ctx, t);
  if (pc) {
    const change = (name: string, cur: number | undefined, pr: number | undefined): Line =>
      cur !== undefined && pr !== undefined ? line(name, changeOnPrior(cur, pr)) : line(name, placeholder('prior-change'));
    const parts: [string, keyof typeof t.parts][] = [
      ['因公出国（境）费', 'abroad'],
      ['公务用车购置费', 'purchase'],
      ['公务用车运行维护费', 'operation'],
      ['公务接待费', 'reception'],
    ];
    paragraphs.push(
      body(
        yearPart(ctx),
        '年财政拨款“三公”经费预算',
        change('', c('total'), pc('total')),
        '。其中：',
        joinLines(parts.map(([name, k]) => change(name, c(k), pc(k))), '；'),
        '。',
      ),
    );
  }
  return section(about(ctx, '财政拨款“三公”经费预算情况说明'), paragraphs);
}

function adminOperatingSection(ctx: DraftContext): DraftSection {
  const a = ctx.r.threePublic?.adminOperating;
  if (a) {
    const prior = ctx.prior?.threePublic?.adminOperating?.current;
    // '2024年上海市普陀区社会福利院无机关运行经费' (a 事业单位 has none), not '预算0.00万元'.
    if (a.current === 0 && !prior) return section(about(ctx, '机关运行经费安排情况说明'), [body(ctx.dept, yearPart(ctx), '年无机关运行经费。')]);
    const change = changeOnPrior(a.current, prior);
    return section(about(ctx, '机关运行经费安排情况说明'), [
      body(ctx.dept, yearPart(ctx), '年机关运行经费财政拨款预算', wan(a.current), withChange(change), '。'),
    ]);
  }
  adminOperatingNote(ctx);
  return section(about(ctx, '机关运行经费安排情况说明'), [
    body(ctx.dept, yearPart(ctx), '年机关运行经费财政拨款预算', placeholder('admin-operating'), '万元。'),
  ]);
}

/** The sections of a 预算 draft, numbered. */
export function budgetSections(ctx: DraftContext): DraftSection[] {
  const opening = { totalSection, incomeSection, expenseSection, fiscalSection, generalBudgetSection, basicSection };
  return editionSections(ctx, opening, [projectSection, govFundSection, stateCapitalSection, threePublicSection, adminOperatingSection, otherMattersSection]);
}

