/**
 * An unread sheet in a workbook holding several departments' table sets is tied to one department —
 * the one its 编制部门 line names, else the one the read sheets on both sides of it belong to — and
 * where neither tells it, to none, said once. Built from two real 普陀 publications (万里街道 2025,
 * 文化和旅游局 2026) put in one workbook, one sheet's header blanked so it cannot be read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeWorkbook, type Finding } from '../src/engine';
import { recognizeSheets } from '../src/engine/recognize';
import type { SheetGrid, WorkbookGrids } from '../src/engine/grid/types';
import { amountValueOf } from '../src/engine/grid/numbers';
import { workbookToGrids } from '../src/xlsx/grids';
import { loadXlsx } from '../src/xlsx/load';

const WANLI = '上海市普陀区人民政府万里街道办事处';
const WENLV = '上海市普陀区文化和旅游局';

async function corpusGrids(name: string): Promise<WorkbookGrids> {
  const wb = await loadXlsx(new Uint8Array(readFileSync(join(__dirname, 'corpus', 'tables', 'workbooks', `${name}.xlsx`))));
  return workbookToGrids(wb, name);
}

let sheets: SheetGrid[] = [];
beforeAll(async () => {
  const [wanli, wenlv] = await Promise.all([corpusGrids('wanli-2025'), corpusGrids('putuo-wenlv-2026')]);
  sheets = [...wanli.sheets.map((s) => ({ ...s, name: `万里${s.name}` })), ...wenlv.sheets.map((s) => ({ ...s, name: `文旅${s.name}` }))].map((s) => ({ ...s, name: s.name.slice(0, 31) }));
});

const hasAmount = (row: SheetGrid['rows'][number] | undefined) => (row ?? []).some((c) => amountValueOf(c) !== null);

/** The sheet with its header rows (between the title and the first figures) blanked, and its 编制部门 line too unless `keepDepartment`. */
function unreadable(sheet: SheetGrid, keepDepartment: boolean): SheetGrid {
  const firstFigures = sheet.rows.findIndex((r, i) => i > 1 && hasAmount(r));
  const rows = sheet.rows.map((r, i) => (i >= (keepDepartment ? 2 : 1) && i < firstFigures ? [] : r));
  return { ...sheet, rows, merges: sheet.merges.filter((m) => m.top === 0 || m.top >= firstFigures) };
}

/** The sheet of the same kind in the other department's set (each set prints the nine 普陀 tables in one order). */
const twin = (at: number) => (at < 9 ? at + 9 : at - 9);

/** Sheet `at` made unreadable and, with `dropTwin`, the other department's table of that kind left out: both lack it. */
function workbook(at: number, keepDepartment: boolean, dropTwin = true): WorkbookGrids {
  const kept = sheets.map((s, i) => (i === at ? unreadable(s, keepDepartment) : s)).filter((_, i) => !dropTwin || i !== twin(at));
  return { name: 'two-departments', sheets: kept };
}

const required = (findings: Finding[]) => findings.filter((f) => f.rule === 'disclosure/required-tables');
/** Each department's required-tables check, by its scope. */
const checksOf = (grids: WorkbookGrids) => analyzeWorkbook(grids).checks.filter((c) => c.rule === 'disclosure/required-tables');

describe('an unread sheet in a workbook of two departments', () => {
  it('its 编制部门 line ties it to its department: the other department, lacking the table too, does not claim it', () => {
    const at = 9 + 2; // 文旅 支出预算总表; 万里's left out
    const grids = workbook(at, true);
    expect(recognizeSheets(grids).unreadTables).toEqual([expect.objectContaining({ sheet: sheets[at].name, kind: 'expense-summary', department: WENLV })]);
    const { findings } = analyzeWorkbook(grids);
    expect(required(findings).map((f) => `${f.severity} ${f.sheet}`).sort()).toEqual([`info ${sheets[at].name}`, `warning ${sheets[0].name}`]);
    expect(required(findings).find((f) => f.severity === 'warning')?.message).toContain('没有找到“支出总表”');
    const claims = checksOf(grids).filter((c) => c.reason?.includes('张在工作簿中但没能识别'));
    expect(claims).toHaveLength(1);
    expect(claims[0].reason).toContain(WENLV);
  });

  it('without the line, the read sheets on both sides of it tie it', () => {
    const at = 2; // 万里 支出预算总表, between 万里's own sheets; 文旅's left out
    const grids = workbook(at, false);
    expect(recognizeSheets(grids).unreadTables).toEqual([expect.objectContaining({ kind: 'expense-summary', department: WANLI })]);
    expect(required(analyzeWorkbook(grids).findings).map((f) => `${f.severity} ${f.sheet}`).sort()).toEqual([`info ${sheets[at].name}`, `warning ${sheets[9].name}`]);
  });

  it('between the two departments and naming neither, it is said once to be no one’s, and neither says the kind is missing', () => {
    const at = 8; // 万里 “三公” table, the last of 万里's sheets, before 文旅's first; 文旅's left out
    const grids = workbook(at, false);
    const [u] = recognizeSheets(grids).unreadTables;
    expect(u).toEqual(expect.objectContaining({ kind: 'three-public', departmentUnknown: true }));
    expect(u.department).toBeUndefined();
    const { findings } = analyzeWorkbook(grids);
    expect(required(findings)).toEqual([]);
    const notes = findings.filter((f) => f.sheet === sheets[at].name);
    expect(notes.map((f) => f.rule)).toEqual(['plausibility/unread-table']);
    expect(notes[0].message).toContain('无法确定它属于哪个部门');
    // Neither department's check counts the kind as looked at: each lacks it, and whose the sheet is cannot be told.
    const reasons = checksOf(grids).map((c) => c.reason);
    expect(reasons).toEqual([expect.stringContaining('核对 8 处'), expect.stringContaining('核对 8 处')]);
    expect(checksOf(workbook(at, false, false)).map((c) => c.reason)).toEqual([expect.stringContaining('核对 8 处'), expect.stringContaining('核对 9 处')]);
  });

  it('a title that holds one department’s name ties it, wherever it stands', () => {
    const at = 8; // as above, between the two departments, its title now naming 万里
    const grids = workbook(at, false);
    const named = grids.sheets.map((s) => (s.name === sheets[at].name ? { ...s, rows: s.rows.map((r, i) => (i === 0 ? [{ value: `${WANLI}${r[0]?.text ?? ''}`, text: `${WANLI}${r[0]?.text ?? ''}` }] : r)) } : s));
    expect(recognizeSheets({ ...grids, sheets: named }).unreadTables).toEqual([expect.objectContaining({ kind: 'three-public', department: WANLI })]);
    expect(required(analyzeWorkbook({ ...grids, sheets: named }).findings).map((f) => `${f.severity} ${f.sheet}`).sort()).toEqual([`info ${sheets[at].name}`, `warning ${sheets[9].name}`]);
  });

  it('a 编制部门 line naming a department no read table names ties it to none', () => {
    const at = 2;
    const grids = workbook(at, true);
    const renamed = grids.sheets.map((s) => (s.name === sheets[at].name ? { ...s, rows: s.rows.map((r, i) => (i === 1 ? [{ value: '编制部门：万里街道', text: '编制部门：万里街道' }] : r)) } : s));
    expect(recognizeSheets({ ...grids, sheets: renamed }).unreadTables).toEqual([expect.objectContaining({ departmentUnknown: true })]);
    expect(required(analyzeWorkbook({ ...grids, sheets: renamed }).findings)).toEqual([]);
  });

  it('for any sheet made unreadable, with or without its 编制部门 line, no two departments take it as theirs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 17 }), fc.boolean(), fc.boolean(), (at, keepDepartment, dropTwin) => {
        const grids = workbook(at, keepDepartment, dropTwin);
        const unread = recognizeSheets(grids).unreadTables;
        const claims = checksOf(grids).filter((c) => c.reason?.includes('张在工作簿中但没能识别'));
        expect(claims.length).toBeLessThanOrEqual(1);
        if (keepDepartment && unread.length === 1) expect(unread[0].department).toBe(at < 9 ? WANLI : WENLV);
        // Missing only where the other department left its table out, and never said of the unread table's own department.
        const missing = required(analyzeWorkbook(grids).findings).filter((f) => f.severity === 'warning');
        expect(missing.length).toBeLessThanOrEqual(dropTwin ? 1 : 0);
        if (missing.length && claims.length) expect(claims[0].reason).not.toContain(missing[0].sheet.startsWith('万里') ? '万里' : '文化和旅游局');
      }),
      { numRuns: 12 },
    );
  });
});

/**
 * 普陀区文化和旅游局's 2025 部门决算 and 2026 部门预算 in one workbook: one department, a 决算 set and a 预算 set, each
 * printing the nine tables (in two orders). One sheet is made unreadable and the other set's table of its kind left out.
 */
describe('an unread sheet in a one-department workbook of a 预算 and a 决算 set', () => {
  let both: SheetGrid[] = [];
  beforeAll(async () => {
    const [final, budget] = await Promise.all([corpusGrids('putuo-wenlv-2025'), corpusGrids('putuo-wenlv-2026')]);
    both = [...final.sheets, ...budget.sheets];
  });
  /** The 预算 sheet of each 决算 sheet's kind, and back (the 2026 set prints 政府性基金 and 国有资本 before 基本支出 and 三公). */
  const OTHER_ORDER = [0, 1, 2, 3, 4, 7, 8, 5, 6];
  const twinOf = (at: number) => (at < 9 ? 9 + OTHER_ORDER[at] : OTHER_ORDER[at - 9]);
  /** Sheet `at` unreadable, its title and sheet name rewritten by `rename`, the other family's table of its kind left out. */
  const mixed = (at: number, rename?: (s: string) => string): WorkbookGrids => {
    const sheetsNow = both
      .map((s, i) => {
        if (i !== at) return s;
        const u = unreadable(s, false);
        if (!rename) return u;
        return { ...u, name: rename(u.name), rows: u.rows.map((r, i) => (i === 0 ? r.map((c) => (c && typeof c.text === 'string' ? { ...c, value: rename(c.text), text: rename(c.text) } : c)) : r)) };
      })
      .filter((_, i) => i !== twinOf(at));
    return { name: 'budget-and-final', sheets: sheetsNow };
  };
  const claimsOf = (grids: WorkbookGrids) => checksOf(grids).filter((c) => c.reason?.includes('张在工作簿中但没能识别'));

  it('a 决算 title ties it to the 决算 set alone; the 预算 set, lacking the kind too, does not call it missing', () => {
    const at = 2; // 支出决算表; the 预算 set's 支出预算总表 left out
    const grids = mixed(at);
    expect(recognizeSheets(grids).unreadTables).toEqual([expect.objectContaining({ kind: 'expense-summary', family: 'final' })]);
    const claims = claimsOf(grids);
    expect(claims).toHaveLength(1);
    expect(claims[0].reason).toContain('部门决算');
    expect(required(analyzeWorkbook(grids).findings).map((f) => `${f.severity} ${f.sheet}`)).toEqual([`info ${both[at].name}`]);
  });

  it('a 预算 title ties it to the 预算 set alone', () => {
    const at = 9 + 2; // 支出预算总表; the 决算 set's 支出决算表 left out
    const grids = mixed(at);
    expect(recognizeSheets(grids).unreadTables).toEqual([expect.objectContaining({ kind: 'expense-summary', family: 'budget' })]);
    const claims = claimsOf(grids);
    expect(claims).toHaveLength(1);
    expect(claims[0].reason).toContain('部门预算');
  });

  it('a title and sheet name that name neither: said once to be neither set’s, and neither calls the kind missing', () => {
    const at = 6; // 财政拨款“三公”经费支出决算表, titled and named 财政拨款“三公”经费支出表
    const grids = mixed(at, (s) => s.replace('决算', ''));
    const [u] = recognizeSheets(grids).unreadTables;
    expect(u).toEqual(expect.objectContaining({ kind: 'three-public', familyUnknown: true }));
    const { findings } = analyzeWorkbook(grids);
    expect(required(findings)).toEqual([]);
    const notes = findings.filter((f) => f.rule === 'plausibility/unread-table');
    expect(notes).toHaveLength(1);
    expect(notes[0].message).toContain('两套表都未把它算作本套的表');
    expect(claimsOf(grids)).toEqual([]);
  });

  it('for any sheet made unreadable, its family word kept or dropped, no two sets take it as theirs and no set calls its kind missing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 17 }), fc.boolean(), (at, keepWord) => {
        const grids = mixed(at, keepWord ? undefined : (s) => s.replace(/决算|(?<!一般公共|政府性基金|国有资本经营)预算/g, ''));
        const unread = recognizeSheets(grids).unreadTables;
        expect(claimsOf(grids).length).toBeLessThanOrEqual(1);
        if (keepWord && unread.length === 1) expect(unread[0].family).toBe(at < 9 ? 'final' : 'budget');
        // A title left naming no table is no unread table: the kind is then missing from the set that left it out.
        if (unread.length === 1) expect(required(analyzeWorkbook(grids).findings).filter((f) => f.severity === 'warning')).toEqual([]);
      }),
      { numRuns: 12 },
    );
  });
});
