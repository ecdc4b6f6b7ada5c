/**
 * Issue 17, recognition / rules / catalog: the fast paths answer as the readings they replaced
 * (the old code kept here as the oracle, fed the same strings by fast-check), and a grouped
 * finding's members, now built when first read, are the same findings wherever they are read.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isDigits, parseCode } from '../src/engine/recognize/codes';
import { stripItemPrefix } from '../src/engine/recognize/lexicon';
import { codeNameFindings, CodeCatalog } from '../src/engine/catalog';
import { groupProblems } from '../src/engine/rules/problems';
import { cellFindings } from '../src/engine/findings';
import { findingsToMarks } from '../src/engine/model/marks';
import { codedTable } from './fixtures/catalog/tables';

// ---- the readings before the fast paths (oracles) ----

function oldStripItemPrefix(key: string): string {
  return key
    .replace(/^[一二三四五六七八九十]+[、.．]/, '')
    .replace(/^[(（][一二三四五六七八九十\d]+[)）]/, '')
    .replace(/^\d{1,2}[、.．](?!\d)/, '')
    .replace(/^其中[:：]?/, '');
}

function oldParseCode(raw: string) {
  const code = raw.replace(/[\s\u00a0]/g, '');
  if (!/^\d+$/.test(code)) return undefined;
  const system = code.startsWith('2') ? 'function' : code.startsWith('3') ? 'economic' : code.startsWith('5') ? 'gov-economic' : undefined;
  if (!system) return undefined;
  const level = system === 'function' ? (code.length === 3 ? 1 : code.length === 5 ? 2 : code.length === 7 ? 3 : undefined) : code.length === 3 ? 1 : code.length === 5 ? 2 : undefined;
  return level ? { code, system, level } : undefined;
}

// Labels and codes as tables print them, and arbitrary text around them.
const pieces = ['一、', '十二、', '（一）', '(3)', '1.', '12、', '3.5', '其中：', '其中', '其他', '一般公共服务支出', '合计', ' ', '\u00a0', '２', '201', '01', '2080505', '3', '、', '．', '.', '十'];
const labelLike = fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 5 }).map((xs) => xs.join('')), fc.string(), fc.stringMatching(/^[\s\d一二三四五六七八九十()（）、.．其中]{0,8}$/));

describe('recognition fast paths', () => {
  it('stripItemPrefix strips what the four replacements stripped (property)', () => {
    fc.assert(fc.property(labelLike, (s) => {
      expect(stripItemPrefix(s)).toBe(oldStripItemPrefix(s));
    }), { numRuns: 5000 });
  });

  it('parseCode reads what the pattern reading read (property)', () => {
    fc.assert(fc.property(labelLike, (s) => {
      expect(parseCode(s)).toEqual(oldParseCode(s));
    }), { numRuns: 5000 });
  });

  it('isDigits is /^\\d+$/ (property)', () => {
    fc.assert(fc.property(labelLike, (s) => {
      expect(isDigits(s)).toBe(/^\d+$/.test(s));
    }), { numRuns: 5000 });
    expect([isDigits(''), isDigits('201'), isDigits('２01'), isDigits('201 01')]).toEqual([false, true, false, false]);
  });
});

describe('a grouped finding builds its members when they are read', () => {
  const catalog = new CodeCatalog();
  const localCodes = Array.from({ length: 40 }, (_, i) => `21303${String(60 + i).padStart(2, '0')}`).filter((c) => !catalog.lookup('function', c));
  const rows = (n: number) => [{ code: '213', name: '农林水支出' }, { code: '21303', name: '水利' }, ...localCodes.slice(0, n).map((code, i) => ({ code, name: `水利工程项目${i + 1}` }))];
  // Two cells of one code saying the same: the repeat is a related cell of the first member.
  const table = codedTable({ sheet: '表2', year: 2025, rows: [...rows(15), { code: localCodes[0], name: '水利工程项目1' }] });

  it('reads as a plain list: in problems, marks, JSON and spread copies, the same members', () => {
    const findings = codeNameFindings([table]);
    const [group] = findings;
    expect(group.rule).toBe('unknown-code/many');
    expect(Object.getOwnPropertyDescriptor(group, 'members')?.get).toBeTypeOf('function');
    const [withProblem] = groupProblems(findings, [table]);
    // Copied with its problem id, members still not built, and the same once read.
    expect(Object.getOwnPropertyDescriptor(withProblem, 'members')?.get).toBeTypeOf('function');
    expect(withProblem.problem).toBe('P1');
    const members = withProblem.members!;
    expect(members).toHaveLength(15);
    expect(group.members).toEqual(members);
    expect(members[0].related).toEqual([{ sheet: '表2', cell: 'A7' }, { sheet: '表2', cell: 'B22' }, { sheet: '表2', cell: 'A22' }]);
    expect(members.map((m) => m.cell)).toEqual(Array.from({ length: 15 }, (_, i) => `B${7 + i}`));
    expect(members.every((m) => m.rule === 'unknown-code/not-in-catalog' && m.message.includes('无法核对'))).toBe(true);
    const json = JSON.parse(JSON.stringify(withProblem));
    expect(json.members).toEqual(members);
    expect({ ...withProblem }.members).toEqual(members);
    expect(structuredClone(withProblem).members).toEqual(members);
    expect(cellFindings([withProblem])).toEqual(members);
    expect(findingsToMarks([withProblem]).map((m) => m.cell)).toEqual(members.map((m) => m.cell));
  });
});
