/**
 * One fund's 拨款 change stated twice with two figures (577 L39): '一般公共预算拨款增加了32.42万元' in the reason of the 收入's
 * change, and '一般公共预算财政拨款收入1125.76万元,较2024年增加34.42 万元' in the 拨款 section. A warning on the later, stating
 * both; and 387 L13, '…财政拨款收入513.09万元,…财政拨款支出513.09万元,比2022年减少12.48万元' against the reason's '一般公共预算拨款
 * 增加22.27万元'. Wordings and figures of the properties are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const repeated = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/duplicate' && f.message.includes('同一拨款的增减前后不一致'));
const wan = (fen: number) => (fen / 100).toFixed(2);

describe('one fund’s 拨款 change stated twice (577)', () => {
  const PUBLISHED_577 = [
    '某学校2025年单位预算情况说明',
    '二、单位收支总体情况',
    '(一)收入预算2025年年初预算数1282.73万元,其中:一般公共预算拨款1125.76万元,上年结转0.00万元。事业收入86.97万元,其他收入70.00万元。收入较2024增加39.39万元,主要是由于教师社保缴费基数的增加和教师正常晋升岗位及薪级工资的增加,一般公共预算拨款增加了32.42万元。',
    '三、单位预算情况说明',
    '2025年一般公共预算财政拨款收入1125.76万元,较2024年增加34.42 万元。',
  ].join('\n');

  it('577: 32.42 in the reason, 34.42 in the 拨款 section — a warning on the later, with both figures', () => {
    const found = repeated(PUBLISHED_577);
    expect(found.map((f) => [f.severity, f.cell])).toEqual([['warning', 'L5']]);
    expect(found[0].message).toContain('32.42');
    expect(found[0].message).toContain('34.42');
    expect(found[0].message).toContain('差2.00万元');
  });

  const PUBLISHED_387 = [
    '共青团重庆市长寿区委2023年部门预算情况说明',
    '二、部门收支总体情况',
    '(一)收入预算:2023年年初预算数513.09万元,其中:一般公共预算拨款收入513.09万元,政府性基金预算拨款收入0万元,国有资本经营预算拨款收入0万元,财政专户管理资金收入0万元,事业收入0万元,上级补助收入0万元,附属单位上缴收入0万元,事业单位经营收入0万元,其他收入0万元。收入较去年减少12.48万元,主要是一般公共预算拨款增加22.27万元,政府性基金预算拨款收入减少34.75万元。',
    '三、部门预算情况说明',
    '2023年一般公共预算财政拨款收入513.09万元,一般公共预算财政拨款支出513.09万元,比2022年减少12.48万元。',
  ].join('\n');

  it('387: the change after the fund’s 收入 and 支出 printed alike is its 拨款’s too — −12.48 against the +22.27 before', () => {
    const found = repeated(PUBLISHED_387);
    expect(found.map((f) => [f.severity, f.cell])).toEqual([['warning', 'L5']]);
    expect(found[0].message).toContain('22.27');
    expect(found[0].message).toContain('12.48');
    expect(found[0].message).toContain('差34.75万元');
  });

  it('a 支出 printed otherwise than its 收入 may change otherwise', () => {
    expect(repeated(PUBLISHED_387.replace('一般公共预算财政拨款支出513.09万元', '一般公共预算财政拨款支出533.09万元'))).toEqual([]);
  });

  it('a government’s revenue of the fund (no 拨款) and a 决算 are left alone', () => {
    expect(repeated(PUBLISHED_577.replace(/拨款/g, ''))).toEqual([]);
    expect(repeated(PUBLISHED_577.replace('单位预算情况说明', '单位决算情况说明'))).toEqual([]);
  });

  it('property: a warning exactly when the two statements of the change differ beyond their last printed unit', () => {
    fc.assert(
      fc.property(
        // Below the 1000.00 the 拨款 section prints, so no increase exceeds its figure.
        fc.integer({ min: 1, max: 90_000 }),
        fc.integer({ min: -3_000, max: 3_000 }),
        fc.constantFrom('一般公共预算拨款', '政府性基金预算拨款'),
        fc.constantFrom('增加', '减少'),
        (change, gap, fund, way) => {
          const other = change + gap;
          fc.pre(other > 0);
          const text = [
            '某单位2025年部门预算情况说明',
            `(一)收入预算:2025年年初预算数9000.00万元。收入较2024年${way}${wan(change)}万元,主要是${fund}${way}${wan(change)}万元。`,
            '三、财政拨款收支预算情况',
            `2025年${fund}收入1000.00万元,较2024年${way}${wan(other)}万元。`,
          ].join('\n');
          const found = repeated(text);
          expect(found.length).toBe(Math.abs(gap) > 1 ? 1 : 0);
          for (const f of found) expect([f.severity, f.cell]).toEqual(['warning', 'L4']);
        },
      ),
    );
  });
});
