/**
 * Drafting the 部门预算情况说明 from the recognized tables, in the standard order and wording of the
 * published explanations. Every figure is a table figure or computed from table figures (sums,
 * differences, shares); department and year come from the tables. Year-on-year sentences appear only
 * when prior-year tables are given; the reasons behind a change cannot be read from tables, so they are
 * left as a marked placeholder for the clerk to fill.
 */
import type { Line, Table, TableKind } from '../recognize/types';
import { toFen, formatWan, formatShare, largestRemainderShares, shareBasisPoints, SHARE_ROUNDING_POLICY } from './amounts';
import { fact, readFacts, type CodedFact, type FactKey, type TableFacts } from './facts';

export interface DraftSection {
  heading: string;
  paragraphs: string[];
}

export interface Draft {
  title: string;
  sections: DraftSection[];
}

export interface DraftOptions {
  /** Tables of the prior year's workbook, for 比上年 sentences. */
  prior?: Table[];
  /** Overrides when the tables do not state them. */
  department?: string;
  year?: number;
}

/** The marked placeholder for a reason the tables cannot give. */
export const REASON_PLACEHOLDER = '【请填写原因】';
/** What the draft cannot take from the tables when their table is not in the workbook. */
export const OTHER_PLACEHOLDERS = {
  procurement: '【请填写政府采购预算情况】',
  assets: '【请填写国有资产占用情况】',
  performance: '【请填写预算绩效管理情况】',
} as const;
const YEAR_PLACEHOLDER = '【请填写年度】';

const CHINESE_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六'];

function wan(fen: number): string {
  return `${formatWan(fen)}万元`;
}

interface Ctx {
  facts: TableFacts;
  prior?: TableFacts;
  dept: string;
  year: string;
  tables: Table[];
}

/** 比上年 sentence for a current and a prior amount; '' without a prior. */
function changeClause(current: number, prior: number | undefined, what = '上年'): string {
  if (prior === undefined) return '';
  const diff = current - prior;
  if (Math.abs(diff) < 5_000) return `与${what}持平`;
  if (prior === 0) return `比${what}增加${wan(diff)}（${what}未安排），主要原因是${REASON_PLACEHOLDER}`;
  const pct = formatShare(shareBasisPoints(Math.abs(diff), prior) ?? 0);
  return diff > 0
    ? `比${what}增加${wan(diff)}，增长${pct}%，主要原因是${REASON_PLACEHOLDER}`
    : `比${what}减少${wan(-diff)}，下降${pct}%，主要原因是${REASON_PLACEHOLDER}`;
}

function value(f: TableFacts | undefined, k: FactKey): number | undefined {
  return f ? fact(f, k)?.fen : undefined;
}

function priorOf(ctx: Ctx, k: FactKey): number | undefined {
  if (!ctx.prior) return undefined;
  return value(ctx.prior, k) ?? 0;
}

/** "A X万元，占a%；B Y万元，占b%" with shares that add up to 100.00% when the parts make the whole. */
function sharedList(items: { name: string; fen: number; suffix?: string }[], total: number, sep = '；'): string {
  const sum = items.reduce((s, i) => s + i.fen, 0);
  const lr = sum === total && items.every((i) => i.fen >= 0) ? largestRemainderShares(items.map((i) => i.fen)) : undefined;
  return items
    .map((item, i) => {
      const share = lr ? lr[i] : shareBasisPoints(item.fen, total);
      const s = share === undefined ? '' : `，占${formatShare(share)}%`;
      return `${item.name}${wan(item.fen)}${s}${item.suffix ? `，${item.suffix}` : ''}`;
    })
    .join(sep);
}

const INCOME_SOURCES: { key: FactKey; name: string }[] = [
  { key: 'general-budget', name: '一般公共预算拨款收入' },
  { key: 'gov-fund', name: '政府性基金预算拨款收入' },
  { key: 'state-capital', name: '国有资本经营预算拨款收入' },
  { key: 'special-account', name: '财政专户管理资金收入' },
  { key: 'unit-funds', name: '单位资金收入' },
  { key: 'carryover', name: '上年结转结余' },
];

function firstTable(ctx: Ctx, kind: TableKind): Table | undefined {
  return ctx.tables.find((t) => t.kind === kind);
}

function levelLines(lines: CodedFact[], level: 1 | 2 | 3): CodedFact[] {
  return lines.filter((l) => l.level === level && (l.total?.fen ?? 0) !== 0);
}

/** 类 / 款 / 项 names of a 项 line: '科学技术支出（类）科学技术管理事务（款）行政运行（项）'. */
function classPath(lines: CodedFact[], line: CodedFact): string {
  const lei = lines.find((l) => l.level === 1 && l.code === line.code.slice(0, 3));
  const kuan = lines.find((l) => l.level === 2 && l.code === line.code.slice(0, 5));
  return `${lei ? `${lei.name}（类）` : ''}${kuan ? `${kuan.name}（款）` : ''}${line.name}（项）`;
}

function totalSection(ctx: Ctx): DraftSection | undefined {
  const total = value(ctx.facts, 'income-total') ?? value(ctx.facts, 'expense-total');
  if (total === undefined) return undefined;
  const sources = INCOME_SOURCES.filter((s) => (value(ctx.facts, s.key) ?? 0) !== 0).map((s) => s.name.replace(/收入$/, ''));
  const classes = levelLines(ctx.facts.functionLines, 1).map((l) => l.name);
  const change = changeClause(total, priorOf(ctx, 'income-total') ?? priorOf(ctx, 'expense-total'));
  const paragraphs = [
    `按照全口径预算的原则，${ctx.dept}${ctx.year}年所有收入和支出均纳入部门预算管理。收支总预算${wan(total)}${change ? `，${change}` : ''}。`,
  ];
  if (sources.length > 0) paragraphs.push(`收入预算包括：${sources.join('、')}。`);
  if (classes.length > 0) paragraphs.push(`支出预算包括：${classes.join('、')}。`);
  return { heading: `关于${ctx.dept}${ctx.year}年收支预算情况的总体说明`, paragraphs };
}

function incomeSection(ctx: Ctx): DraftSection | undefined {
  const total = value(ctx.facts, 'income-total');
  if (total === undefined) return undefined;
  const present = INCOME_SOURCES.map((s) => ({ ...s, fen: value(ctx.facts, s.key) ?? 0 }));
  const items = present
    .filter((s) => s.fen !== 0)
    .map((s) => ({ name: s.name, fen: s.fen, suffix: changeClause(s.fen, priorOf(ctx, s.key)) || undefined }));
  const absent = present.filter((s) => s.fen === 0).map((s) => s.name.replace(/收入$/, ''));
  const change = changeClause(total, priorOf(ctx, 'income-total'));
  const paragraphs = [
    `${ctx.dept}${ctx.year}年收入预算${wan(total)}${change ? `，${change}` : ''}，其中：${sharedList(items, total)}。`,
  ];
  if (absent.length > 0) paragraphs.push(`${absent.join('、')}未安排。`);
  return { heading: `关于${ctx.dept}${ctx.year}年收入预算情况说明`, paragraphs };
}

/** Totals of the 支出总表's extra columns (经营支出 …), by name. */
function otherExpenseColumns(ctx: Ctx): { name: string; fen: number }[] {
  const t = firstTable(ctx, 'expense-summary');
  if (!t) return [];
  const total = t.lines.find((l) => l.role === 'total');
  if (!total) return [];
  const names: Record<string, string> = { 'operating-expense': '经营支出', 'remit-superior': '上缴上级支出', 'subsidy-affiliated': '对附属单位补助支出' };
  const out: { name: string; fen: number }[] = [];
  for (const c of t.columns) {
    if (!c.key || !names[c.key]) continue;
    const v = total.amounts[c.id]?.value;
    if (v) out.push({ name: names[c.key], fen: toFen(v, t.unit) });
  }
  return out;
}

function expenseSection(ctx: Ctx): DraftSection | undefined {
  const total = value(ctx.facts, 'expense-total');
  const basic = value(ctx.facts, 'basic');
  const project = value(ctx.facts, 'project');
  if (total === undefined || basic === undefined || project === undefined) return undefined;
  const personnel = value(ctx.facts, 'personnel');
  const pub = value(ctx.facts, 'public');
  const basicDetail =
    personnel !== undefined && pub !== undefined && personnel + pub === basic ? `包括人员经费${wan(personnel)}和日常公用经费${wan(pub)}` : undefined;
  const items = [
    { name: '基本支出', fen: basic, suffix: [basicDetail, changeClause(basic, priorOf(ctx, 'basic'))].filter(Boolean).join('，') || undefined },
    { name: '项目支出', fen: project, suffix: changeClause(project, priorOf(ctx, 'project')) || undefined },
    ...otherExpenseColumns(ctx),
  ];
  const change = changeClause(total, priorOf(ctx, 'expense-total'));
  return {
    heading: `关于${ctx.dept}${ctx.year}年支出预算情况说明`,
    paragraphs: [`${ctx.dept}${ctx.year}年支出预算${wan(total)}${change ? `，${change}` : ''}，其中：${sharedList(items, total)}。`],
  };
}

function fiscalSection(ctx: Ctx): DraftSection | undefined {
  const t = firstTable(ctx, 'fiscal-summary');
  const total = value(ctx.facts, 'fiscal-total');
  if (!t || total === undefined) return undefined;
  const income: string[] = [];
  const names: Record<string, string> = { 'general-budget': '一般公共预算拨款', 'gov-fund': '政府性基金预算拨款', 'state-capital': '国有资本经营预算拨款', carryover: '上年财政拨款结转和结余' };
  for (const l of t.lines) {
    if (l.block !== 0 || !l.key || !names[l.key]) continue;
    const v = firstValue(t, l);
    if (v) income.push(`${names[l.key]}${wan(v)}`);
  }
  const classes = levelLines(ctx.facts.functionLines, 1).map((l) => `${l.name}${wan(l.total!.fen)}`);
  const change = changeClause(total, priorOf(ctx, 'fiscal-total'));
  const paragraphs = [`${ctx.year}年财政拨款收支总预算${wan(total)}${change ? `，${change}` : ''}。`];
  if (income.length > 0) paragraphs.push(`收入预算包括：${income.join('，')}。`);
  if (classes.length > 0) paragraphs.push(`一般公共预算支出包括：${classes.join('，')}。`);
  return { heading: `关于${ctx.dept}${ctx.year}年财政拨款收支预算情况的总体说明`, paragraphs };
}

function firstValue(t: Table, l: Line): number | undefined {
  const c = t.columns.find((col) => col.block === l.block && col.role === 'amount');
  const v = c ? l.amounts[c.id]?.value : undefined;
  return v === null || v === undefined ? undefined : toFen(v, t.unit);
}

function generalBudgetSection(ctx: Ctx): DraftSection | undefined {
  const total = value(ctx.facts, 'gb-total');
  if (total === undefined) return undefined;
  const gbTables = ctx.tables.filter((t) => t.kind === 'general-budget-expense');
  const basic = gbTables.length > 0 ? readFacts(gbTables) : undefined;
  const b = basic ? value(basic, 'basic') : undefined;
  const p = basic ? value(basic, 'project') : undefined;
  const current = value(ctx.facts, 'general-budget');
  const paragraphs: string[] = [];
  const scale =
    current !== undefined && current !== total && current < total
      ? `${ctx.dept}${ctx.year}年一般公共预算财政拨款支出预算${wan(total)}（含当年拨款${wan(current)}、上年结转${wan(total - current)}）`
      : `${ctx.dept}${ctx.year}年一般公共预算当年拨款${wan(total)}`;
  const change = changeClause(total, priorOf(ctx, 'gb-total'));
  const parts =
    b !== undefined && p !== undefined
      ? `，其中：${sharedList(
          [
            { name: '基本支出', fen: b },
            { name: '项目支出', fen: p },
          ],
          total,
        )}`
      : '';
  paragraphs.push(`（一）一般公共预算当年拨款规模变化情况`);
  paragraphs.push(`${scale}${change ? `，${change}` : ''}${parts}。`);

  const classes = levelLines(ctx.facts.functionLines, 1);
  if (classes.length > 0) {
    paragraphs.push(`（二）一般公共预算当年拨款结构情况`);
    paragraphs.push(
      `${sharedList(
        classes.map((l) => ({ name: `${l.name}（${l.code}类）`, fen: l.total!.fen })),
        total,
      )}。`,
    );
  }
  const items = levelLines(ctx.facts.functionLines, 3);
  if (items.length > 0) {
    paragraphs.push(`（三）一般公共预算当年拨款具体使用情况`);
    const priorLines = ctx.prior?.functionLines;
    items.forEach((l, i) => {
      let yoy = '';
      if (priorLines) {
        const pl = priorLines.find((x) => x.code === l.code);
        yoy = changeClause(l.total!.fen, pl?.total?.fen ?? 0, '上年预算');
      }
      paragraphs.push(`${i + 1}. ${classPath(ctx.facts.functionLines, l)}：${ctx.year}年预算数为${wan(l.total!.fen)}${yoy ? `，${yoy}` : ''}。`);
    });
  }
  return { heading: `关于${ctx.dept}${ctx.year}年一般公共预算当年拨款情况说明`, paragraphs };
}

/** 经济分类 款 lines of the 基本支出表 on one side (人员经费 or 公用经费). */
function economicItems(ctx: Ctx, side: 'personnel' | 'public'): { name: string; fen: number }[] {
  const lines = ctx.facts.economicLines.filter((l) => l.level === 2);
  const out: { name: string; fen: number }[] = [];
  for (const l of lines) {
    const sideValue = side === 'personnel' ? l.personnel : l.public;
    const isSide = side === 'personnel' ? /^30[13]/.test(l.code) : /^3(02|10|99)/.test(l.code);
    const fen = sideValue?.fen ?? (isSide ? l.total?.fen : undefined);
    if (fen) out.push({ name: l.name, fen });
  }
  return out;
}

function itemsText(items: { name: string; fen: number }[]): string {
  return items.map((i) => `${i.name}${wan(i.fen)}`).join('、');
}

function basicSection(ctx: Ctx): DraftSection | undefined {
  const personnel = value(ctx.facts, 'personnel');
  const pub = value(ctx.facts, 'public');
  if (personnel === undefined && pub === undefined) return undefined;
  const total = (personnel ?? 0) + (pub ?? 0);
  const change = changeClause(total, ctx.prior ? (priorOf(ctx, 'personnel') ?? 0) + (priorOf(ctx, 'public') ?? 0) : undefined);
  const pItems = economicItems(ctx, 'personnel');
  const qItems = economicItems(ctx, 'public');
  const pText = `人员经费${wan(personnel ?? 0)}${pItems.length > 0 ? `，包括：${itemsText(pItems)}` : ''}`;
  const qText = `公用经费${wan(pub ?? 0)}${qItems.length > 0 ? `，包括：${itemsText(qItems)}` : ''}`;
  return {
    heading: `关于${ctx.dept}${ctx.year}年一般公共预算基本支出情况说明`,
    paragraphs: [`${ctx.dept}${ctx.year}年一般公共预算基本支出${wan(total)}${change ? `，${change}` : ''}，其中：${pText}；${qText}。`],
  };
}

function projectSection(ctx: Ctx): DraftSection | undefined {
  const gbTables = ctx.tables.filter((t) => t.kind === 'general-budget-expense');
  const total = gbTables.length > 0 ? value(readFacts(gbTables), 'project') : value(ctx.facts, 'project');
  if (total === undefined) return undefined;
  const change = changeClause(total, priorOf(ctx, 'project'));
  const projects = ctx.tables
    .filter((t) => t.kind === 'project-expense')
    .flatMap((t) => readFacts([t]).projects);
  let detail = '';
  if (projects.length > 0) {
    detail = `，其中：${projects.map((p) => `${p.name}${wan(p.amount.fen)}`).join('；')}`;
  } else {
    const items = ctx.facts.functionLines.filter((l) => l.level === 3 && (l.project?.fen ?? 0) !== 0);
    if (items.length > 0) detail = `，按支出功能分类科目：${items.map((l) => `${l.name}${wan(l.project!.fen)}`).join('、')}`;
  }
  return {
    heading: `关于${ctx.dept}${ctx.year}年一般公共预算项目支出情况说明`,
    paragraphs: [`${ctx.dept}${ctx.year}年一般公共预算项目支出${wan(total)}${change ? `，${change}` : ''}${detail}。`],
  };
}

function fundSection(ctx: Ctx, kind: 'gov-fund-expense' | 'state-capital-expense', name: string): DraftSection | undefined {
  const t = firstTable(ctx, kind);
  if (!t) return undefined;
  const total = value(ctx.facts, kind) ?? 0;
  const heading = `关于${ctx.dept}${ctx.year}年${name}拨款情况说明`;
  if (t.empty || total === 0) {
    return {
      heading,
      paragraphs: [`${ctx.dept}${ctx.year}年没有使用${name}拨款安排的支出，${name}支出情况表为空表。`],
    };
  }
  const classes = t.lines.filter((l) => l.level === 1).map((l) => {
    const v = firstValue(t, l);
    return v ? `${l.label}${wan(v)}` : '';
  });
  return {
    heading,
    paragraphs: [`${ctx.dept}${ctx.year}年${name}拨款支出${wan(total)}${classes.filter(Boolean).length > 0 ? `，其中：${classes.filter(Boolean).join('，')}` : ''}。`],
  };
}

function threePublicSection(ctx: Ctx): DraftSection | undefined {
  if (!firstTable(ctx, 'three-public')) return undefined;
  const v = (k: FactKey) => value(ctx.facts, k) ?? 0;
  const purchase = v('vehicle-purchase');
  const operation = v('vehicle-operation');
  const vehicle = value(ctx.facts, 'vehicle') ?? purchase + operation;
  const abroad = v('abroad');
  const reception = v('reception');
  const total = value(ctx.facts, 'three-public') ?? abroad + vehicle + reception;
  const paragraphs = [
    `${ctx.dept}${ctx.year}年财政拨款“三公”经费预算${wan(total)}，其中：因公出国（境）费${wan(abroad)}，公务用车购置及运行维护费${wan(vehicle)}（其中：公务用车购置费${wan(purchase)}，公务用车运行维护费${wan(operation)}），公务接待费${wan(reception)}。`,
  ];
  if (ctx.prior) {
    const p = (k: FactKey) => value(ctx.prior, k) ?? 0;
    const pVehicle = value(ctx.prior, 'vehicle') ?? p('vehicle-purchase') + p('vehicle-operation');
    const pTotal = value(ctx.prior, 'three-public') ?? p('abroad') + pVehicle + p('reception');
    const parts = [
      ['因公出国（境）费', abroad, p('abroad')],
      ['公务用车购置费', purchase, p('vehicle-purchase')],
      ['公务用车运行维护费', operation, p('vehicle-operation')],
      ['公务接待费', reception, p('reception')],
    ] as const;
    paragraphs.push(
      `${ctx.year}年财政拨款“三公”经费预算${changeClause(total, pTotal)}。其中：${parts.map(([n, c, pr]) => `${n}${changeClause(c, pr)}`).join('；')}。`,
    );
  }
  return { heading: `关于${ctx.dept}${ctx.year}年财政拨款“三公”经费预算情况说明`, paragraphs };
}

function runningCostSection(ctx: Ctx): DraftSection | undefined {
  const pub = value(ctx.facts, 'public');
  if (pub === undefined) return undefined;
  const items = economicItems(ctx, 'public');
  const change = changeClause(pub, priorOf(ctx, 'public'));
  return {
    heading: `关于${ctx.dept}${ctx.year}年机关运行经费安排情况说明`,
    paragraphs: [
      `${ctx.dept}${ctx.year}年机关运行经费财政拨款预算${wan(pub)}（按一般公共预算基本支出中的公用经费计列）${change ? `，${change}` : ''}，主要用于单位日常办公运转${items.length > 0 ? `，包括：${itemsText(items)}` : ''}。`,
    ],
  };
}

/**
 * 政府采购, 国有资产 and 绩效 are part of every 情况说明; without their tables in the workbook the
 * draft cannot know the figures, so it leaves a marked placeholder rather than nothing.
 */
function otherSection(ctx: Ctx): DraftSection {
  const paragraphs: string[] = [];
  const procurement = value(ctx.facts, 'procurement');
  paragraphs.push(
    procurement !== undefined
      ? `政府采购情况：${ctx.year}年政府采购预算${wan(procurement)}。`
      : `政府采购情况：${OTHER_PLACEHOLDERS.procurement}（工作簿中没有政府采购预算表）。`,
  );
  const assets = value(ctx.facts, 'assets');
  paragraphs.push(
    assets !== undefined
      ? `国有资产占用使用情况：本部门国有资产占有表所列资产合计${wan(assets)}。`
      : `国有资产占用使用情况：${OTHER_PLACEHOLDERS.assets}（工作簿中没有国有资产占有表）。`,
  );
  const perf = ctx.tables.filter((t) => t.kind === 'performance');
  if (perf.length > 0) {
    const projects = readFacts(perf).projects;
    const sum = projects.reduce((s, p) => s + p.amount.fen, 0);
    paragraphs.push(
      projects.length > 0
        ? `预算绩效情况：${ctx.year}年实行绩效目标管理的项目${projects.length}个，涉及预算金额${wan(sum)}。`
        : `预算绩效情况：本部门已编制绩效目标表，具体见绩效目标表。`,
    );
  } else {
    paragraphs.push(`预算绩效情况：${OTHER_PLACEHOLDERS.performance}（工作簿中没有绩效目标表）。`);
  }
  return { heading: '其他重要事项的情况说明', paragraphs };
}

/** The whole 情况说明 draft. */
export function draftNarrative(tables: Table[], options: DraftOptions = {}): Draft {
  const facts = readFacts(tables);
  const prior = options.prior && options.prior.length > 0 ? readFacts(options.prior) : undefined;
  const yearNumber = options.year ?? facts.year ?? yearFromTitles(tables);
  const ctx: Ctx = {
    facts,
    prior,
    tables,
    dept: options.department ?? facts.department ?? '本部门',
    year: yearNumber !== undefined ? String(yearNumber) : YEAR_PLACEHOLDER,
  };
  const built = [
    totalSection(ctx),
    incomeSection(ctx),
    expenseSection(ctx),
    fiscalSection(ctx),
    generalBudgetSection(ctx),
    basicSection(ctx),
    projectSection(ctx),
    fundSection(ctx, 'gov-fund-expense', '政府性基金预算'),
    fundSection(ctx, 'state-capital-expense', '国有资本经营预算'),
    threePublicSection(ctx),
    runningCostSection(ctx),
    otherSection(ctx),
  ].filter((s): s is DraftSection => !!s);
  const sections = built.map((s, i) => ({ ...s, heading: `${CHINESE_NUMBERS[i] ?? String(i + 1)}、${s.heading}` }));
  sections.push({
    heading: '说明',
    paragraphs: [
      `本说明金额单位为万元，保留两位小数，由预算公开表中的数字计算得出。${SHARE_ROUNDING_POLICY}${
        prior ? `比上年增减按上年预算表计算，${REASON_PLACEHOLDER}处请填写增减变化的主要原因。` : '未提供上年预算表，未作比上年增减说明。'
      }`,
    ],
  });
  const doc = facts.family === 'final' ? '部门决算' : '部门预算';
  return { title: `${ctx.dept}${ctx.year}年${doc}情况说明`, sections };
}

function yearFromTitles(tables: Table[]): number | undefined {
  for (const t of tables) {
    const m = /(\d{4})\s*年/.exec(t.title ?? '');
    if (m) return Number(m[1]);
  }
  return undefined;
}
