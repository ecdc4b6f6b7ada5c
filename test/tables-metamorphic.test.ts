/**
 * Metamorphic test of recognition and rules on the real corpus workbooks: each is laid out again the
 * way other real tables print the same figures (test/grid-transforms.ts: moved down, a 编制单位 line
 * above the header, blank rows, a 注 under it, codes as numbers, figures as text, 0.00 for blanks,
 * header heads repeated instead of merged, a 备注 or 序号 column, 元 for 万元, sheets renamed), and
 * the answers must not change: the same tables with their kinds and units, the same findings at the
 * same cells (mapped through the transform) with the same severity.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeWorkbook, type Analysis } from '../src/engine';
import type { WorkbookGrids } from '../src/engine/grid/types';
import { workbookToGrids } from '../src/xlsx/grids';
import { loadXlsx } from '../src/xlsx/load';
import { TRANSFORMS, type GridTransform, type Variant } from './grid-transforms';
import { budgetModelArb, buildBudgetWorkbook } from './fixtures/random-budget';
import { toGrids } from './fixtures';
import { SheetView } from '../src/engine/recognize/view';
import { headerRect, headerTree } from '../src/engine/recognize/header';
import { recognizeSheet } from '../src/engine/recognize';
import type { Cell, Rect, SheetGrid } from '../src/engine/grid/types';
import type { HeaderNode } from '../src/engine/recognize/types';

const DIR = join(__dirname, 'corpus', 'tables', 'workbooks');

/** Workbooks whose answers a transform still changes, by transform, with the reason (none may be a new error). */
const KNOWN_EXCEPTIONS: Record<string, Record<string, string>> = {
  'header-merges-dropped': {
    'putuo-wenlv-2025.xlsx': "the fund tables print 本年支出's 合计 | 基本支出 | 项目支出 on the 合计 line: unmerged, nothing says 本年支出 spans three columns, and '合计' in its one figure column is called a word (2 warnings)",
    'putuo-yichuan-2025.xlsx': 'the same two fund tables as putuo-wenlv-2025 (2 warnings)',
  },
};

const transform = (name: string): GridTransform => TRANSFORMS.find((t) => t.name === name)!;

/** The differences between the answers on the original and on its variant, one line each ('' for none). */
function differences(before: Analysis, variant: Variant, after: Analysis): string[] {
  const out: string[] = [];
  const tables = after.tables.map((t) => `${t.sheet}|${t.kind}|${t.unit}`);
  for (const t of before.tables) {
    const want = `${variant.place(t.sheet, 'A1')!.sheet}|${t.kind}|${variant.unit ? variant.unit(t.sheet, t.unit) : t.unit}`;
    const i = tables.indexOf(want);
    if (i >= 0) tables.splice(i, 1);
    else out.push(`table lost or misread: ${want}`);
  }
  const key = (f: { severity: string; rule: string; sheet: string; cell: string }) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`;
  const found = after.findings.map(key);
  for (const f of before.findings) {
    const place = variant.place(f.sheet, f.cell);
    const i = place ? found.indexOf(key({ ...f, ...place })) : -1;
    if (i >= 0) found.splice(i, 1);
    else out.push(`finding lost: ${key(f)}`);
  }
  for (const k of found) out.push(`new finding: ${k}`);
  return out;
}

function variantDifferences(grids: WorkbookGrids, t: GridTransform, before = analyzeWorkbook(grids)): string[] | undefined {
  const variant = t.apply(grids, before.tables, before.findings);
  return variant && differences(before, variant, analyzeWorkbook(variant.grids));
}

describe('the corpus answers whatever the layout', () => {
  // Each workbook read and analysed once: the transforms compare their variants with these answers.
  const books: [string, WorkbookGrids, Analysis][] = [];
  beforeAll(async () => {
    for (const f of readdirSync(DIR).filter((x) => x.endsWith('.xlsx')).sort()) {
      const grids = workbookToGrids(await loadXlsx(readFileSync(join(DIR, f))), f);
      books.push([f, grids, analyzeWorkbook(grids)]);
    }
  });

  for (const t of TRANSFORMS) {
    it(`${t.name} (as in ${t.seenIn})`, { timeout: 60_000 }, () => {
      const changed: Record<string, string[]> = {};
      let applied = 0;
      for (const [file, grids, before] of books) {
        const diff = variantDifferences(grids, t, before);
        if (diff) applied++;
        if (diff?.length) changed[file] = diff;
      }
      expect(applied).toBeGreaterThan(0);
      const known = KNOWN_EXCEPTIONS[t.name] ?? {};
      for (const [file, diff] of Object.entries(changed)) expect(diff.filter((d) => d.startsWith('new finding: error')), file).toEqual([]);
      expect(Object.keys(changed).sort()).toEqual(Object.keys(known).sort());
    });
  }
});

describe('a group head typed again in each of its columns is the one head a merge prints', () => {
  it('honghe-xian-2018: the stale year of “2017年决算比上年增减情况” is named once, merged over 增加额 | 增加幅度 or typed over each', async () => {
    const grids = workbookToGrids(await loadXlsx(readFileSync(join(DIR, 'honghe-xian-2018.xlsx'))), 'honghe-xian-2018.xlsx');
    const stale = (a: Analysis) => a.findings.filter((f) => f.rule === 'disclosure/year/title').map((f) => f.cell);
    const before = analyzeWorkbook(grids);
    const variant = transform('header-unmerged').apply(grids, before.tables, before.findings)!;
    expect(stale(before)).toEqual(['A1', 'E3']);
    expect(stale(analyzeWorkbook(variant.grids))).toEqual(['A1', 'E3']);
    const head = (a: Analysis) => a.tables[0].header.flatMap((n) => [n, ...n.children]).find((n) => n.label.startsWith('2017年决算比上年'))!;
    expect(head(analyzeWorkbook(variant.grids)).rect).toEqual(head(before).rect);
  });

  it('a header tree is the same with any group head merged across its columns or typed over each', () => {
    const cell = (s: string): Cell => ({ value: s, text: s });
    const GROUPS = ['本年支出', '2017年决算比上年增减情况', '财政拨款', '公务用车购置及运行费'];
    const LEAVES = ['合计', '基本支出', '项目支出', '增加额', '增加幅度', '购置费', '运行费', '小计'];
    const flat = (nodes: readonly HeaderNode[]): string[] => nodes.flatMap((n) => [`${n.label}@${n.rect.top},${n.rect.left}-${n.rect.right}:${n.children.length}`, ...flat(n.children)]);
    fc.assert(
      fc.property(
        fc.array(fc.record({ group: fc.constantFrom(...GROUPS), width: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        (groups, typedOver) => {
          const sheet = (merged: boolean): SheetGrid => {
            const top: (Cell | undefined)[] = [cell('科目编码'), cell('科目名称')];
            const under: (Cell | undefined)[] = [undefined, undefined];
            const merges: Rect[] = [{ top: 0, bottom: 1, left: 0, right: 0 }, { top: 0, bottom: 1, left: 1, right: 1 }];
            groups.forEach((g, i) => {
              const left = top.length;
              for (let k = 0; k < g.width; k++) {
                top.push(k === 0 || (!merged && typedOver[i]) ? cell(g.group) : undefined);
                under.push(cell(LEAVES[(i * 3 + k) % LEAVES.length]));
              }
              if (g.width > 1 && (merged || !typedOver[i])) merges.push({ top: 0, bottom: 0, left, right: left + g.width - 1 });
            });
            const rows = [top, under, [cell('201'), cell('一般公共服务支出'), ...under.slice(2).map(() => ({ value: 1, text: '1.00' }))]];
            return { name: 'S', rowCount: rows.length, colCount: top.length, rows, merges };
          };
          const tree = (s: SheetGrid) => {
            const view = new SheetView(s);
            return flat(headerTree(view, headerRect(view, 0)));
          };
          expect(tree(sheet(false))).toEqual(tree(sheet(true)));
        },
      ),
    );
  });

  it('random budget workbooks read the same with their group heads merged or repeated', { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(budgetModelArb, (m) => {
        expect(variantDifferences(toGrids(buildBudgetWorkbook(m).workbook), transform('header-unmerged')) ?? []).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });
});

describe('whole 元 figures that all end in 00 were rounded to the hundred', () => {
  it('putuo-planning-2024: its 0.01 万元 gaps stay rounding warnings when printed as 100 元', async () => {
    const grids = workbookToGrids(await loadXlsx(readFileSync(join(DIR, 'putuo-planning-2024.xlsx'))), 'putuo-planning-2024.xlsx');
    const before = analyzeWorkbook(grids);
    const variant = transform('unit-yuan').apply(grids, before.tables, before.findings)!;
    const after = analyzeWorkbook(variant.grids);
    const at = (a: Analysis, sheet: string, cell: string) => a.findings.filter((f) => f.sheet === sheet && f.cell === cell).map((f) => f.severity);
    expect(at(before, '财政拨款收入支出决算总表', 'D29')).toEqual(['warning']);
    expect(at(after, '财政拨款收入支出决算总表', 'D29')).toEqual(['warning']);
    expect(after.findings.find((f) => f.sheet === '财政拨款收入支出决算总表' && f.cell === 'D29')!.message).toContain('97,465,000');
    expect(after.findings.filter((f) => f.severity === 'error').length).toBe(before.findings.filter((f) => f.severity === 'error').length);
  });

  it('a 0.01 万元 rounding gap in a random budget stays a warning at the same cell in 元', { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(budgetModelArb, fc.nat(), (m, pick) => {
        const grids = toGrids(buildBudgetWorkbook(m).workbook);
        const base = analyzeWorkbook(grids);
        // one 项 figure of a 万元 table with enough figures to show its rounding, one 0.01 up
        const tables = base.tables.filter((t) => t.unit === '万元' && t.lines.filter((l) => Object.values(l.amounts).some((a) => a.value)).length >= 10);
        fc.pre(tables.length > 0);
        const t = tables[pick % tables.length];
        const leaves = t.lines.filter((l) => l.code?.length === 7 && Object.values(l.amounts).some((a) => a.value));
        fc.pre(leaves.length > 0);
        const a = Object.values(leaves[pick % leaves.length].amounts).find((x) => x.value)!;
        const row = leaves[pick % leaves.length].row;
        const nudged: WorkbookGrids = {
          ...grids,
          sheets: grids.sheets.map((s) => (s.name !== t.sheet ? s : { ...s, rows: s.rows.map((r, i) => (i !== row ? r : r.map((c, j) => (j !== a.col ? c : { value: a.value! + 0.01, text: (a.value! + 0.01).toFixed(2) })))) })),
        };
        expect(variantDifferences(nudged, transform('unit-yuan')) ?? []).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });
});

describe('a header copied without its merges (each head in its first cell, the cells it spans left blank) reads as merged', () => {
  const dropped = transform('header-merges-dropped');
  const read = async (file: string) => {
    const grids = workbookToGrids(await loadXlsx(readFileSync(join(DIR, file))), file);
    const before = analyzeWorkbook(grids);
    return { before, after: analyzeWorkbook(dropped.apply(grids, before.tables, before.findings)!.grids) };
  };
  const table = (a: Analysis, sheet: string) => a.tables.find((t) => t.sheet === sheet)!;
  const shape = (a: Analysis, sheet: string) => {
    const t = table(a, sheet);
    return { kind: t.kind, title: t.title, unit: t.unit, right: t.headerRect.right, columns: t.columns.map((c) => `${c.col}:${c.role}:${c.key ?? ''}:${c.measure ?? ''}`) };
  };

  it("chengguan-2026: '项目 | | | | 收入预算' over the 科目 and 收入 heads opens the header, so the title and 单位：元 above it are read", async () => {
    const { before, after } = await read('chengguan-2026.xlsx');
    expect(shape(after, '收入预算总表')).toEqual(shape(before, '收入预算总表'));
    expect(table(after, '收入预算总表').unit).toBe('元');
    expect(after.tables.map((t) => t.kind)).toEqual(before.tables.map((t) => t.kind));
  });

  it('shiquan-benji-2026: 项目支出 right of 基本支出 (typed once over 人员经费 | 公用经费) stays in the header', async () => {
    const { before, after } = await read('shiquan-benji-2026.xlsx');
    expect(shape(after, '财务收支预算总表')).toEqual(shape(before, '财务收支预算总表'));
    expect(after.findings.filter((f) => f.severity === 'error').map((f) => f.cell)).toEqual(before.findings.filter((f) => f.severity === 'error').map((f) => f.cell));
  });

  it('putuo-shengtai-2025: 公务接待费 is not read under 公务用车运行维护费, the blank beside it notwithstanding', async () => {
    const { before, after } = await read('putuo-shengtai-2025.xlsx');
    const sheet = '财政拨款“三公”经费支出决算表';
    expect(shape(after, sheet)).toEqual(shape(before, sheet));
    expect(table(after, sheet).columns.filter((c) => c.key === 'reception').map((c) => c.path.slice(-2))).toEqual([
      ['公务接待费', '预算数'],
      ['公务接待费', '决算数'],
    ]);
  });

  it('a “三公” table reads the same with its header merged or each head in its first cell alone', () => {
    const cell = (x: string | number): Cell => (typeof x === 'number' ? { value: x, text: x.toFixed(2) } : { value: x, text: x });
    const PARTS: [string, string[]][] = [
      ['合计', []],
      ['因公出国（境）费', []],
      ['公务用车购置及运行维护费', ['小计', '公务用车购置费', '公务用车运行维护费']],
      ['公务接待费', []],
    ];
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.subarray([0, 1, 2, 3], { minLength: 2 }), (overall, measures, picked) => {
        const parts = picked.map((i) => PARTS[i]);
        const per = measures ? ['预算数', '决算数'] : [];
        const leafRows = 1 + (parts.some(([, sub]) => sub.length) ? 1 : 0) + (measures ? 1 : 0);
        const width = parts.reduce((n, [, sub]) => n + Math.max(1, sub.length) * Math.max(1, per.length), 0);
        const sheet = (merged: boolean): SheetGrid => {
          const rows: (Cell | undefined)[][] = [[cell(measures ? '财政拨款“三公”经费支出决算表' : '财政拨款“三公”经费支出预算表')], [cell('单位：万元')]];
          const merges: Rect[] = [];
          const top = rows.length;
          if (overall) {
            rows.push([cell('财政拨款“三公”经费')]);
            merges.push({ top, bottom: top, left: 0, right: width - 1 });
          }
          const head = rows.length;
          for (let r = 0; r < leafRows; r++) rows.push([]);
          let col = 0;
          for (const [label, sub] of parts) {
            const span = Math.max(1, sub.length) * Math.max(1, per.length);
            rows[head][col] = cell(label);
            const subRow = sub.length ? head + 1 : head;
            if (span > 1) merges.push({ top: head, bottom: head, left: col, right: col + span - 1 });
            else if (leafRows > 1) merges.push({ top: head, bottom: head + leafRows - 1, left: col, right: col });
            if (!sub.length && per.length && leafRows > 2) merges.push({ top: head, bottom: head + 1, left: col, right: col + span - 1 });
            sub.forEach((x, i) => {
              const at = col + i * Math.max(1, per.length);
              rows[subRow][at] = cell(x);
              if (per.length > 1) merges.push({ top: subRow, bottom: subRow, left: at, right: at + per.length - 1 });
            });
            per.forEach((x, i) => {
              for (let k = 0; k < Math.max(1, sub.length); k++) rows[head + leafRows - 1][col + k * per.length + i] = cell(x);
            });
            col += span;
          }
          rows.push(Array.from({ length: width }, (_, i) => cell(i + 1)));
          const kept = merged ? merges.filter((m) => m.bottom > m.top || m.right > m.left) : [];
          return { name: 'S', rowCount: rows.length, colCount: width, rows, merges: kept };
        };
        const read = (s: SheetGrid) =>
          recognizeSheet(s).map((t) => ({ kind: t.kind, title: t.title, unit: t.unit, unitStated: t.unitStated, columns: t.columns.map((c) => `${c.col}:${c.role}:${c.key ?? ''}:${c.measure ?? ''}`) }));
        expect(read(sheet(false))).toEqual(read(sheet(true)));
      }),
    );
  });

  it('random budget workbooks read the same with their header merges dropped', { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(budgetModelArb, (m) => {
        expect(variantDifferences(toGrids(buildBudgetWorkbook(m).workbook), dropped) ?? []).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });
});
