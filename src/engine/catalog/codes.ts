/**
 * 科目编码 shapes: 类 3 digits, 款 5, 项 7 (功能分类); 类 3, 款 5 (经济分类). Codes printed in split
 * 类/款/项 columns often leave the parent part blank on child rows ("  02 津贴补贴" under 301):
 * such 2-digit parts are resolved through the nearest coded line above.
 */
import type { CodeLevel, Line, Table } from '../recognize/types';
import type { CatalogSystem } from './types';
import { isDigits } from '../recognize/codes';

/** The system a code belongs to, from its first digit (1 收入, 2 功能, 3 部门经济, 5 政府经济). */
export function systemOfCode(code: string): CatalogSystem | undefined {
  switch (code[0]) {
    case '1':
      return 'revenue';
    case '2':
      return 'function';
    case '3':
      return 'economic';
    case '5':
      return 'gov-economic';
    default:
      return undefined;
  }
}

/** 类/款/项 from the code's length; undefined for a code of no standard length. */
export function levelOfCode(code: string): CodeLevel | undefined {
  if (!isDigits(code)) return undefined;
  if (code.length === 3) return 1;
  if (code.length === 5) return 2;
  if (code.length === 7) return 3;
  return undefined;
}

/** 类 / 款 / 项 as a word for messages. */
export function levelWord(level: CodeLevel): string {
  return level === 1 ? '类' : level === 2 ? '款' : '项';
}

function hasXiangColumn(table: Table, line: Line): boolean {
  return table.columns.some((c) => c.role === 'code-xiang' && c.block === line.block);
}

/** A code as printed, without the spaces some tables put inside it ('201 01'). */
export function codeWithoutSpaces(code: string): string {
  return isDigits(code) || !/\s/.test(code) ? code : code.replace(/\s+/g, '');
}

/** The last full codes of a block whose 类 and 款 a lone part is completed with. */
interface BlockCodes {
  /** The last 款 or 项 code (its first 5 digits are the 款). */
  kuanOf?: string;
  /** The last 类, 款 or 项 code (its first 3 digits are the 类). */
  leiOf?: string;
  /** The full code of the last coded line. */
  previous?: string;
}

/**
 * The full code of every coded line of a table, by the line's index in `table.lines` (undefined for
 * a line without a code), with lone 款/项 parts completed from the line above them (in the same
 * block). Lines whose code cannot be completed keep the code as written.
 */
export function resolveTableCodes(
  table: Table,
  /** Tells whether a candidate full code carries the line's name; used to choose 款 or 项 for a lone part. */
  matchesName: (code: string, line: Line) => boolean = () => false,
): (string | undefined)[] {
  const out = new Array<string | undefined>(table.lines.length);
  const blocks = new Map<number, BlockCodes>();
  for (let i = 0; i < table.lines.length; i++) {
    const line = table.lines[i];
    const code = line.code;
    if (!code) continue;
    // Nearly every code is printed as digits alone, a whole 类, 款 or 项 code: no spaces to take out,
    // no lone part to complete, its level told by its length: one scan of its digits, not three.
    const whole = isDigits(code) && (code.length === 3 || code.length === 5 || code.length === 7);
    const written = whole ? code : codeWithoutSpaces(code);
    if (!written) continue;
    let block = blocks.get(line.block);
    if (!block) blocks.set(line.block, (block = {}));
    let full = written;
    if (!whole && (written.length === 2 || written.length === 4)) {
      const lastKuan = block.kuanOf?.slice(0, 5);
      const lastLei = block.leiOf?.slice(0, 3);
      const previous = block.previous;
      const xiangUnderKuan =
        written.length === 2 && lastKuan !== undefined && lastKuan.startsWith('2') && hasXiangColumn(table, line) && previous !== undefined && previous.length >= 5;
      const asXiang = xiangUnderKuan ? lastKuan + written : undefined;
      const asKuan = lastLei !== undefined ? lastLei + written : undefined;
      if (asXiang && asKuan && written.length === 2 && !matchesName(asXiang, line) && matchesName(asKuan, line)) full = asKuan;
      else full = asXiang ?? asKuan ?? written;
    }
    if (whole || levelOfCode(full)) {
      if (full.length >= 5) block.kuanOf = full;
      block.leiOf = full;
    }
    out[i] = full;
    block.previous = full;
  }
  return out;
}
