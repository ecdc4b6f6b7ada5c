/**
 * A whole printed under the name of one of its parts (488 L21, 595 L12): the 收入 total is split by source in one section,
 * its 一般公共预算拨款 a part of it, and a later section gives the 一般公共预算拨款收入 the total's exact figure. A warning: the
 * words cannot prove which of the two 一般公共预算拨款 is wrong, or that the later one speaks of the same scope.
 * Wordings and figures of the properties are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const wholeAsPart = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/duplicate' && f.message.includes('疑把合计写成了该项'));

describe('a whole printed under the name of one of its parts (488, 595)', () => {
  const PUBLISHED_488 = [
    '洪江市社会福利院2018年部门预算说明',
    '三、部门收支概况',
    '(一)收入预算',
    '2018年年初预算数205.3万元,其中一般公共预算拨款105.3万元,政府性基金拨款0万元,财政专户管理的非税收入拨款10万元,上级补助拨款100万元。收入较去年增加94.8万元,增加的原因是上级拨入项目资金。',
    '(二)支出预算',
    '2018年年初预算数205.3万元,其中社会保障和就业支出205.3万元,支出较去年增加94.8万元,主要是增加了与收入增加部分相对应的支出。',
    '四、一般公共预算拨款支出预算',
    '2018年一般公共预算拨款收入205.3万元,具体安排情况如下:',
  ].join('\n');

  it('488: the 一般公共预算拨款收入 205.3 is the whole 年初预算数, of which the 一般公共预算拨款 was 105.3 — a warning on L8', () => {
    const found = wholeAsPart(PUBLISHED_488);
    expect(found.map((f) => [f.severity, f.cell])).toEqual([['warning', 'L8']]);
    expect(found[0].message).toContain('一般公共预算拨款105.3万元');
    expect(found[0].message).toContain('相差100.00万元');
  });

  const PUBLISHED_595 = [
    '2026年部门预算情况说明',
    '二、单位收支总体情况',
    '(一)收入预算:2026年年初预算数11063429元,其中:一般公共预算拨款10421294元,政府性基金预算拨款642135元。收入较2025年增加380000元,主要是政府性基金预算收入经费拨款增加380000元。',
    '三、单位预算情况说明',
    '2026年一般公共预算财政拨款收入11063429元,一般公共预算财政拨款支出11063429元,比2025年增加380000元。',
  ].join('\n');

  it('595: the 一般公共预算财政拨款收入 11063429 元 is the whole, of which the 一般公共预算拨款 was 10421294 — a warning on L5', () => {
    const found = wholeAsPart(PUBLISHED_595);
    expect(found.map((f) => [f.severity, f.cell])).toEqual([['warning', 'L5']]);
    expect(found[0].message).toContain('相差642,135元');
  });

  it('the part stated again with its own figure, or the whole all one fund, is no slip', () => {
    expect(wholeAsPart(PUBLISHED_488.replace('2018年一般公共预算拨款收入205.3万元', '2018年一般公共预算拨款收入105.3万元'))).toEqual([]);
    // 387: every other source 0, so the 一般公共预算拨款 is the whole.
    const allOneFund = PUBLISHED_595.replace('一般公共预算拨款10421294元,政府性基金预算拨款642135元', '一般公共预算拨款11063429元,政府性基金预算拨款0元');
    expect(wholeAsPart(allOneFund)).toEqual([]);
  });

  it('property: a later 一般公共预算拨款收入 is flagged exactly when it is the whole and the part printed was less', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 90_000 }),
        fc.integer({ min: 0, max: 90_000 }),
        fc.integer({ min: 2015, max: 2026 }),
        fc.constantFrom('一般公共预算拨款收入', '一般公共预算财政拨款收入'),
        fc.boolean(),
        (part, other, year, name, printsWhole) => {
          const whole = part + other;
          const later = printsWhole ? whole : part;
          const text = [
            `${year}年部门预算情况说明`,
            '(一)收入预算',
            `${year}年年初预算数${whole}万元,其中一般公共预算拨款${part}万元,上级补助拨款${other}万元。`,
            '三、一般公共预算拨款预算情况',
            `${year}年${name}${later}万元,具体安排情况如下:`,
          ].join('\n');
          const found = wholeAsPart(text);
          expect(found.length).toBe(printsWhole && other > 0 ? 1 : 0);
          for (const f of found) expect(f.severity).toBe('warning');
        },
      ),
    );
  });
});
