/**
 * Drafting the 情况说明 from recognized tables: the seed-001 figures come out in the standard wording,
 * every number of the draft is a table figure or computed from table figures, shares add up to 100%
 * by the stated policy, and 比上年 sentences appear only with prior-year tables.
 */
import { describe, expect, it } from 'vitest';
import { recognizeWorkbook } from '../src/engine/recognize';
import type { Table } from '../src/engine/recognize/types';
import { checkNarrativeText, draftNarrative, draftToMarkdown, SHARE_ROUNDING_POLICY, REASON_PLACEHOLDER, OTHER_PLACEHOLDERS } from '../src/engine/narrative';
import { buildSeed001, buildSeed003, toGrids } from './fixtures';

const seed001Tables = () => recognizeWorkbook(toGrids(buildSeed001(), 'seed001.xlsx'));
const seed003Tables = () => recognizeWorkbook(toGrids(buildSeed003(), 'seed003.xlsx'));
const fullText = (tables: Table[], prior?: Table[]) => draftToMarkdown(draftNarrative(tables, { prior }));

/** Every amount of every table (in 万元, two decimals) and every code. */
function tableFigures(tables: Table[]): { amounts: number[]; codes: Set<string> } {
  const amounts = new Set<number>();
  const codes = new Set<string>();
  for (const t of tables) {
    const factor = t.unit === '元' ? 1 / 10_000 : 1;
    for (const l of t.lines) {
      if (l.code) codes.add(l.code);
      for (const a of Object.values(l.amounts)) if (a.value !== null) amounts.add(Math.round(a.value * factor * 100));
    }
  }
  amounts.add(0);
  return { amounts: [...amounts], codes };
}

describe('draft for the seed-001 tables', () => {
  const tables = seed001Tables();
  const md = fullText(tables);

  it('reproduces every figure of the seed’s own correct sentences, in the standard wording', () => {
    for (const phrase of [
      '秦皇岛市海港区科技和工业信息化局2025年部门预算情况说明',
      '收入预算724.00万元',
      '一般公共预算拨款收入431.00万元',
      '上年结转结余293.00万元',
      '支出预算724.00万元',
      '基本支出262.90万元',
      '包括人员经费246.00万元和日常公用经费16.90万元',
      '项目支出461.10万元',
      '科学技术支出（类）科学技术管理事务（款）行政运行（项）：2025年预算数为194.69万元',
      '机关运行经费财政拨款预算16.90万元',
      '办公费3.20万元、邮电费4.20万元、公务接待费0.06万元、工会经费2.36万元、福利费1.99万元、其他交通费用4.68万元、其他商品和服务支出0.41万元',
      '“三公”经费预算0.06万元，其中：因公出国（境）费0.00万元',
      '公务接待费0.06万元。',
      '没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表',
      '没有使用国有资本经营预算拨款安排的支出',
    ]) {
      expect(md, phrase).toContain(phrase);
    }
  });

  it('has no number that is not a table figure, a share of two table figures, a code, the year or a list number', () => {
    const { amounts, codes } = tableFigures(tables);
    const body = md.slice(0, md.indexOf('## 说明'));
    const shares = new Set<number>();
    for (const a of amounts) for (const b of amounts) if (b > 0 && a <= b) {
      const q = (a * 10_000) / b;
      for (const v of [Math.floor(q), Math.ceil(q), Math.round(q)]) shares.add(v);
    }
    const unexplained: string[] = [];
    const numbers = [...body.matchAll(/\d+(?:\.\d+)?/g)];
    expect(numbers.length).toBeGreaterThan(60);
    for (const m of numbers) {
      const s = m[0];
      const after = body.slice(m.index! + s.length, m.index! + s.length + 2);
      const before = body.slice(Math.max(0, m.index! - 1), m.index!);
      const hundredths = Math.round(Number(s) * 100);
      if (after.startsWith('万元') && amounts.includes(hundredths)) continue;
      if (after.startsWith('%') && shares.has(hundredths)) continue;
      if (after.startsWith('年') && s === '2025') continue;
      if (after.startsWith('类') && codes.has(s)) continue;
      if (after.startsWith('. ') && before === '\n') continue;
      unexplained.push(`${s}${after}`);
    }
    expect(unexplained).toEqual([]);
  });

  it('makes no comparison with the prior year when no prior tables are given', () => {
    expect(md.slice(0, md.indexOf('## 说明'))).not.toMatch(/比上年|增长|下降|增加|减少/);
    expect(md).not.toContain(REASON_PLACEHOLDER);
    expect(md).toContain('未提供上年预算表，未作比上年增减说明');
  });

  it('passes its own checker against the same tables, but for the three parts it leaves to fill in', () => {
    const findings = checkNarrativeText(md, tables, { source: 'draft.md' });
    expect(findings.map((f) => f.rule)).toEqual(['narrative/placeholder', 'narrative/placeholder', 'narrative/placeholder']);
    for (const [f, text] of findings.map((f, i) => [f, Object.values(OTHER_PLACEHOLDERS)[i]] as const)) expect(f.message).toContain(text);
  });
});

describe('draft for the seed-003 tables', () => {
  const tables = seed003Tables();
  const md = fullText(tables);

  it('states shares that add up to exactly 100% and says how rounding was done', () => {
    const structure = md.split('\n').find((l) => l.startsWith('科学技术支出（206类）'))!;
    expect(structure).toBe(
      '科学技术支出（206类）204.80万元，占90.83%；社会保障和就业支出（208类）10.52万元，占4.67%；卫生健康支出（210类）4.23万元，占1.88%；住房保障支出（221类）5.92万元，占2.62%。',
    );
    const shares = [...structure.matchAll(/占(\d+\.\d{2})%/g)].map((m) => Math.round(Number(m[1]) * 100));
    expect(shares.reduce((s, x) => s + x, 0)).toBe(10_000);
    // Each share is within 0.01% of the exact quotient.
    const parts = [20480, 1052, 423, 592];
    shares.forEach((s, i) => expect(Math.abs(s - (parts[i] * 10_000) / 22547)).toBeLessThan(1));
    expect(md).toContain('基本支出145.07万元，占64.34%');
    expect(md).toContain('项目支出80.40万元，占35.66%');
    expect(md).toContain(SHARE_ROUNDING_POLICY);
  });

  it('lists the projects of the 项目支出表 and states 基本支出 as 人员经费 + 公用经费 (145.07), not the table’s wrong 149.07', () => {
    expect(md).toContain('一般公共预算项目支出80.40万元，其中：自主创新示范区，产教联合体建设专项资金76.40万元；政务服务大厅办公设备维护资金4.00万元');
    expect(md).toContain('一般公共预算基本支出145.07万元');
    expect(md).not.toContain('149.07');
  });
});

describe('year-on-year sentences from prior tables', () => {
  /** The same tables a year earlier: every amount at 80%, rounded to 0.01. */
  function scaled(tables: Table[], factor: number): Table[] {
    const copy = structuredClone(tables);
    for (const t of copy) {
      t.year = t.year ? t.year - 1 : t.year;
      for (const l of t.lines) for (const a of Object.values(l.amounts)) if (a.value !== null) a.value = Math.round(a.value * factor * 100) / 100;
    }
    return copy;
  }

  it('computes each change and rate from the two years and leaves the reason as a marked placeholder', () => {
    const tables = seed001Tables();
    const md = fullText(tables, scaled(tables, 0.8));
    // 724.00 against 579.20: +144.80, +25.00%.
    expect(md).toContain(`收支总预算724.00万元，比上年增加144.80万元，增长25.00%，主要原因是${REASON_PLACEHOLDER}`);
    // 194.69 against 155.75: +38.94, 38.94 / 155.75 = 25.00%.
    expect(md).toContain('行政运行（项）：2025年预算数为194.69万元，比上年预算增加38.94万元，增长25.00%');
    expect(md).toContain('公务接待费比上年增加0.01万元');
    expect(md).not.toContain('未提供上年预算表');
  });

  it('its change sentences pass the checker apart from the reason placeholders', () => {
    const tables = seed001Tables();
    const md = fullText(tables, scaled(tables, 0.9));
    const findings = checkNarrativeText(md, tables);
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(['narrative/placeholder']));
  });
});
