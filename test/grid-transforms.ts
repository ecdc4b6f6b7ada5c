/**
 * Layout transforms of a workbook's grids that real published tables show, for the metamorphic test
 * (test/tables-metamorphic.test.ts): each rewrites the grids the way another publication prints the
 * same table, and maps every cell of the original to where it now stands, so that the answers on the
 * original and on the variant can be compared cell for cell. A transform that does not fit a workbook
 * (no sheet in 万元, no code column …) gives undefined.
 */
import { parseA1, toA1 } from '../src/engine/grid/a1';
import { parseAmountCell } from '../src/engine/grid/numbers';
import type { Cell, Rect, SheetGrid, WorkbookGrids } from '../src/engine/grid/types';
import type { Finding } from '../src/engine/findings';
import type { Table } from '../src/engine/recognize/types';

export interface CellPlace {
  sheet: string;
  cell: string;
}

export interface Variant {
  grids: WorkbookGrids;
  /** Where a cell of the original stands in the variant (undefined: it has no place there). */
  place(sheet: string, cell: string): CellPlace | undefined;
  /** The unit a table of the original sheet is expected in, when the transform changes it. */
  unit?(sheet: string, unit: string): string;
}

export interface GridTransform {
  name: string;
  /** The corpus workbook or seed that prints its tables this way. */
  seenIn: string;
  apply(grids: WorkbookGrids, tables: readonly Table[], findings: readonly Finding[]): Variant | undefined;
}

const textCell = (s: string): Cell => ({ value: s, text: s });

function copySheet(s: SheetGrid): SheetGrid {
  return { ...s, rows: s.rows.map((r) => (r ? [...r] : [])), merges: s.merges.map((m) => ({ ...m })) };
}

/** Each index an inserted line lands before, lowest first; a line at index i moves down by the count of positions <= i. */
const shiftBy = (positions: readonly number[]) => (i: number) => i + positions.filter((p) => p <= i).length;

/** The sheet with an empty row inserted before each of `positions` (original row indexes), `fill` writing the new rows. */
function insertRows(sheet: SheetGrid, positions: readonly number[], fill?: (newRow: number, before: number) => (Cell | undefined)[]): { sheet: SheetGrid; row: (r: number) => number } {
  const at = [...positions].sort((a, b) => a - b);
  const row = shiftBy(at);
  const rows: (Cell | undefined)[][] = [];
  for (let r = 0; r < Math.max(sheet.rowCount, ...at.map((p) => p + 1)); r++) {
    for (const p of at) if (p === r) rows.push(fill ? fill(rows.length, r) : []);
    if (r < sheet.rowCount) rows.push(sheet.rows[r] ? [...sheet.rows[r]] : []);
  }
  const merges = sheet.merges.map((m): Rect => ({ ...m, top: row(m.top), bottom: row(m.bottom) }));
  const out: SheetGrid = { ...sheet, rows, rowCount: rows.length, colCount: Math.max(sheet.colCount, ...rows.map((r) => r.length)), merges };
  if (sheet.hiddenRows) out.hiddenRows = sheet.hiddenRows.map(row);
  return { sheet: out, row };
}

/** The sheet with an empty column inserted before each of `positions` (original column indexes), `fill(row, newCol)` giving its cells. */
function insertColumns(sheet: SheetGrid, positions: readonly number[], fill?: (row: number, newCol: number) => Cell | undefined): { sheet: SheetGrid; col: (c: number) => number } {
  const at = [...positions].sort((a, b) => a - b);
  const col = shiftBy(at);
  const rows = sheet.rows.map((cells, r) => {
    const out: (Cell | undefined)[] = [];
    const width = Math.max(cells?.length ?? 0, ...at.map((p) => p + 1));
    for (let c = 0; c < width; c++) {
      for (const p of at) if (p === c) out.push(fill ? fill(r, out.length) : undefined);
      if (c < (cells?.length ?? 0)) out.push(cells[c]);
    }
    while (out.length && out[out.length - 1] === undefined) out.pop();
    return out;
  });
  const merges = sheet.merges.map((m): Rect => ({ ...m, left: col(m.left), right: col(m.right) }));
  const out: SheetGrid = { ...sheet, rows, colCount: sheet.colCount + at.length, merges };
  if (sheet.hiddenCols) out.hiddenCols = sheet.hiddenCols.map(col);
  return { sheet: out, col };
}

/** The sheet without row `gone` (a header row folded into the one above): merges over it shrink, the cells under it move up. */
function deleteRow(sheet: SheetGrid, gone: number): { sheet: SheetGrid; row: (r: number) => number } {
  const row = (r: number) => (r > gone ? r - 1 : r);
  const rows = sheet.rows.filter((_, r) => r !== gone).map((r) => (r ? [...r] : []));
  const merges = sheet.merges
    .filter((m) => !(m.top === gone && m.bottom === gone))
    .map((m): Rect => ({ ...m, top: m.top > gone ? m.top - 1 : m.top, bottom: m.bottom >= gone ? m.bottom - 1 : m.bottom }))
    .filter((m) => m.bottom > m.top || m.right > m.left);
  const out: SheetGrid = { ...sheet, rows, rowCount: rows.length, merges };
  if (sheet.hiddenRows) out.hiddenRows = sheet.hiddenRows.filter((r) => r !== gone).map(row);
  return { sheet: out, row };
}

/** The sheet with row `from` moved to stand before row `before` (original indexes, from < before): the rows between move up one. */
function moveRowDown(sheet: SheetGrid, from: number, before: number): { sheet: SheetGrid; row: (r: number) => number } {
  const row = (r: number) => (r === from ? before - 1 : r > from && r < before ? r - 1 : r);
  const rows: (Cell | undefined)[][] = [];
  sheet.rows.forEach((cells, r) => (rows[row(r)] = cells ? [...cells] : []));
  for (let r = 0; r < sheet.rowCount; r++) rows[r] ??= [];
  const merges = sheet.merges.map((m): Rect => (m.top === from && m.bottom === from ? { ...m, top: row(from), bottom: row(from) } : m.bottom < from || m.top >= before ? m : { ...m, top: row(m.top), bottom: row(m.bottom) }));
  return { sheet: { ...sheet, rows, merges }, row };
}

type Mover = { row?: (r: number) => number; col?: (c: number) => number; name?: string };

/** A variant whose sheets were each rewritten by `movers` (by original sheet name). */
function variantOf(grids: WorkbookGrids, sheets: SheetGrid[], movers: Map<string, Mover>, unit?: Variant['unit']): Variant {
  return {
    grids: { ...grids, sheets },
    place(sheet, cell) {
      const m = movers.get(sheet);
      const at = parseA1(cell);
      if (!at) return { sheet: m?.name ?? sheet, cell };
      return { sheet: m?.name ?? sheet, cell: toA1(m?.row ? m.row(at.row) : at.row, m?.col ? m.col(at.col) : at.col) };
    },
    ...(unit ? { unit } : {}),
  };
}

/** Rewrites every sheet holding a table with `edit(sheet, its tables)`; sheets it leaves alone keep their place. */
function perSheet(grids: WorkbookGrids, tables: readonly Table[], edit: (sheet: SheetGrid, own: Table[]) => { sheet: SheetGrid; mover: Mover } | undefined, unit?: Variant['unit']): Variant | undefined {
  const movers = new Map<string, Mover>();
  let changed = false;
  const sheets = grids.sheets.map((s) => {
    const own = tables.filter((t) => t.sheet === s.name);
    const done = own.length ? edit(s, own) : undefined;
    if (!done) return s;
    changed = true;
    movers.set(s.name, done.mover);
    return done.sheet;
  });
  return changed ? variantOf(grids, sheets, movers, unit) : undefined;
}

/** Rows of data lines, each once. */
const dataRows = (t: Table) => [...new Set(t.lines.filter((l) => l.role === 'data' && !l.sheet).map((l) => l.row))];

/** Edits cells in place on a copy: `edit(cell, row, col)` returns the new cell (or the same). */
function mapCells(sheet: SheetGrid, cells: Iterable<[number, number]>, edit: (c: Cell | undefined, row: number, col: number) => Cell | undefined): SheetGrid {
  const out = copySheet(sheet);
  for (const [r, c] of cells) {
    const row = out.rows[r] ?? (out.rows[r] = []);
    const next = edit(row[c], r, c);
    row[c] = next;
  }
  return out;
}

function* amountCells(t: Table, onlyData = true): Generator<[number, number]> {
  const amountCols = new Set(t.columns.filter((c) => c.role === 'amount').map((c) => c.id));
  for (const l of t.lines) {
    if (l.sheet || (onlyData && l.role !== 'data')) continue;
    for (const a of Object.values(l.amounts)) if (amountCols.has(a.column)) yield [l.row, a.col];
  }
}

function groupThousands(n: number, decimals: number): string {
  const [int, frac] = Math.abs(n).toFixed(decimals).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

const decimalsShown = (c: Cell) => (/\.(\d+)/.exec(c.text)?.[1].length ?? 0);

export const TRANSFORMS: readonly GridTransform[] = [
  {
    name: 'blank-row-above',
    seenIn: 'gd-jiguan-sangong-2019 (a blank first row above the header)',
    apply: (grids, tables) =>
      perSheet(grids, tables, (s) => {
        const { sheet, row } = insertRows(s, [0]);
        return { sheet, mover: { row } };
      }),
  },
  {
    name: 'compiler-line-above-header',
    seenIn: 'shiquan-benji-2026 (编制单位： above the header), seed 001 (the 部门 name and 预算年度 on lines of their own)',
    apply: (grids, tables) =>
      perSheet(grids, tables, (s, own) => {
        const at = own.map((t) => t.headerRect.top).filter((r) => r > 0);
        if (!at.length) return undefined;
        const { sheet, row } = insertRows(s, at, () => [textCell('编制单位：某某单位')]);
        return { sheet, mover: { row } };
      }),
  },
  {
    name: 'department-and-year-lines',
    seenIn: "seed 001 (the 部门 '306秦皇岛市海港区科技和工业信息化局' and '预算年度：2025' each on a line of its own above the header)",
    apply: (grids, tables) =>
      perSheet(grids, tables, (s, own) => {
        const at = own.filter((t) => t.headerRect.top > 0);
        if (!at.length) return undefined;
        // the year line as the seed prints it, for a 预算 with its year read
        const positions = at.flatMap((t) => (t.family === 'budget' && t.year !== undefined ? [t.headerRect.top, t.headerRect.top] : [t.headerRect.top]));
        const written = new Set<number>();
        const { sheet, row } = insertRows(s, positions, (_, before) => {
          const t = at.find((x) => x.headerRect.top === before)!;
          const pad = Array<Cell | undefined>(t.rect.left);
          if (written.has(before)) return [...pad, textCell(`预算年度：${t.year}`)];
          written.add(before);
          return [...pad, textCell('306秦皇岛市海港区科技和工业信息化局')];
        });
        return { sheet, mover: { row } };
      }),
  },
  {
    name: 'blank-row-in-data',
    seenIn: 'putuo-wenlv-2026 (printed blank rows among the lines of both 总表)',
    apply: (grids, tables) =>
      perSheet(grids, tables, (s, own) => {
        const at = own.flatMap((t) => {
          const rows = dataRows(t);
          return rows.length >= 3 ? [rows[Math.floor(rows.length / 2)]] : [];
        });
        if (!at.length) return undefined;
        const { sheet, row } = insertRows(s, at);
        return { sheet, mover: { row } };
      }),
  },
  {
    name: 'coded-line-without-figures',
    seenIn: 'jiaoyuju-2020 (every 支出 类 listed, most without a figure), putuo-wenlv-2026 (printed template rows)',
    apply: (grids, tables) =>
      perSheet(grids, tables, (s, own) => {
        if (own.length > 1) return undefined;
        const t = own[0];
        const coded = t.lines.filter((l) => !l.sheet && l.code && l.codeSystem === 'function' && l.role === 'data');
        if (!coded.length || t.lines.some((l) => l.code?.startsWith('229'))) return undefined;
        const last = coded[coded.length - 1];
        const codeCols = last.codeCols ?? [];
        if (last.labelCol === undefined || !codeCols.length) return undefined;
        const labelCol = last.labelCol;
        const { sheet, row } = insertRows(s, [last.row + 1], () => {
          const cells: (Cell | undefined)[] = [];
          cells[codeCols[0]] = textCell('229');
          cells[labelCol] = textCell('其他支出');
          return cells;
        });
        return { sheet, mover: { row } };
      }),
  },
  {
    name: 'note-under-table',
    seenIn: 'chengguan-2026 (注 under the empty fund tables), fengxin-sangong-2023 (a 说明 paragraph under the table)',
    apply: (grids, tables) =>
      perSheet(grids, tables, (s, own) => {
        const at = own.filter((t) => !t.note && t.rect.bottom + 1 >= s.rowCount).map((t) => t.rect.bottom + 1);
        if (!at.length) return undefined;
        const left = own[0].rect.left;
        const { sheet, row } = insertRows(s, at, () => [...Array<Cell | undefined>(left), textCell('注：本表金额保留两位小数，合计数与分项之和的尾差系四舍五入所致。')]);
        return { sheet, mover: { row } };
      }),
  },
  {
    name: 'total-line-at-bottom',
    seenIn: 'shiquan-2025 (the 合计 line right under the header) against wanli-2025 (the 合计 line under the last 项)',
    apply: (grids, tables) =>
      perSheet(grids, tables, (s, own) => {
        if (own.length > 1) return undefined;
        const t = own[0];
        const body = t.lines.filter((l) => !l.sheet && l.role !== 'column-number' && l.role !== 'blank');
        const first = body[0];
        const data = body.filter((l) => l.role === 'data');
        if (!first || first.role !== 'total' || t.blocks.length > 1 || !data.length || body.filter((l) => l.role === 'total').length > 1) return undefined;
        if (s.merges.some((m) => m.top <= first.row && m.bottom >= first.row && m.bottom > m.top)) return undefined;
        const last = data[data.length - 1].row;
        if (body.some((l) => l.row > last)) return undefined;
        const { sheet, row } = moveRowDown(s, first.row, last + 1);
        return { sheet, mover: { row } };
      }),
  },
  {
    name: 'header-merges-dropped',
    // No corpus workbook prints it: seed 003 is a text copy of its PDF where each head stands once, as a copy pasted
    // from the PDF leaves it, and test/fixtures/variants.ts builds its tables so ('as some exports do').
    seenIn: "seed 003 (昌吉: '财政拨款（补助）' written once over the six columns it spans, nothing merged)",
    apply: (grids, tables) =>
      perSheet(grids, tables, (s, own) => {
        const inHeader = (m: Rect) => own.some((t) => m.top >= t.headerRect.top && m.bottom <= t.headerRect.bottom);
        if (!s.merges.some(inHeader)) return undefined;
        return { sheet: { ...s, merges: s.merges.filter((m) => !inHeader(m)) }, mover: {} };
      }),
  },
  {
    name: 'codes-as-numbers',
    // No corpus workbook stores a code as a number; seed 001 prints its codes as bare digits in a Word table
    // (2080505), which Excel turns into numbers when the table is pasted in — and a split 款 '05' into 5.
    seenIn: "seed 001 (codes as bare digits, 2080505), put beside putuo-shengtai-2025's split '301' | '01'",
    apply: (grids, tables) =>
      perSheet(grids, tables, (s, own) => {
        const cells: [number, number][] = [];
        for (const t of own) for (const l of t.lines) if (!l.sheet && l.code) for (const c of l.codeCols ?? []) cells.push([l.row, c]);
        let changed = false;
        const sheet = mapCells(s, cells, (c) => {
          if (!c || typeof c.value !== 'string' || !/^\d+$/.test(c.value.trim())) return c;
          changed = true;
          const n = Number(c.value.trim());
          return { value: n, text: String(n) };
        });
        return changed ? { sheet, mover: {} } : undefined;
      }),
  },
  {
    name: 'amounts-as-text',
    seenIn: 'putuo-yichuan-2025 and shiquan-2025 (figures stored as text, with and without thousands separators)',
    apply: (grids, tables) =>
      perSheet(grids, tables, (s, own) => {
        let changed = false;
        let k = 0;
        const sheet = mapCells(s, own.flatMap((t) => [...amountCells(t, false)]), (c) => {
          if (!c || typeof c.value !== 'number') return c;
          changed = true;
          const shown = groupThousands(c.value, decimalsShown(c));
          const text = k++ % 2 ? ` ${shown} ` : shown;
          return { value: text, text };
        });
        return changed ? { sheet, mover: {} } : undefined;
      }),
  },
  {
    name: 'empty-as-zero',
    seenIn: 'putuo-shengtai-2025 (every empty figure printed 0.00) against putuo-wenlv-2025 (left blank)',
    // Not where a blank is what a finding is about (the slip itself: honghe-xian-2018 E6, ningguo-jiaotong-2013 B8), nor
    // beside a printed figure in a “三公” table, where a blank part is a breakdown not given and 0.00 a breakdown of
    // nothing (yueyang-wenlian-2017, whose key calls the printed 0s under 4.9 errors).
    apply: (grids, tables, findings) =>
      perSheet(grids, tables, (s, own) => {
        const named = new Set(findings.filter((f) => f.sheet === s.name).flatMap((f) => [f.cell, ...f.related.filter((r) => r.sheet === s.name).map((r) => r.cell)]).map((a) => parseA1(a)?.row));
        const isBlank = (c: Cell | undefined) => !c || c.value === null || (typeof c.value === 'string' && c.value.trim() === '');
        const cells = own.flatMap((t) =>
          [...amountCells(t)].filter(([r]) => {
            if (named.has(r)) return false;
            if (t.kind !== 'three-public') return true;
            return [...amountCells(t)].filter(([r2]) => r2 === r).every(([r2, c2]) => isBlank(s.rows[r2]?.[c2]));
          }),
        );
        let changed = false;
        const sheet = mapCells(s, cells, (c) => {
          if (!isBlank(c)) return c;
          changed = true;
          return { value: 0, text: '0.00' };
        });
        return changed ? { sheet, mover: {} } : undefined;
      }),
  },
  {
    name: 'header-unmerged',
    seenIn: "shiquan-2025 (merged header cells) against seed 001 (its copy prints a merged cell's text once per column it spans: '区小巨人企业奖励完成率' twice)",
    apply: (grids, tables) =>
      perSheet(grids, tables, (s, own) => {
        const inHeader = (m: Rect) => own.some((t) => m.top >= t.headerRect.top && m.bottom <= t.headerRect.bottom && m.right > m.left);
        const wide = s.merges.filter(inHeader);
        if (!wide.length) return undefined;
        const out = copySheet(s);
        out.merges = s.merges.filter((m) => !inHeader(m));
        for (const m of wide) {
          const master = s.rows[m.top]?.[m.left];
          for (let c = m.left; c <= m.right; c++) {
            if (master) (out.rows[m.top] ?? (out.rows[m.top] = []))[c] = { ...master };
            if (m.bottom > m.top) out.merges.push({ top: m.top, bottom: m.bottom, left: c, right: c });
          }
        }
        return { sheet: out, mover: {} };
      }),
  },
  {
    name: 'remark-column-right',
    seenIn: 'fuyuan-zhengfuban-2018 (a 备注 column at the right)',
    apply: (grids, tables) =>
      perSheet(grids, tables, (s, own) => {
        const t = own[0];
        if (own.length > 1) return undefined;
        const at = t.rect.right + 1;
        const { sheet, col } = insertColumns(s, [at], (r) => (r === t.headerRect.top ? textCell('备注') : undefined));
        if (t.headerRect.bottom > t.headerRect.top) sheet.merges.push({ top: t.headerRect.top, bottom: t.headerRect.bottom, left: at, right: at });
        return { sheet, mover: { col } };
      }),
  },
  {
    name: 'seq-column-left',
    seenIn: 'seed 001 (秦皇岛: 序号 1, 2, … left of 项 目), honghe-xian-2018 (a 行次 column)',
    apply: (grids, tables) =>
      perSheet(grids, tables, (s, own) => {
        const t = own[0];
        if (own.length > 1) return undefined;
        const rows = dataRows(t);
        const at = t.rect.left;
        const { sheet, col } = insertColumns(s, [at], (r) => {
          if (r === t.headerRect.top) return textCell('序号');
          const i = rows.indexOf(r);
          return i >= 0 ? { value: i + 1, text: String(i + 1) } : undefined;
        });
        if (t.headerRect.bottom > t.headerRect.top) sheet.merges.push({ top: t.headerRect.top, bottom: t.headerRect.bottom, left: at, right: at });
        return { sheet, mover: { col } };
      }),
  },
  {
    name: 'code-heads-in-one-row',
    seenIn: "wanli-2025 ('功能分类科目编码' over 类 | 款 | 项) against seed 001 (类 | 款 | 项 printed as the column heads themselves)",
    apply: (grids, tables) =>
      perSheet(grids, tables, (s, own) => {
        if (own.length > 1) return undefined;
        const t = own[0];
        const split = t.columns.filter((c) => c.role === 'code-lei' || c.role === 'code-kuan' || c.role === 'code-xiang');
        if (split.length < 2) return undefined;
        // the 类 | 款 | 项 heads on a row of their own, under a group head spanning exactly them
        const lowest = t.headerRect.bottom;
        const heads = split.map((c) => s.rows[lowest]?.[c.col]);
        if (heads.some((h) => !h || typeof h.value !== 'string' || !/^[类款项]$/.test(h.value.trim()))) return undefined;
        if ((s.rows[lowest] ?? []).some((c, col) => c && !split.some((x) => x.col === col))) return undefined;
        const group = s.merges.find((m) => m.bottom === lowest - 1 && m.left === split[0].col && m.right === split[split.length - 1].col);
        if (!group) return undefined;
        const out = copySheet(s);
        out.merges = s.merges.filter((m) => m !== group);
        split.forEach((c, i) => ((out.rows[group.top] ?? (out.rows[group.top] = []))[c.col] = heads[i]));
        // each head as tall as the group was
        for (const c of split) if (group.bottom > group.top) out.merges.push({ top: group.top, bottom: group.bottom, left: c.col, right: c.col });
        const { sheet, row } = deleteRow(out, lowest);
        return { sheet, mover: { row } };
      }),
  },
  {
    name: 'code-split',
    seenIn: "shiquan-2025 (one code column 201 / 20101 / 2010101) against putuo-shengtai-2025 (split '301' | '01' under one merged 科目编码)",
    apply: (grids, tables) =>
      perSheet(grids, tables, (s, own) => {
        if (own.length > 1) return undefined;
        const t = own[0];
        const code = t.columns.filter((c) => c.role === 'code');
        if (code.length !== 1 || t.blocks.length !== 1 || t.columns.some((c) => c.role === 'code-lei')) return undefined;
        const at = code[0].col;
        const head = t.headerRect.bottom;
        if (!/编码|代码/.test(String(s.rows[head]?.[at]?.value ?? ''))) return undefined;
        const { sheet, col } = insertColumns(s, [at + 1, at + 1]);
        for (const l of t.lines) {
          if (l.sheet || !l.code || !l.codeCols?.includes(at)) continue;
          const c = l.code;
          const parts = [c.slice(0, 3), c.slice(3, 5), c.slice(5, 7)];
          const cells = sheet.rows[l.row] ?? (sheet.rows[l.row] = []);
          parts.forEach((p, i) => (cells[at + i] = p ? textCell(p) : undefined));
        }
        const headMerge = sheet.merges.find((m) => m.top <= head && m.bottom >= head && m.left === at && m.right === at);
        if (headMerge) headMerge.right = at + 2;
        else sheet.merges.push({ top: head, bottom: head, left: at, right: at + 2 });
        return { sheet, mover: { col } };
      }),
  },
  {
    name: 'unit-yuan',
    seenIn: 'wanli-2023 and chengguan-2026 (the same tables in 元) against putuo-shengtai-2025 (万元)',
    apply: (grids, tables) => {
      const scaled = new Set<string>();
      const v = perSheet(
        grids,
        tables,
        (s, own) => {
          if (own.some((t) => t.unit !== '万元' || !t.unitStated)) return undefined;
          const cells = own.flatMap((t) => [...amountCells(t, false)]);
          const whole = cells.every(([r, c]) => {
            const { value } = parseAmountCell(s.rows[r]?.[c]);
            return value === null || Number.isInteger(Math.round(value * 1e6) / 100);
          });
          if (!whole) return undefined;
          const unitCells: [number, number][] = [];
          for (let r = 0; r < s.rowCount; r++) (s.rows[r] ?? []).forEach((c, col) => c && typeof c.value === 'string' && /万元/.test(c.value) && unitCells.push([r, col]));
          if (!unitCells.length) return undefined;
          let sheet = mapCells(s, cells, (x) => {
            const { value, problem } = parseAmountCell(x);
            if (!x || value === null || problem) return x;
            const n = Math.round(value * 10000);
            // stored as it was: a number, or text (with thousands separators when the original had them)
            if (typeof x.value === 'number') return { value: n, text: groupThousands(n, 0) };
            const text = /,/.test(x.text) ? groupThousands(n, 0) : String(n);
            return { value: text, text };
          });
          sheet = mapCells(sheet, unitCells, (x) => (x && typeof x.value === 'string' ? textCell(x.value.replace(/万元/g, '元')) : x));
          scaled.add(s.name);
          return { sheet, mover: {} };
        },
        (sheet, unit) => (scaled.has(sheet) && unit === '万元' ? '元' : unit),
      );
      return v;
    },
  },
  {
    name: 'sheet-renamed',
    // The published tables carry no sheet names (seeds 001 and 003 are Word / PDF copies): a clerk's workbook names
    // its sheets as Excel does.
    seenIn: 'seeds 001 and 003 (tables without sheet names: pasted into Sheet1, Sheet2 …)',
    apply: (grids) => {
      const movers = new Map<string, Mover>();
      const sheets = grids.sheets.map((s, i) => {
        movers.set(s.name, { name: `Sheet${i + 1}` });
        return { ...s, name: `Sheet${i + 1}` };
      });
      return variantOf(grids, sheets, movers);
    },
  },
];
