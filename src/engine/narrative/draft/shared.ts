/**
 * Parts the 预算 and 决算 drafts share, each in the family's own wording: the 政府性基金 / 国有资本经营
 * paragraphs, the 三公 parts, the 经济分类 names under 人员经费 / 公用经费, and 政府采购 / 国有资产 /
 * 绩效 (figures when their table is in the workbook, a marked placeholder otherwise).
 */
import type { Table } from '../../recognize/types';
import { formatWan } from '../../model/money';
import { body, joinLines, line, placeholder, wan, wanOrBlank, type DraftParagraph, type DraftSection, type Line, type Part } from './model';
import { yearPart, type DraftContext } from './context';
import { findColumn } from './columns';
import { fenAt, totalLine } from '../../model/tables';
import { functionName } from './phrases';
import type { EconomicItem } from './basic';
import type { IncomeItem } from './income';
import type { Measured, ThreePublicFigures } from './three-public';
import type { SectionWriter } from './edition';

/** '基本工资、津贴补贴、…' with official names (a code with no name anywhere is left out and noted). */
export function economicNames(ctx: DraftContext, items: readonly EconomicItem[]): Line {
  const names: string[] = [];
  for (const i of items) {
    const n = ctx.names.listedName('economic', i.code, i.written);
    if (n && !names.includes(n)) names.push(n);
  }
  return line(names.join('、'));
}

const FUND_WORDS = {
  'gov-fund': { name: '政府性基金预算', budgetTable: '政府性基金预算支出情况表', finalTable: '政府性基金预算财政拨款收入支出决算表' },
  'state-capital': { name: '国有资本经营预算', budgetTable: '国有资本经营预算支出情况表', finalTable: '国有资本经营预算财政拨款收入支出决算表' },
} as const;

/** Without a 机关运行经费 figure: what the clerk can go by (the 公用经费 of the 基本支出表). */
export function adminOperatingNote(ctx: DraftContext): void {
  const pub = ctx.r.basic?.public;
  ctx.notes.push(
    `工作簿中没有机关运行经费数，草稿留待填写（机关运行经费是行政单位和参照公务员法管理事业单位的公用经费${
      pub !== undefined ? `；本部门一般公共预算基本支出中的公用经费为${formatWan(pub)}万元，其中属于行政单位和参公单位的部分即机关运行经费` : ''
    }）。`,
  );
}

/** "人员经费X万元，主要包括：基本工资、津贴补贴…；公用经费Y万元，主要包括：办公费…". */
export function basicParts(ctx: DraftContext): Line {
  const b = ctx.r.basic!;
  const side = (word: string, fen: number | undefined, items: typeof b.personnelItems) =>
    line(word, wan(fen ?? 0), items.length > 0 && '，主要包括：', items.length > 0 && economicNames(ctx, items));
  return line(side('人员经费', b.personnel, b.personnelItems), '；', side('公用经费', b.public, b.publicItems));
}

/** The 政府性基金 / 国有资本经营 section: its figures by 类, or the statement that its table is empty. */
function fundSection(ctx: DraftContext, which: 'gov-fund' | 'state-capital'): DraftSection | undefined {
  const present = which === 'gov-fund' ? ctx.r.hasGovFund : ctx.r.hasStateCapital;
  if (!present) return undefined;
  const w = FUND_WORDS[which];
  const final = ctx.family === 'final';
  const coded = which === 'gov-fund' ? ctx.r.govFund : ctx.r.stateCapital;
  const total = coded?.total.current ?? 0;
  const yearWord = final ? '年度' : '年';
  const heading = final
    ? line(`${w.name}财政拨款收入支出决算情况说明`)
    : line(`关于${ctx.dept}`, yearPart(ctx), `年${w.name}拨款情况说明`);
  /** '某局2025年…' / '某局2024年度…': the paragraph's opening, then what it says. */
  const paragraph = (...parts: Part[]) => body(ctx.dept, yearPart(ctx), yearWord, ...parts);
  if (!coded || total === 0) {
    return {
      heading,
      paragraphs: [paragraph(final ? `没有使用${w.name}财政拨款安排的支出，${w.finalTable}为空表。` : `没有使用${w.name}拨款安排的支出，${w.budgetTable}为空表。`)],
    };
  }
  const classes = coded.lines.filter((l) => l.level === 1 && l.current);
  return {
    heading,
    paragraphs: [
      paragraph(
        final ? `${w.name}财政拨款支出` : `${w.name}拨款支出`,
        wan(total),
        classes.length > 0 && '，其中：',
        classes.length > 0 && joinLines(classes.map((l) => line(functionName(ctx.names, l), wan(l.current!))), '，'),
        '。',
      ),
    ],
  };
}

export const govFundSection: SectionWriter = (ctx) => fundSection(ctx, 'gov-fund');
export const stateCapitalSection: SectionWriter = (ctx) => fundSection(ctx, 'state-capital');

/**
 * The parts of each grouped income source, a paragraph a group ('财政拨款收入中，一般公共预算资金…万元，政府性基金…万元。'):
 * the parts under a source of 0 and the parts of 0 left out.
 */
export function groupPartParagraphs(items: readonly IncomeItem[]): DraftParagraph[] {
  const out: DraftParagraph[] = [];
  for (let g = 0; g < items.length; g++) {
    const group = items[g];
    if (group.sub || group.fen === 0) continue;
    const parts: IncomeItem[] = [];
    for (let k = g + 1; k < items.length && items[k].sub; k++) if (items[k].fen !== 0) parts.push(items[k]);
    if (parts.length > 0) out.push(body(`${group.name}中，`, joinLines(parts.map((p) => line(p.name, wan(p.fen))), '，'), '。'));
  }
  return out;
}

/**
 * Last year's figure of each 三公 part: the prior year's tables' when given, else the one the 三公 table prints beside
 * the year's; undefined when neither gives last year's total.
 */
export function priorThreePublic(ctx: DraftContext, t: ThreePublicFigures): ((part: keyof ThreePublicFigures['parts']) => number | undefined) | undefined {
  if (ctx.prior) {
    const p = ctx.prior.threePublic;
    return p && ((part) => p.parts[part].current);
  }
  return t.parts.total.prior !== undefined ? (part) => t.parts[part].prior : undefined;
}

/** '因公出国（境）费X万元，公务用车购置及运行维护费Y万元（其中：公务用车购置费…，公务用车运行维护费…），公务接待费Z万元'. */
export function threePublicParts(t: ThreePublicFigures, measure: keyof Measured): Line {
  const v = (m: Measured) => wanOrBlank(m[measure]);
  const p = t.parts;
  return line(
    '因公出国（境）费',
    v(p.abroad),
    '，公务用车购置及运行维护费',
    v(p.vehicle),
    '（其中：公务用车购置费',
    v(p.purchase),
    '，公务用车运行维护费',
    v(p.operation),
    '），公务接待费',
    v(p.reception),
  );
}

function tableTotal(t: Table): number | undefined {
  const l = totalLine(t);
  return l ? fenAt(t, l, findColumn(t, l.block, ['total', 'amount', 'subtotal'])) : undefined;
}

export function procurementParagraph(ctx: DraftContext, lead: Part): DraftParagraph {
  const t = ctx.r.tables.find((x) => x.kind === 'procurement' && !x.empty);
  const total = t ? tableTotal(t) : undefined;
  if (total !== undefined) {
    return body(lead, yearPart(ctx), ctx.family === 'final' ? '年度政府采购支出总额' : '年政府采购预算', wan(total), '。');
  }
  ctx.notes.push('工作簿中没有政府采购表，政府采购情况留待填写。');
  return body(lead, placeholder('procurement'), '。');
}

export function assetsParagraph(ctx: DraftContext, lead: Part): DraftParagraph {
  const t = ctx.r.tables.find((x) => x.kind === 'assets' && !x.empty);
  const total = t ? tableTotal(t) : undefined;
  if (total !== undefined) return body(lead, `${ctx.dept}国有资产占有表所列资产合计`, wan(total), '。');
  ctx.notes.push('工作簿中没有国有资产占有表，国有资产占有使用情况留待填写。');
  return body(lead, placeholder('assets'), '。');
}

export function performanceParagraph(ctx: DraftContext, lead: Part): DraftParagraph {
  const perf = ctx.r.tables.filter((x) => x.kind === 'performance');
  if (perf.length > 0) {
    const projects: { name: string; fen: number }[] = [];
    for (const t of perf) {
      const col = findColumn(t, 0, ['total', 'amount', 'project', 'subtotal']);
      for (const l of t.lines) {
        const name = l.project?.trim();
        const fen = fenAt(t, l, col);
        if (name && l.role === 'data' && fen !== undefined && !projects.some((p) => p.name === name)) projects.push({ name, fen });
      }
    }
    if (projects.length > 0) {
      const sum = projects.reduce((s, p) => s + p.fen, 0);
      return body(lead, yearPart(ctx), `年实行绩效目标管理的项目${projects.length}个，涉及预算金额`, wan(sum), '。');
    }
  }
  ctx.notes.push('工作簿中没有绩效目标表，预算绩效管理情况留待填写。');
  return body(lead, placeholder('performance'), '。');
}

/** 预算: 政府采购, 国有资产 and 绩效 under one heading. */
export function otherMattersSection(ctx: DraftContext): DraftSection {
  return {
    heading: line('其他重要事项的情况说明'),
    paragraphs: [
      procurementParagraph(ctx, '政府采购情况：'),
      assetsParagraph(ctx, '国有资产占用使用情况：'),
      performanceParagraph(ctx, '预算绩效情况：'),
    ],
  };
}
