import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseAmountText, parseAmountCell, parseUnit, toA1, parseA1, columnLetters, columnIndex } from '../src/engine/grid';

describe('parseAmountText', () => {
  it.each([
    ['1,234.50', 1234.5, 2],
    ['１２３．４５', 123.45, 2],
    ['１，２３４', 1234, 0],
    ['(12.00)', -12, 2],
    ['-5', -5, 0],
    ['－5.1', -5.1, 1],
    [' 293.00 ', 293, 2],
    ['293万元', 293, 0],
    ['0', 0, 0],
  ])('reads %s', (text, value, decimals) => {
    expect(parseAmountText(text)).toEqual({ value, decimals });
  });

  it.each(['', '-', '—', '——', '－', ' '])('reads %j as empty', (text) => {
    expect(parseAmountText(text)).toEqual({ value: null, decimals: 0 });
  });

  // 南通市国资委 2016 “三公”经费预算表 prints 单位不需填列 in its 因公出国（境）费 cells.
  it.each(['单位不需填列', '不需填列', '无需填列', '单位无需填报', '不适用', '不涉及', ' 单位不需填列 '])('reads %j (nothing to fill) as empty', (text) => {
    expect(parseAmountText(text)).toEqual({ value: null, decimals: 0 });
  });

  it('reads the nothing-to-fill words as empty however they are spaced (property)', () => {
    const words = fc.constantFrom('单位不需填列', '无需填列', '不需填写', '不适用', '不涉及');
    const space = fc.constantFrom('', ' ', '\u3000', '\u00a0');
    fc.assert(
      fc.property(words, fc.array(space, { maxLength: 8 }), (word, gaps) => {
        const spaced = [...word].map((ch, i) => ch + (gaps[i] ?? '')).join('');
        expect(parseAmountText(spaced)).toEqual({ value: null, decimals: 0 });
      }),
    );
  });

  it.each(['不需填列的原因见说明', '单位不需填列5'])('keeps %s, more than the words, as text', (text) => {
    expect(parseAmountText(text)).toMatchObject({ value: null, problem: 'text' });
  });

  it.each(['#REF!', '#VALUE!', '#DIV/0!'])('marks %s as an Excel error', (text) => {
    expect(parseAmountText(text).problem).toBe('error');
  });

  it.each(['科学技术支出', '1.2.3', '12a', '1,23,4'])('marks %s as text', (text) => {
    expect(parseAmountText(text)).toMatchObject({ value: null, problem: 'text' });
  });

  it('takes decimals from the displayed text of a numeric cell', () => {
    expect(parseAmountCell({ value: 724, text: '724.00' })).toEqual({ value: 724, decimals: 2 });
    expect(parseAmountCell({ value: { error: '#REF!' }, text: '#REF!' }).problem).toBe('error');
  });

  it('round-trips any formatted amount (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }), (cents) => {
        const text = (cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        const p = parseAmountText(text);
        expect(Math.round((p.value ?? NaN) * 100)).toBe(cents);
        expect(p.decimals).toBe(2);
      }),
    );
  });

  it('never throws on arbitrary text (property)', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseAmountText(s)));
  });
});

describe('parseUnit', () => {
  it.each([
    ['单位：万元', '万元'],
    ['金额单位：元', '元'],
    ['（单位：千元）', '千元'],
    ['单位: 亿元', '亿元'],
    ['价值（金额单位：万元）', '万元'],
    ['单位（元）', '元'],
    ['单位(万元)', '万元'],
  ])('reads %s', (text, unit) => expect(parseUnit(text)).toBe(unit));
  it('returns undefined without a unit', () => expect(parseUnit('预算年度：2025')).toBeUndefined());
  it('reads no unit from a 编制单位 line', () => expect(parseUnit('编制单位（盖章）：某局')).toBeUndefined());
});

describe('A1', () => {
  it('converts both ways', () => {
    expect(toA1(0, 0)).toBe('A1');
    expect(toA1(11, 27)).toBe('AB12');
    expect(parseA1('$AB$12')).toEqual({ row: 11, col: 27 });
    expect(columnLetters(701)).toBe('ZZ');
  });
  it('round-trips columns (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 16383 }), (c) => columnIndex(columnLetters(c)) === c));
  });
});
