/**
 * A 财政拨款 figure's change against the changes of its three funds (jianguanwei-2026 L4–L6: '其中：财政拨款支出预算328,661万元，
 * 比2025年预算增加115,649万元' then 一般公共预算 '减少5,965万元', 政府性基金 '增加119,614万元', 国有资本经营 '增加0万元'): the funds'
 * figures make the 财政拨款 (49,376 + 279,285.70 + 0), so their changes must make its change — −5,965 + 119,614 + 0 = 113,649,
 * not 115,649: an error. The change after '其中：财政拨款…' is the 财政拨款's though the 支出 total before it has the same figure.
 * Figures of the property are invented.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const partChanges = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/change' && f.message.includes('与其各项的变动之和不符'));
const wan = (n: number) => n.toLocaleString('en-US');

const PUBLISHED = [
  '2026年部门预算编制说明',
  '2026年，上海市普陀区建设和管理委员会收入预算328,661万元，其中：财政拨款收入328,661万元，比2025年预算增加115,649万元；',
  '事业收入0万元；事业单位经营收入0万元；其他收入0万元。',
  '支出预算328,661万元，其中：财政拨款支出预算328,661万元，比2025年预算增加115,649万元。财政拨款支出预算中，一般公共预算拨',
  '款支出预算49,376万元，比2025年预算减少5,965万元；政府性基金拨款支出预算279,285.70万元，比2025年预算增加119,614万元；国有资',
  '本经营预算拨款支出预算0万元，比2025年预算增加0万元。',
  '财政拨款收入支出增加的主要原因是增加了雨污混接整治工程项目支出',
].join('\n');

describe('a 财政拨款 change against its funds’ changes (jianguanwei-2026)', () => {
  it('L4: 115,649 against −5,965 + 119,614 + 0 = 113,649 — an error stating the funds’ sum', () => {
    const found = partChanges(PUBLISHED);
    expect(found.map((f) => [f.severity, f.cell])).toEqual([['error', 'L4']]);
    expect(found[0].message).toContain('= 113,649.00万元');
    expect(found[0].message).toContain('文中为115,649.00万元');
  });

  it('the changes that add up are silent', () => {
    expect(partChanges(PUBLISHED.replace(/115,649/g, '113,649'))).toEqual([]);
  });

  it('without the 国有资本经营 fund’s change the funds are not all there: nothing is said', () => {
    expect(partChanges(PUBLISHED.replace('，比2025年预算增加0万元。', '。'))).toEqual([]);
  });

  it('property: an error exactly when the funds’ changes miss the 财政拨款 change', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 90_000 }),
        fc.integer({ min: 1_000, max: 90_000 }),
        fc.integer({ min: -900, max: 900 }),
        fc.integer({ min: -900, max: 900 }),
        fc.integer({ min: -3, max: 3 }),
        (general, fund, generalChange, fundChange, slip) => {
          const total = general + fund;
          const change = generalChange + fundChange + slip * 10;
          fc.pre(generalChange !== 0 && fundChange !== 0 && change !== 0);
          const way = (n: number) => (n < 0 ? `减少${wan(-n)}` : `增加${wan(n)}`);
          const text = [
            '2026年部门预算编制说明',
            `支出预算${wan(total)}万元，其中：财政拨款支出预算${wan(total)}万元，比2025年预算${way(change)}万元。财政拨款支出预算中，一般公共预算拨款支出预算${wan(general)}万元，比2025年预算${way(generalChange)}万元；政府性基金拨款支出预算${wan(fund)}万元，比2025年预算${way(fundChange)}万元；国有资本经营预算拨款支出预算0万元，比2025年预算增加0万元。`,
          ].join('\n');
          const found = partChanges(text);
          expect(found.length).toBe(slip === 0 ? 0 : 1);
          for (const f of found) expect([f.severity, f.cell]).toEqual(['error', 'L2']);
        },
      ),
    );
  });
});
