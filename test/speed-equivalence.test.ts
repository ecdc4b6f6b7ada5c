/**
 * The fast paths of issue 17 answer exactly what the readings they replaced answered. Each oracle
 * below is the code as it was before (kept here, and only here, as the reference): property tests
 * feed both the same strings, numbers, formats and tables — realistic ones and arbitrary ones.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeLabel, toHalfWidth } from '../src/engine/grid/text';
import { amountValueOf, parseAmountCell, parseAmountText } from '../src/engine/grid/numbers';
import type { Cell } from '../src/engine/grid/types';
import { parseUnit } from '../src/engine/grid/units';
import { format as numfmt } from 'numfmt';
import { formatWithNumFmt, loadNumberFormats } from '../src/xlsx/numfmt';
import { nameKey } from '../src/engine/catalog/names';
import { CodeCatalog } from '../src/engine/catalog';
import { resolveTableCodes } from '../src/engine/catalog/codes';
import type { Line, Table } from '../src/engine/recognize/types';
import { sheetToGridInSlices, workbookToGrids } from '../src/xlsx/grids';
import { ExcelJsPort } from '../src/preview/exceljsPort';
import { FIXTURES } from './fixtures';
import { longSheetWorkbook } from '../bench/generate';

// ---- the readings before the fast paths (oracles) ----

function oldToHalfWidth(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

function oldNormalizeLabel(s: string): string {
  return oldToHalfWidth(s)
    .replace(/[\s\u00a0\u200b]+/g, '')
    .replace(/[“”„‟"＂]/g, '"')
    .replace(/[‘’']/g, "'");
}

function oldParseUnit(text: string): string | undefined {
  const m = /(?:金额)?单位[:：]?(?:人民币)?(亿元|万元|千元|元)/.exec(oldNormalizeLabel(text));
  return m ? m[1] : undefined;
}

const BRACKETS: Record<string, string> = { '【': '(', '】': ')', '[': '(', ']': ')', '〔': '(', '〕': ')', '﹙': '(', '﹚': ')' };
function oldNameKey(name: string): string {
  return oldToHalfWidth(name)
    .replace(/[\s\u00a0\u200b]+/g, '')
    .replace(/[【】[\]〔〕﹙﹚]/g, (ch) => BRACKETS[ch] ?? ch)
    .replace(/^其中[:：]?/, '')
    .replace(/^[-—–·•]+/, '')
    .replace(/[“”"'‘’]/g, '');
}

const EMPTY_MARKS = new Set(['', '-', '--', '—', '——', '–', '－', '/', '\\', '无', '空']);
const EXCEL_ERRORS = new Set(['#REF!', '#VALUE!', '#DIV/0!', '#N/A', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA']);
function oldParseAmountText(raw: string) {
  let s = oldToHalfWidth(raw).replace(/[\s\u00a0]+/g, '');
  if (EMPTY_MARKS.has(s)) return { value: null, decimals: 0 };
  if (EXCEL_ERRORS.has(s.trim().toUpperCase())) return { value: null, decimals: 0, problem: 'error' };
  s = s.replace(/[，]/g, ',').replace(/[−–—]/g, '-').replace(/。/g, '.');
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1];
  }
  s = s.replace(/(万元|千元|亿元|元)$/, '');
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith('+')) {
    s = s.slice(1);
  }
  if (s === '' || !/^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/.test(s) || s === '.') return { value: null, decimals: 0, problem: 'text' };
  const n = Number(s.replace(/,/g, ''));
  if (!Number.isFinite(n)) return { value: null, decimals: 0, problem: 'text' };
  const value = negative ? -n : n;
  const m = /\.(\d+)/.exec(s);
  return { value: value === 0 ? 0 : value, decimals: m ? m[1].length : 0 };
}

function oldParseAmountCell(cell: Cell | undefined) {
  if (!cell) return { value: null, decimals: 0 };
  const v = cell.value;
  if (v === null || v === undefined) return cell.text ? oldParseAmountText(cell.text) : { value: null, decimals: 0 };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { value: null, decimals: 0, problem: 'text' };
    const shown = cell.text ? oldParseAmountText(cell.text) : undefined;
    let decimals = 0;
    if (shown && shown.value !== null) decimals = shown.decimals;
    else if (Number.isFinite(v) && !Number.isInteger(v) && !String(v).includes('e')) decimals = /\.(\d+)/.exec(String(v))?.[1].length ?? 0;
    return { value: v === 0 ? 0 : v, decimals };
  }
  if (typeof v === 'string') return oldParseAmountText(v);
  if (typeof v === 'object' && v !== null && 'error' in v) return { value: null, decimals: 0, problem: 'error' };
  return { value: null, decimals: 0, problem: 'text' };
}

function oldSuggest(catalog: CodeCatalog, system: 'function' | 'economic', code: string, label: string, max = 3): string[] {
  const shared = (c: string): number => {
    let n = 0;
    while (n < c.length && n < code.length && c[n] === code[n]) n++;
    return n;
  };
  const byName = label ? catalog.codesNamed(system, oldNameKey(label)).map((c) => c.code) : [];
  byName.sort((a, b) => shared(b) - shared(a) || a.localeCompare(b));
  const picked = new Set(byName.slice(0, max));
  if (picked.size < max) {
    const similar = catalog
      .allCodes(system)
      .filter((c) => c.length === code.length && c !== code && shared(c) >= Math.min(3, code.length - 2))
      .sort((a, b) => shared(b) - shared(a) || a.localeCompare(b));
    for (const c of similar) {
      if (picked.size >= max) break;
      picked.add(c);
    }
  }
  return [...picked];
}

function oldResolveTableCodes(table: Table): Map<Line, string> {
  const out = new Map<Line, string>();
  const lastByLength = new Map<number, string>();
  for (const line of table.lines) {
    const written = line.code?.replace(/\s+/g, '');
    if (!written) continue;
    let full = written;
    if (written.length === 2 || written.length === 4) {
      const lastKuan = lastByLength.get(5 + line.block * 100);
      const lastLei = lastByLength.get(3 + line.block * 100);
      const previous = [...out.entries()].reverse().find(([l]) => l.block === line.block)?.[1];
      const hasXiang = table.columns.some((c) => c.role === 'code-xiang' && c.block === line.block);
      const xiangUnderKuan = written.length === 2 && lastKuan !== undefined && lastKuan.startsWith('2') && hasXiang && previous !== undefined && previous.length >= 5;
      const asXiang = xiangUnderKuan ? lastKuan + written : undefined;
      const asKuan = lastLei !== undefined ? lastLei + written : undefined;
      full = asXiang ?? asKuan ?? written;
    }
    if (/^\d+$/.test(full) && [3, 5, 7].includes(full.length)) {
      lastByLength.set(full.length + line.block * 100, full);
      if (full.length === 7) lastByLength.set(5 + line.block * 100, full.slice(0, 5));
      if (full.length >= 5) lastByLength.set(3 + line.block * 100, full.slice(0, 3));
    }
    out.set(line, full);
  }
  return out;
}

// ---- what cells, names and formats look like ----

/** Characters budget cells are made of, full-width forms, every kind of space and quote included. */
const CHARS = [...'0123456789,.-+()%元万千亿单位金额人民币 　\u00a0\u200b\t一般公共服务其中：:“”"\'‘’【】[]〔〕﹙﹚—–·•－（）．，。１２３４５６７８９０ＡａＺ#REF!/\\无空'];
const cellText = fc.oneof(
  fc.array(fc.constantFrom(...CHARS), { maxLength: 14 }).map((a) => a.join('')),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.integer({ min: -1e9, max: 1e9 }).map((n) => (n / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })),
  fc.bigInt({ min: 10n ** 300n, max: 10n ** 320n }).map(String),
);

describe('text normalisation with early exits', () => {
  it('toHalfWidth, normalizeLabel, nameKey and parseUnit answer as before (property)', () => {
    fc.assert(
      fc.property(cellText, (s) => {
        expect(toHalfWidth(s)).toBe(oldToHalfWidth(s));
        expect(normalizeLabel(s)).toBe(oldNormalizeLabel(s));
        expect(nameKey(s)).toBe(oldNameKey(s));
        expect(parseUnit(s)).toBe(oldParseUnit(s));
        expect(parseUnit(`单 位：${s}`)).toBe(oldParseUnit(`单 位：${s}`));
      }),
      { numRuns: 3000 },
    );
  });

  it('returns an unchanged string as it is, and still rewrites what needs it', () => {
    expect(toHalfWidth('一般公共服务支出')).toBe('一般公共服务支出');
    expect(toHalfWidth('２０１　一般')).toBe('201 一般');
    expect(normalizeLabel('合 计')).toBe('合计');
    expect(nameKey('其中：【行政运行】')).toBe('(行政运行)');
  });
});

describe('amount text with one pattern for plain numbers', () => {
  it('parseAmountText answers as before (property)', () => {
    fc.assert(
      fc.property(cellText, (s) => {
        expect(parseAmountText(s)).toEqual(oldParseAmountText(s));
      }),
      { numRuns: 5000 },
    );
  });

  it.each(['1,234.50', '-0', '+5', '.5', '0.00', '-1,000', '1.', '9'.repeat(400), '1234,567'])('reads %s as before', (s) => {
    expect(parseAmountText(s)).toEqual(oldParseAmountText(s));
  });
});

describe('amount cells read by one scan of their text', () => {
  const number = fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100), fc.constantFrom(0, -0, 1e21, 0.1 + 0.2, Infinity));
  const cell: fc.Arbitrary<Cell | undefined> = fc.oneof(
    fc.constant(undefined),
    fc.tuple(number, cellText).map(([value, text]) => ({ value, text })),
    fc.tuple(number, fc.constantFrom('', '-', '1,234.50', '+.5', '-0.00', '1,23', '12,345,678.901', '1234,567', '1,2345', ',123', '1,234,5.0', '1.', '.', '+', '9'.repeat(310), '1'.repeat(300), `${'1'.repeat(299)}.5`)).map(([value, text]) => ({ value, text })),
    number.map((value) => ({ value, text: String(value) })),
    cellText.map((text) => ({ value: null, text })),
    cellText.map((text) => ({ value: text, text })),
    fc.constantFrom<Cell>({ value: { error: '#REF!' }, text: '#REF!' }, { value: true, text: 'TRUE' }, { value: null, text: '' }),
  );

  it('parseAmountCell takes decimals from the shown text as the full reading did, and amountValueOf reads its value (property)', () => {
    fc.assert(
      fc.property(cell, (c) => {
        expect(parseAmountCell(c)).toEqual(oldParseAmountCell(c));
        expect(amountValueOf(c)).toBe(oldParseAmountCell(c).value);
      }),
      { numRuns: 8000 },
    );
  });
});

describe('number formats: the direct path answers as the numfmt library (Excel’s rules)', () => {
  beforeAll(loadNumberFormats); // as loadXlsx does before any workbook is read
  // The formats budget tables use, shown directly; the library is the oracle (its own tests follow Excel's output).
  const DIRECT = ['General', 'general', '@', '0', '0.00', '#,##0', '#,##0.00', '0.0%', '0.00%', '#,##0.0000', '#,##0.00;(#,##0.00)', '#,##0.00;-#,##0.00', '#,##0.00;[Red]-#,##0.00', '0.00;[Red](0.00)', '[Red]0.0%', '', undefined];
  // Amounts of budget tables as typed or summed: up to 12 significant digits, to the 元 of a 万亿.
  const value = fc.oneof(
    fc.double({ min: -1e12, max: 1e12, noNaN: true }).map((d) => Number(d.toPrecision(12))),
    fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100),
    fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 1000), // halves at the shown decimals: 2.675, 10.235
    fc.constantFrom(0, -0, 2.675, 1.005, 0.045, -0.001, -0.004, 0.0255, 1234.565, 123456789.123, 1e-7, 0.1 + 0.2),
  );
  const decimalsOf = (f: string | undefined) => /\.(0+)/.exec(f ?? '')?.[1].length ?? 0;
  const isTie = (shown: number, decimals: number) => {
    const precise = Math.abs(shown).toPrecision(15);
    const dot = precise.indexOf('.');
    return !precise.includes('e') && dot >= 0 && /^50*$/.test(precise.slice(dot + 1 + decimals));
  };
  it('formatWithNumFmt gives the library’s text on every direct format (property)', () => {
    fc.assert(
      fc.property(value, fc.constantFrom(...DIRECT), fc.integer({ min: 0, max: 9 }), (amount, f, scale) => {
        // Shares and rates are fractions: up to ±1,000 (100,000%), printed to a few decimals.
        const v = f?.includes('%') ? Number((amount / 10 ** (9 + scale)).toPrecision(6)) : amount;
        // A tie at the shown decimals (1.005 to two) the library rounds in binary (Math.round(100.49999…) is 100) and
        // Excel in decimal, on the number's 15 significant digits: ties are checked by example below.
        fc.pre(!isTie(f?.includes('%') ? v * 100 : v, decimalsOf(f)));
        expect(formatWithNumFmt(v, f)).toBe(numfmt(f || 'General', v));
      }),
      { numRuns: 5000 },
    );
  });
  it('any other format is the library’s, and a format it cannot read shows the number as General (property)', () => {
    const other = fc.oneof(
      fc.constantFrom('_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * "-"??_ ;_ @_ ', '#,##0.00;-#,##0.00;"-"', '[$-804]#,##0.00', '0.00"万元"', '"¥"#,##0.00', '#,##0.00_ ', 'yyyy-mm-dd', '0.00E+00'),
      fc.array(fc.constantFrom(...'0#,.;%()"-\\ _[]'), { maxLength: 10 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(value, other, (v, f) => {
        let expected: string;
        try {
          expected = numfmt(f || 'General', v);
        } catch {
          expected = numfmt('General', v);
        }
        expect(formatWithNumFmt(v, f)).toBe(expected);
        expect(formatWithNumFmt(v, f)).toBe(formatWithNumFmt(v, f)); // the remembered format answers the same
      }),
      { numRuns: 3000 },
    );
  });
  it('shows what Excel shows on budget figures toFixed would get wrong', () => {
    expect(formatWithNumFmt(2.675, '#,##0.00')).toBe('2.68');
    expect(formatWithNumFmt(10.235, '0.00')).toBe('10.24');
    expect(formatWithNumFmt(-267787.355, '#,##0.00;(#,##0.00)')).toBe('(267,787.36)');
    expect(formatWithNumFmt(-0.001, '0.00')).toBe('0.00');
    expect(formatWithNumFmt(0, '_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * "-"??_ ;_ @_ ').trim()).toBe('-');
    expect(formatWithNumFmt(12, '[$-804]#,##0.00')).toBe('12.00');
    // Excel's precision is 15 significant digits (Microsoft: “Floating-point arithmetic may give inaccurate results in
    // Excel”): 1.005 is read as 1.00500000000000 and shows 1.01, as ROUND(1.005, 2) gives 1.01.
    expect(formatWithNumFmt(1.005, '0.00')).toBe('1.01');
    expect(formatWithNumFmt(0.125, '0.00')).toBe('0.13');
    expect(formatWithNumFmt(-0.125, '#,##0.00;-#,##0.00')).toBe('-0.13');
    expect(formatWithNumFmt(0.0255, '0.0%')).toBe('2.6%');
    expect(formatWithNumFmt(99.995, '#,##0.00')).toBe('100.00');
    expect(formatWithNumFmt(999999.5, '#,##0')).toBe('1,000,000');
  });
});

describe('catalog suggestions from prefix buckets', () => {
  const catalog = new CodeCatalog();
  const fnCodes = catalog.allCodes('function');
  const econCodes = catalog.allCodes('economic');
  const nearCode = (codes: string[]) =>
    fc.oneof(
      fc.constantFrom(...codes),
      fc.tuple(fc.constantFrom(...codes), fc.integer({ min: 0, max: 6 }), fc.constantFrom(...'0123456789')).map(([c, i, d]) => c.slice(0, i) + d + c.slice(i + 1)),
      fc.stringMatching(/^[23]\d{0,7}$/),
    );
  const label = fc.oneof(fc.constant(''), fc.constantFrom(...fnCodes.slice(0, 40), ...econCodes.slice(0, 20)).map((c) => catalog.lookup(c.startsWith('2') ? 'function' : 'economic', c)?.name ?? ''), cellText);

  it('suggest picks the same codes in the same order as the full sort (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom<'function' | 'economic'>('function', 'economic'), nearCode(fnCodes), nearCode(econCodes), label, (system, fn, econ, l) => {
        const code = system === 'function' ? fn : econ;
        expect(catalog.suggest(system, code, nameKey(l)).map((h) => h.code)).toEqual(oldSuggest(catalog, system, code, l));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('lone 款/项 parts completed in one pass', () => {
  it('resolveTableCodes answers as the pass that copied the map for every lone part (property)', () => {
    const part = fc.oneof(fc.constantFrom('201', '205', '208', '301', '302'), fc.integer({ min: 1, max: 99 }).map((n) => String(n).padStart(2, '0')), fc.constantFrom('0101', '2080505', '20101', ' 01', '', 'x1'));
    const lines = fc.array(fc.tuple(part, fc.integer({ min: 0, max: 1 })), { maxLength: 60 });
    fc.assert(
      fc.property(lines, fc.boolean(), (spec, xiang) => {
        const table = {
          lines: spec.map(([code, block], row) => ({ row, block, role: 'data', code: code || undefined, label: '', amounts: {} })),
          columns: xiang ? [{ id: 'c0', col: 0, role: 'code-xiang', block: 0, path: [], label: '' }] : [],
        } as unknown as Table;
        const full = resolveTableCodes(table);
        expect(table.lines.flatMap((line, i) => (full[i] === undefined ? [] : [[line, full[i]]]))).toEqual([...oldResolveTableCodes(table).entries()]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('grids read in slices of rows', () => {
  it('the preview port, yielding between slices, reads every fixture and a long sheet exactly as workbookToGrids', async () => {
    const books = [...Object.values(FIXTURES).map((build) => build().workbook), longSheetWorkbook(3_000)];
    for (const wb of books) {
      const whole = workbookToGrids(wb, 'x.xlsx');
      expect(await new ExcelJsPort(wb, 'x.xlsx').readGrids()).toEqual(whole);
      for (const ws of wb.worksheets) {
        const slices = sheetToGridInSlices(ws, 7);
        let next = slices.next();
        while (!next.done) next = slices.next();
        expect(next.value).toEqual(whole.sheets.find((s) => s.name === ws.name));
      }
    }
  });
});
