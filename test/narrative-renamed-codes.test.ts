/**
 * A 科目 the 情况说明 writes under a former name of its code ('行政事业单位离退休（款）' for 20805, now
 * 行政事业单位养老支出) is the table line of that code: its amount is checked as if written under the current
 * name. That the name is an old one is the 科目 name check's to say, once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeWorkbook, type Finding, type Table } from '../src/engine';
import { reviewNarrativeText } from '../src/engine/narrative';
import { workbookToGrids } from '../src/xlsx/grids';
import { loadXlsx } from '../src/xlsx/load';
import { isRenamedCodesName, renamedCodesNamed } from '../src/engine/narrative/text/renamed-codes';

const CORPUS = join(__dirname, 'corpus');
const CURRENT = '行政事业单位养老支出（款）';
const FORMER = '行政事业单位离退休（款）';

async function wanli2023(): Promise<{ tables: Table[]; lines: string[] }> {
  const file = 'wanli-2023.xlsx';
  const workbook = await loadXlsx(new Uint8Array(readFileSync(join(CORPUS, 'tables/workbooks', file))));
  const tables = analyzeWorkbook(workbookToGrids(workbook, file)).tables;
  return { tables, lines: readFileSync(join(CORPUS, 'tables/text/wanli-2023.txt'), 'utf8').split('\n') };
}

/** The text with the 款 of the lines at `at` (1-based) written under its former name. */
function withFormerName(lines: string[], at: readonly number[]): string {
  return lines.map((l, i) => (at.includes(i + 1) ? l.replaceAll(CURRENT, FORMER) : l)).join('\n');
}

const brief = (f: Finding) => `${f.cell} ${f.severity} ${f.rule} ${f.message}`;
const notNames = (fs: Finding[]) => fs.filter((f) => f.rule !== 'narrative/name').map(brief).sort();

/** wanli-2023's lines naming a 项 of 20805 under its 款. */
const LINES_OF_20805 = [18, 19, 20, 21, 22];

describe('a 科目 written under a former name of its code', () => {
  it('the catalog knows 行政事业单位离退休 as a former name of 20805', () => {
    expect(isRenamedCodesName('20805', FORMER)).toBe(true);
    expect(isRenamedCodesName('20805', '行政单位离退休')).toBe(false);
    expect(isRenamedCodesName('20806', FORMER)).toBe(false);
    expect(renamedCodesNamed(2, FORMER)).toEqual(['20805']);
  });

  it('wanli-2023 L21 under ‘行政事业单位离退休（款）’: its 441.25 is still checked against 2080506 (220.63), with one name warning', async () => {
    const { tables, lines } = await wanli2023();
    expect(lines[20]).toContain(CURRENT);
    const before = reviewNarrativeText(lines.join('\n'), tables).findings;
    const after = reviewNarrativeText(withFormerName(lines, [21]), tables).findings;
    const l21 = after.filter((f) => f.cell === 'L21');
    expect(l21.map((f) => f.message)).toContainEqual(expect.stringMatching(/与表中数不符：一般公共预算支出表 2080506 机关事业单位职业年金缴费支出为220\.63万元/));
    expect(notNames(after)).toEqual(notNames(before));
    expect(l21.filter((f) => f.rule === 'narrative/name')).toHaveLength(1);
  });

  it('shiquan-2025, whose tables still print ‘行政事业单位离退休（款）’, with its text written under the current name: every amount is checked as before', async () => {
    const file = 'shiquan-2025.xlsx';
    const workbook = await loadXlsx(new Uint8Array(readFileSync(join(CORPUS, 'tables/workbooks', file))));
    const tables = analyzeWorkbook(workbookToGrids(workbook, file)).tables;
    const text = readFileSync(join(CORPUS, 'tables/text/shiquan-2025.txt'), 'utf8');
    expect(text).toContain(FORMER);
    const before = reviewNarrativeText(text, tables).findings;
    const after = reviewNarrativeText(text.replaceAll(FORMER, CURRENT), tables).findings;
    expect(notNames(after)).toEqual(notNames(before));
    expect(after.map((f) => f.message)).toContainEqual(expect.stringMatching(/与表中数不符：一般公共预算财政拨款支出决算表 2080506/));
  });

  it('property: any of its lines of 20805 written under the former name lose no check and gain no finding but one name warning each at most', async () => {
    const { tables, lines } = await wanli2023();
    const before = notNames(reviewNarrativeText(lines.join('\n'), tables).findings);
    await fc.assert(
      fc.asyncProperty(fc.subarray(LINES_OF_20805, { minLength: 1 }), async (at) => {
        const after = reviewNarrativeText(withFormerName(lines, at), tables).findings;
        expect(notNames(after)).toEqual(before);
        for (const line of at) expect(after.filter((f) => f.cell === `L${line}` && f.rule === 'narrative/name').length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 20 },
    );
  });
});
