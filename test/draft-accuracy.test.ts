/**
 * The draft against the real 编制说明 of each corpus workbook (test/accuracy/drafts.ts): at least 80%
 * of the real text's table-derived figures appear in the draft with the same value; the rest are
 * listed in docs/accuracy.md. And the draft of every corpus workbook passes the check with no error
 * but the current checker's known misreading of 机关运行经费 (it compares it with the whole 公用经费;
 * the corpus keys record that comparison as a false alarm).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareCorpusDrafts, compareDraft, figuresOf, type DraftComparison } from './accuracy/drafts';
import { CORPUS_DIR } from './accuracy/corpus';
import { recognizeWorkbook } from '../src/engine/recognize';
import { checkNarrativeText, draftNarrative, draftToMarkdown, lineText, type Draft } from '../src/engine/narrative';
import { workbookToGrids } from '../src/xlsx/grids';
import { loadXlsx } from '../src/xlsx/load';

const lineTextOf = (d: Draft) => lineText(d.title);

let comparisons: DraftComparison[];
beforeAll(async () => {
  comparisons = await compareCorpusDrafts();
}, 60_000);

describe('drafts against the real 编制说明 of the corpus', () => {
  it('compares every corpus workbook that has its explanation, 决算 included', () => {
    // Every workbook with its 编制说明 text file, and putuo-planning-2024, whose 情况说明 is a sheet of the 决算 workbook.
    const withText = readdirSync(join(CORPUS_DIR, 'tables', 'text-keys')).map((f) => f.replace(/\.json$/, ''));
    expect(comparisons.map((c) => c.id).sort()).toEqual([...withText, 'putuo-planning-2024'].sort());
    // A whole 编制说明 draws more than ten figures from its tables; the short 情况说明 printed under a single “三公”
    // table (the eighteenth batch) has fewer figures in all, most of them from that table.
    for (const c of comparisons) {
      if (c.figures > 10) expect(c.tableDerived.length, c.id).toBeGreaterThan(10);
      else expect(c.tableDerived.length * 2, c.id).toBeGreaterThan(c.figures);
    }
  });

  it('states at least 80% of each real text’s table-derived figures with the same value', () => {
    for (const c of comparisons) expect(c.same.length / c.tableDerived.length, `${c.id}: ${c.same.length} of ${c.tableDerived.length}`).toBeGreaterThanOrEqual(0.8);
  });

  it('names where the draft differs from a real text that is wrong (the answer keys’ slips)', () => {
    const fuliyuan = comparisons.find((c) => c.id === 'fuliyuan-2024')!;
    // The text's 738.66 for 社会福利事业单位 is a keyed error; the table says 696.48.
    expect(fuliyuan.different.map((d) => `${d.real.raw} → ${d.draft.join()}`)).toContain('738.66万元 → 696.48万元');
    const putuo = comparisons.find((c) => c.id === 'putuo-planning-2024')!;
    expect(putuo.different.map((d) => `${d.real.raw.replace(/\s/g, '')} → ${d.draft.join()}`)).toContain('4896.98万元 → 4884.09万元');
  });
});

describe('reading figures of a real text', () => {
  it('leaves out zeros, changes, thresholds and last year’s figures', () => {
    const figures = figuresOf(
      '收入预算1,212.12万元，比2023年预算增加0.46万元；事业收入0.00万元。单价100万元（含）以上设备0台。2023年当年预算执行数为54.60万元，2024年预算安排53.84万元，占4.43%。',
      'L1',
    );
    expect(figures.map((f) => f.raw)).toEqual(['1,212.12万元', '53.84万元', '4.43%']);
  });

  it('counts a figure as the draft’s only at the value the tables give', () => {
    const c = compareDraft('x', 'x', [{ text: '基本支出10.00万元，项目支出5.00万元，占33.33%。', at: 'L1' }], [], { sheets: [] });
    expect(c.tableDerived).toEqual([]);
  });
});

async function corpusDraft(name: string) {
  const grids = workbookToGrids(await loadXlsx(new Uint8Array(readFileSync(join(CORPUS_DIR, 'tables/workbooks', `${name}.xlsx`)))), `${name}.xlsx`);
  const tables = recognizeWorkbook(grids);
  return { tables, draft: draftNarrative(tables, { grids }) };
}

describe('the drafts of the real workbooks', () => {
  it('社会福利院 2024: every income source in the income sentence or the 未安排 list; today’s 类 name, not the 收支总表’s old one', async () => {
    const { draft } = await corpusDraft('fuliyuan-2024');
    const md = draftToMarkdown(draft);
    expect(md).toContain('收入预算1212.12万元，其中：财政拨款收入950.12万元，占78.38%；事业收入262.00万元，占21.62%。');
    expect(md).toMatch(/事业单位经营收入、其他收入、上年结转结余未安排。/);
    // The 收支总表 prints 210 as 医疗卫生与计划生育支出 (the pre-2019 name).
    expect(md).not.toContain('医疗卫生与计划生育支出');
    expect(md).toContain('卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）：2024年预算数为50.37万元');
    expect(lineTextOf(draft)).toBe('上海市普陀区社会福利院2024年部门预算情况说明');
  });

  it('规划和自然资源局 2024 决算: a 决算 draft, its 三公 预算 2.85 against 决算 0.39, department and year from the workbook', async () => {
    const { draft } = await corpusDraft('putuo-planning-2024');
    const md = draftToMarkdown(draft);
    expect(draft.family).toBe('final');
    expect(lineTextOf(draft)).toBe('上海市普陀区规划和自然资源局2024年度部门决算情况说明');
    expect(md).toContain('“三公”经费财政拨款支出预算为2.85万元，支出决算为0.39万元，完成预算的13.68%');
    expect(md).toContain('本年支出合计9759.38万元，其中：基本支出5377.64万元，占55.10%；项目支出4381.74万元，占44.90%。');
  });
});

describe('every corpus workbook: draft, then check the draft against the same workbook', () => {
  for (const name of ['wanli-2023', 'wanli-2025', 'fuliyuan-2024', 'putuo-planning-2024']) {
    it(`${name}: no error but the checker's reading of 机关运行经费 as 公用经费`, async () => {
      const { tables, draft } = await corpusDraft(name);
      const md = draftToMarkdown(draft);
      const errors = checkNarrativeText(md, tables, { source: 'draft.md' }).filter((f) => f.severity === 'error');
      const lines = md.split('\n');
      const misread = (cell: string) => /机关运行经费财政拨款预算\d/.test(lines[Number(cell.slice(1)) - 1] ?? '');
      expect(errors.filter((f) => !misread(f.cell)).map((f) => `${f.cell} ${f.message}`)).toEqual([]);
    }, 30_000);
  }
});
