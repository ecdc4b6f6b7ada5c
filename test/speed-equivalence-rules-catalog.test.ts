/**
 * Issue 17, rules and catalog (fourth round): the shortcuts answer as the code they replaced — the
 * old readings kept here as oracles, fed by fast-check — and the repeat map's shortcut for a code
 * named in one cell alone gives the same findings as comparing every unknown code.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codeWithoutSpaces, levelOfCode } from '../src/engine/catalog/codes';
import { CodeCatalog } from '../src/engine/catalog';
import { nameCells } from '../src/engine/catalog/name-cells';
import { learnWorkbookNames, type WorkbookNames } from '../src/engine/catalog/learned';
import { checkNameCells } from '../src/engine/catalog/check';
import { moveTo, operand } from '../src/engine/rules/context';
import type { Column, Line, Table } from '../src/engine/recognize/types';
import type { ImportedCatalog } from '../src/engine/findings';
import { codedTable } from './fixtures/catalog/tables';

// ---- the readings before the shortcuts (oracles) ----

function oldLevelOfCode(code: string) {
  if (!/^\d+$/.test(code)) return undefined;
  return code.length === 3 ? 1 : code.length === 5 ? 2 : code.length === 7 ? 3 : undefined;
}

const oldCodeWithoutSpaces = (code: string) => (/\s/.test(code) ? code.replace(/\s+/g, '') : code);

const codeLike = fc.oneof(
  fc.array(fc.constantFrom('2', '0', '1', '3', '5', '9', ' ', '\u3000', '\u00a0', '\t', '２', 'a', '-'), { maxLength: 9 }).map((xs) => xs.join('')),
  fc.string(),
);

describe('code readings without patterns', () => {
  it('levelOfCode and codeWithoutSpaces read what the patterns read (property)', () => {
    fc.assert(
      fc.property(codeLike, (s) => {
        expect(levelOfCode(s)).toBe(oldLevelOfCode(s));
        expect(codeWithoutSpaces(s)).toBe(oldCodeWithoutSpaces(s));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('an operand moved to another line', () => {
  const column: Column = { id: 'c2', col: 2, role: 'amount', key: 'total', path: ['合计'], label: '合计', block: 0 };
  const amount = fc.option(
    fc.record({ value: fc.option(fc.double({ noNaN: true, min: -1e9, max: 1e9 }), { nil: null }), decimals: fc.integer({ min: 0, max: 4 }), problem: fc.option(fc.constantFrom('error', 'text' as const), { nil: undefined }) }),
    { nil: undefined },
  );
  it('is the operand read on that line (property)', () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 2, maxLength: 6 }), (amounts) => {
        const lines = amounts.map((a, i) => ({ row: i, block: 0, role: 'data', label: `行${i}`, amounts: a ? { c2: a } : {} }) as unknown as Line);
        const table = { sheet: '表1', unit: 'wan', lines } as unknown as Table;
        const moving = operand(table, lines[0], column);
        for (const line of lines) {
          moveTo(moving, line);
          expect({ ...moving }).toEqual({ ...operand(table, line, column) });
        }
      }),
    );
  });
  // hierarchy-sum reads every comparison, column after column, into the same operand objects.
  const other: Column = { ...column, id: 'c3', col: 3, key: 'basic', path: ['基本支出'], label: '基本支出' };
  it('and column is the operand read there (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(amount, amount, fc.boolean()), { minLength: 2, maxLength: 6 }), (rows) => {
        const lines = rows.map(([a, b], i) => {
          const amounts: Record<string, unknown> = {};
          if (a) amounts.c2 = a;
          if (b) amounts.c3 = b;
          return { row: i, block: 0, role: 'data', label: `行${i}`, amounts } as unknown as Line;
        });
        const table = { sheet: '表1', unit: 'wan', lines } as unknown as Table;
        const moving = operand(table, lines[0], column);
        rows.forEach(([, , inOther], i) => {
          const to = inOther ? other : column;
          moveTo(moving, lines[i], to);
          expect({ ...moving }).toEqual({ ...operand(table, lines[i], to) });
        });
      }),
    );
  });
});

describe('unknown codes named in one cell alone', () => {
  // With an imported official catalog of the year, an unknown code's message no longer names its
  // system's catalog: the same code in two systems may then say the same.
  const official: ImportedCatalog = {
    year: 2024,
    source: '2024年政府收支分类科目.xlsx',
    complete: true,
    entries: [
      { system: 'function', code: '213', name: '农林水支出' },
      { system: 'economic', code: '301', name: '工资福利支出' },
      { system: 'gov-economic', code: '501', name: '机关工资福利支出' },
    ],
  };
  const catalogs = [new CodeCatalog(), new CodeCatalog([official])];
  // Codes no catalog knows (function and economic), a few the catalog knows, and malformed ones.
  const local = ['2130360', '2130361', '2130362', '3019901', '30299', '21303', '213', '2010101', '2130', '201010', '50199', '30101'];
  const names = ['水利工程项目', '水利工程项目一', '', '  ', '一般公共服务支出', '工资福利支出', '基本工资'];
  const row = fc.record({ code: fc.constantFrom(...local), name: fc.constantFrom(...names) });
  const sheetRows = fc.array(row, { minLength: 1, maxLength: 25 });

  /** The same names with every code counted twice: the shortcut never applies, every unknown code goes through the map. */
  function withoutShortcut(learned: WorkbookNames): WorkbookNames {
    const copy = (s: NonNullable<WorkbookNames['ofCell'][number]>) => ({ ...s, cells: s.cells + 1 });
    const copies = new Map<object, ReturnType<typeof copy>>();
    const of = (s: NonNullable<WorkbookNames['ofCell'][number]>) => copies.get(s) ?? (copies.set(s, copy(s)), copies.get(s)!);
    const seen = new Map([...learned.seen].map(([system, codes]) => [system, new Map([...codes].map(([code, s]) => [code, of(s)]))]));
    return { seen, ofCell: learned.ofCell.map((s) => (s ? of(s) : undefined)) };
  }

  it('are reported as when every unknown code was compared with the others (property)', () => {
    fc.assert(
      fc.property(fc.array(sheetRows, { minLength: 1, maxLength: 3 }), fc.constantFrom(undefined, 2024), fc.boolean(), fc.constantFrom(...catalogs), (sheets, year, govEconomic, catalog) => {
        const tables = sheets.map((rows, i) => codedTable({ sheet: `表${i + 1}`, year, rows }));
        // One sheet's 3xx codes read as 政府经济分类: the same code then stands in two systems.
        if (govEconomic) for (const line of tables[0].lines) if (line.code?.startsWith('3')) line.codeSystem = 'gov-economic';
        const cells = nameCells(tables, catalog);
        const learned = learnWorkbookNames(cells);
        const fast = checkNameCells(cells, catalog, learned);
        const slow = checkNameCells(cells, catalog, withoutShortcut(learned));
        expect(fast).toEqual(slow);
      }),
      { numRuns: 400 },
    );
  });

  it('a code named once in each of two sheets is still one finding with the other as a related cell', () => {
    const tables = [1, 2].map((n) => codedTable({ sheet: `表${n}`, rows: [{ code: '2130360', name: '水利工程项目' }] }));
    const catalog = catalogs[0];
    const cells = nameCells(tables, catalog);
    const findings = checkNameCells(cells, catalog, learnWorkbookNames(cells));
    expect(findings).toHaveLength(1);
    expect(findings[0].related).toEqual([{ sheet: '表1', cell: 'A5' }, { sheet: '表2', cell: 'B5' }, { sheet: '表2', cell: 'A5' }]);
  });
});
