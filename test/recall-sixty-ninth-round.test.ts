/**
 * The sixty-ninth recall round (docs/accuracy.md lists what the checker missed):
 * - A prose figure that the “三公” table pasted above it gives otherwise (439 L36: '其中:公务用车运行费2.8万元' under the
 *   table's row '其中:公务用车运行费 | 5.00') is reported on the prose's line, where the slip is, not on the table's row:
 *   the table is read only when every column adds up. The table's 购置 / 运行 rows are the parts of its 公务用车 row, so
 *   they meet the prose's figure written in a 其中 under its 公务用车 too.
 * Wordings and figures of the properties are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const loud = (text: string) => checkNarrativeText(text, [], { source: 't.txt' }).filter((f) => f.severity !== 'info');

/** 439's table, one cell a line (L1–L31), as printed but in simplified characters. */
function table439(abroad: string, reception: string, car: string, running: string, purchase: string, total: string): string[] {
  return [
    '共青团宣城市委2020年“三公”经费预算',
    '一,、2020年“三公”经费支出预算表',
    '单位:万元',
    '项 目',
    '|',
    '预 算 数',
    '|',
    '合 计',
    '|',
    total,
    '|',
    '因公出国(境)费',
    '|',
    abroad,
    '|',
    '公务接待费',
    '|',
    reception,
    '|',
    '公务用车购置及运行费',
    '|',
    car,
    '|',
    '其中:公务用车运行费',
    '|',
    running,
    '|',
    '公务用车购置费',
    '|',
    purchase,
    '|',
  ];
}

const PROSE_439 = [
  '二,、2020年“三公”经费支出预算情况说明',
  '共青团宣城市委2020年“三公”经费支出预算为7万元,,比2019年预算增加2.66万元,,增长61.29%,。其中:因公出国(境)费支出预算为0万元,,公务接待费支出预算为2万元,,公务用车购置及运行费支出预算为5万元,。具体情况如下:',
  '(三)公务用车购置及运行费支出5万元,比2019年预算增加2.8万元,,增长127.27%,。其中:公务用车运行费2.8万元,比2019年预算增加2.8万元,,增长127.27%,,增长原因主要是赴基层一线扶贫,、调研等任务增加,保障日常',
];

const TEXT_439 = [...table439('0.00', '2.00', '5.00', '5.00', '0.00', '7.00'), ...PROSE_439].join('\n');

describe('a prose figure the pasted “三公” table gives otherwise is reported on the prose (439 L36)', () => {
  it('the published 439 lines: one error, on the line of 运行费 2.8, with the table’s 5.00', () => {
    const found = loud(TEXT_439);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', cell: 'L34', expected: 5, actual: 2.8 });
    expect(found[0].message).toContain('表中公务用车运行费预算数为5.00万元');
  });

  it('with the 运行费 printed as the table gives it, nothing is raised', () => {
    expect(loud(TEXT_439.replace('其中:公务用车运行费2.8万元', '其中:公务用车运行费5万元'))).toEqual([]);
  });

  it('property: the prose’s 运行费 against the table’s row — silent when equal, one finding on the prose line when not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 20, max: 500 }),
        fc.integer({ min: -300, max: 300 }),
        (abroad, reception, running, off) => {
          const f = (n: number) => (n / 10).toFixed(2);
          const total = abroad + reception + running;
          const stated = Math.max(20, running + off);
          const rise = 10;
          const rate = ((rise / (running - rise)) * 100).toFixed(2);
          const lines = [
            ...table439(f(abroad), f(reception), f(running), f(running), '0.00', f(total)),
            '二,、2020年“三公”经费支出预算情况说明',
            `(三)公务用车购置及运行费支出${f(running)}万元,比2019年预算增加1万元,增长${rate}%。其中:公务用车运行费${f(stated)}万元,比2019年预算增加1万元,增长原因主要是调研任务增加。`,
          ];
          const found = loud(lines.join('\n'));
          if (stated === running) expect(found).toEqual([]);
          else {
            // Nothing on the table's rows; a 运行费 above its head is also a part larger than its total.
            expect(found.map((x) => x.cell)).toEqual(found.map(() => `L${lines.length}`));
            expect(found.filter((x) => x.rule === 'narrative/duplicate')).toMatchObject([{ severity: 'error', expected: running / 10, actual: stated / 10 }]);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
