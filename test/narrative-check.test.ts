/**
 * Checking the 情况说明 inside a workbook against its tables (checkNarrative, via analyzeWorkbook's
 * narrative part): findings point at the cell that holds the sentence; right text raises nothing.
 */
import { describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { recognizeWorkbook } from '../src/engine/recognize';
import { checkNarrative, draftLines, draftNarrative, PLACEHOLDERS } from '../src/engine/narrative';
import { buildSeed001Fixture, buildSeed003, NARRATIVE_SHEET, SEED001_NARRATIVE, SEED001_TABLES, toGrids, writeNarrativeSheet, writeTable } from './fixtures';
import { addSeed001PerformanceCards } from './narrative-helpers';
import ExcelJSLib from 'exceljs';

function check(wb: ExcelJS.Workbook) {
  const grids = toGrids(wb, 'book.xlsx');
  return checkNarrative(grids, recognizeWorkbook(grids));
}

/** The seed-001 tables with a 情况说明 sheet of the given paragraphs. */
function seed001With(paragraphs: readonly string[]): ExcelJS.Workbook {
  const wb = new ExcelJSLib.Workbook();
  for (const make of SEED001_TABLES) {
    const spec = make();
    writeTable(wb.addWorksheet(spec.sheet), spec);
  }
  writeNarrativeSheet(wb, paragraphs);
  return wb;
}

const replaced = (from: string, to: string) => SEED001_NARRATIVE.map((p) => p.replace(from, to));

describe('seed 001 text against its tables', () => {
  it('raises nothing on the seed’s text when only the standard tables are present', () => {
    expect(check(buildSeed001Fixture().workbook)).toEqual([]);
  });

  it('with the 绩效目标表 cards: the project listed as 5万元 is 8.00 in its card, and the listed projects do not make 项目支出', () => {
    const wb = buildSeed001Fixture().workbook;
    addSeed001PerformanceCards(wb);
    const findings = check(wb);
    expect(findings.map((f) => f.rule).sort()).toEqual(['narrative/amount', 'narrative/sum']);
    const amount = findings.find((f) => f.rule === 'narrative/amount')!;
    expect(amount).toMatchObject({ kind: 'narrative', severity: 'error', sheet: NARRATIVE_SHEET, expected: 8, actual: 5 });
    expect(amount.related).toEqual([{ sheet: '绩效目标表', cell: expect.stringMatching(/^C\d+$/) }]);
    const row = Number(amount.cell.slice(1)) - 1;
    expect(amount.cell.startsWith('A')).toBe(true);
    expect(SEED001_NARRATIVE[row]).toContain('科技特派团支撑专项经费）5万元');
    const sum = findings.find((f) => f.rule === 'narrative/sum')!;
    expect(sum).toMatchObject({ expected: 458.1, actual: 461.1, cell: amount.cell });
  });

  it('a figure that contradicts the tables is reported with the table figure and its cell', () => {
    const findings = check(seed001With(replaced('一般公共预算收入431.00万元，基金', '一般公共预算收入413.00万元，基金')));
    const amount = findings.find((f) => f.rule === 'narrative/amount')!;
    expect(amount).toMatchObject({ expected: 431, actual: 413 });
    expect(amount.message).toContain('431.00');
    expect(amount.related.length).toBeGreaterThan(0);
    // The breakdown no longer adds up either.
    expect(findings.map((f) => f.rule).sort()).toEqual(['narrative/amount', 'narrative/sum']);
  });

  it('a 万元 figure written as 元 is a unit slip, while the same amount written correctly in 元 is not', () => {
    const slip = check(seed001With(replaced('办公费3.20万元', '办公费3.20元')));
    expect(slip.map((f) => f.rule)).toEqual(['narrative/unit']);
    expect(check(seed001With(replaced('办公费3.20万元', '办公费32000元')))).toEqual([]);
  });

  it('a year that is not the tables’ year is reported', () => {
    const findings = check(seed001With(replaced('2025年预算收入724.00万元', '2024年预算收入724.00万元')));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'narrative/year', expected: 2025, actual: 2024 });
  });

  it('a 三公 part that contradicts the 三公 table is reported', () => {
    const findings = check(seed001With(replaced('公务接待费0.06万元。与2024年', '公务接待费0.16万元。与2024年')));
    expect(findings.map((f) => f.rule)).toContain('narrative/amount');
    expect(findings.find((f) => f.rule === 'narrative/amount')).toMatchObject({ expected: 0.06, actual: 0.16 });
  });

  it('the draft written into the workbook passes the check, but for what it leaves to fill in', () => {
    const fx = buildSeed001Fixture();
    const wb = new ExcelJSLib.Workbook();
    for (const make of SEED001_TABLES) {
      const spec = make();
      writeTable(wb.addWorksheet(spec.sheet), spec);
    }
    const draft = draftNarrative(recognizeWorkbook(toGrids(fx.workbook)));
    writeNarrativeSheet(
      wb,
      draftLines(draft).map((l) => l.text),
    );
    // No 机关运行经费 figure and no 政府采购 / 国有资产 / 绩效 table in this workbook: the draft marks
    // those four for the clerk, each reported once as a warning.
    const findings = check(wb);
    expect(findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(Array(4).fill('narrative/draft-placeholder warning'));
    expect(findings.map((f) => f.message).join()).toContain(`草稿中有 1 处待填写：${PLACEHOLDERS.procurement.what}`);
  });
});

describe('seed 003 text against its tables', () => {
  it('finds 149.07 vs 145.07 and 增加0.4万元 for 0.43 (errors), and the 款 named 技术与开发 where its tables say 科学研究与开发 (a warning)', () => {
    const findings = check(buildSeed003());
    expect(findings.map((f) => `${f.rule} ${f.severity}`).sort()).toEqual(['narrative/change error', 'narrative/name warning', 'narrative/sum error']);
    expect(findings.find((f) => f.rule === 'narrative/change')).toMatchObject({ expected: 0.43, actual: 0.4 });
    expect(findings.find((f) => f.rule === 'narrative/sum')).toMatchObject({ expected: 145.07, actual: 149.07 });
    expect(findings.find((f) => f.rule === 'narrative/name')!.message).toContain('2060404');
    for (const f of findings) expect(f).toMatchObject({ sheet: NARRATIVE_SHEET, kind: 'narrative' });
  });
});

describe('finding the text', () => {
  it('reads long text cells next to the tables when there is no 情况说明 sheet', () => {
    const wb = seed001With([]);
    wb.removeWorksheet(wb.getWorksheet(NARRATIVE_SHEET)!.id);
    const ws = wb.getWorksheet('表1')!;
    const row = ws.rowCount + 3;
    ws.getCell(row, 1).value = '2025年支出预算724.00万元，其中基本支出262.90万元，项目支出416.10万元。';
    const findings = check(wb);
    // 416.10 is 461.10 with two digits swapped: the breakdown fails and so does the figure itself.
    expect(findings.map((f) => f.rule).sort()).toEqual(['narrative/amount', 'narrative/sum']);
    for (const f of findings) expect(f).toMatchObject({ sheet: '表1', cell: `A${row}` });
    expect(findings.find((f) => f.rule === 'narrative/sum')).toMatchObject({ expected: 679, actual: 724 });
    expect(findings.find((f) => f.rule === 'narrative/amount')).toMatchObject({ expected: 461.1, actual: 416.1 });
  });
});
