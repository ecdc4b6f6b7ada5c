/**
 * A reading the twenty-third held-out batch showed missing (texts 244–254, test/corpus/README.md): a figure per
 * vehicle whose unit was mistyped — '车辆保有量为3辆,全年车均运行维护费支出5.97元' beside '公务用车购置及运行维护费
 * 17.9万元', where 17.9万元 ÷ 3 = 5.97万元 (252). The per-vehicle figure is checked against the 运行 cost and the
 * count of vehicles: its own unit confirms it, the same digits under another unit are a slip, anything else stays
 * unchecked. Wordings are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';
import type { Finding } from '../src/engine/findings';

const shown = (fs: Finding[]) => fs.map((f) => `${f.cell} ${f.severity} ${f.rule} ${f.message}`).join('\n');

const COST = ['公务用车运行维护费', '公务用车购置及运行维护费', '公务用车运行费'];
const FLEET = ['车辆保有量为', '年末公务用车保有量', '共有公务用车', '实有车辆'];
const PER_VEHICLE = ['全年车均运行维护费支出', '平均每辆车运行维护费', '单车运行维护费', '每辆车年均运行费用'];

const case_ = fc.record({
  year: fc.integer({ min: 2013, max: 2025 }),
  cost: fc.constantFrom(...COST),
  fleet: fc.constantFrom(...FLEET),
  perVehicle: fc.constantFrom(...PER_VEHICLE),
  /** The 运行 cost in hundredths of 万元 (0.10 to 5000.00 万元), and the number of vehicles. */
  centiWan: fc.integer({ min: 10, max: 500_000 }),
  vehicles: fc.integer({ min: 1, max: 400 }),
  reason: fc.boolean(),
});
type Case = typeof case_ extends fc.Arbitrary<infer T> ? T : never;

/** The text, its average written as `average` (digits and unit). */
function text(v: Case, average: string): string {
  return [
    `${v.year}年“三公”经费决算情况说明`,
    `${v.year}年${v.cost}${(v.centiWan / 100).toFixed(2)}万元${v.reason ? ',主要原因是严格控制公务用车的运行费用' : ''}。`,
    `截止${v.year}年底,${v.fleet}${v.vehicles}辆,${v.perVehicle}${average};主要用于公务用车燃料费、维修费、保险费等支出。`,
  ].join('\n');
}

/** The average per vehicle in 万元, to two decimals. */
const averageWan = (v: Case) => v.centiWan / 100 / v.vehicles;

const unitFindings = (t: string) => checkNarrativeText(t).filter((f) => f.rule === 'narrative/unit');

describe('a figure per vehicle against the 运行 cost and the number of vehicles', () => {
  it('raises nothing when it is written in its own unit, in 万元 or in 元', () => {
    fc.assert(
      fc.property(case_, (v) => {
        for (const average of [`${averageWan(v).toFixed(2)}万元`, `${Math.round(averageWan(v) * 10_000)}元`]) {
          const t = text(v, average);
          expect(checkNarrativeText(t), `${t}\n${shown(checkNarrativeText(t))}`).toEqual([]);
        }
      }),
    );
  });

  it('warns on the figure when its 万元 digits are written with 元', () => {
    fc.assert(
      fc.property(
        case_.filter((v) => averageWan(v) >= 0.1),
        (v) => {
          const digits = averageWan(v).toFixed(2);
          const t = text(v, `${digits}元`);
          const fs = unitFindings(t);
          expect(fs.map((f) => `${f.cell} ${f.severity}`), `${t}\n${shown(checkNarrativeText(t))}`).toEqual(['L3 warning']);
          expect(fs[0].message).toContain(`${v.vehicles}辆`);
          expect(checkNarrativeText(t).filter((f) => f.severity === 'error'), t).toEqual([]);
        },
      ),
    );
  });

  it('stays silent when the figure is of another sum or fleet (no unit gives its digits)', () => {
    // 12.60万元 ÷ 3 = 4.20万元, 42000元; 3.80 is neither.
    for (const average of ['3.80万元', '3.80元', '38000元']) {
      const t = [
        '2019年“三公”经费决算情况说明',
        '2019年公务用车运行维护费12.60万元。',
        `截止2019年底,车辆保有量为3辆,全年车均运行维护费支出${average};主要用于燃料费、维修费等支出。`,
      ].join('\n');
      expect(checkNarrativeText(t), `${t}\n${shown(checkNarrativeText(t))}`).toEqual([]);
    }
  });

  it('does not take a per-vehicle standard without a count of vehicles, or a count without 运行 cost', () => {
    const noCount = ['2019年公务用车运行维护费12.60万元。', '全年车均运行维护费支出4.20元。'].join('\n');
    const noCost = ['2019年公务接待费12.60万元。', '车辆保有量为3辆,全年车均运行维护费支出4.20元。'].join('\n');
    expect(unitFindings(noCount)).toEqual([]);
    expect(unitFindings(noCost)).toEqual([]);
  });
});
