/**
 * What the thirty-first held-out batch (texts 289–293, test/corpus/README.md) showed the checker leaving unread:
 * a 县 bureau's “三公” 预算 (292) opens its list with an item that has no figure because none was arranged,
 * '…预算控制数为55万元,较2015年下降1万元,其中:因公出国(境)经费未安排预算;公务接待费30万元,…;公务用车购置及运行维护费
 * 25万元,…'. At the ； after that first item the list was closed as a list of words, not figures, so 55 = 30 + 25
 * was never checked (the figures 'not checked'), and a list that did not add up would have passed in silence. An
 * item that ends its clause saying it was not arranged ('未安排预算', '未发生', '未列支') is a nil part, as '为0' already
 * was: the list goes on. Wordings and figures are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { reviewNarrativeText } from '../src/engine/narrative';

const sumFindings = (text: string) => reviewNarrativeText(text).findings.filter((f) => f.rule === 'narrative/sum');

const NIL_ITEMS = ['因公出国(境)经费未安排预算', '因公出国（境）费未安排', '因公出国(境)费用未发生', '因公出国（境）经费未列支'];
const UNITS = ['局', '中心', '办公室', '委员会'];

/** A “三公” 预算 whose 其中 list opens with a nil item and goes on with 公务接待费 and 公务用车 in whole 万元. */
const budget = fc.record({
  year: fc.integer({ min: 2014, max: 2025 }),
  unit: fc.constantFrom(...UNITS),
  nil: fc.constantFrom(...NIL_ITEMS),
  reception: fc.integer({ min: 1, max: 500 }),
  vehicles: fc.integer({ min: 1, max: 500 }),
  withReasons: fc.boolean(),
});
type Budget = typeof budget extends fc.Arbitrary<infer T> ? T : never;

function text(b: Budget, total: number): string {
  const reason = (why: string) => (b.withReasons ? `,主要原因是${why}` : '');
  return (
    `某${b.unit}${b.year}年“三公”经费财政拨款预算控制数为${total}万元,其中:${b.nil};` +
    `公务接待费${b.reception}万元${reason('严格执行中央八项规定')};` +
    `公务用车购置及运行维护费${b.vehicles}万元${reason('业务工作量增加')}。`
  );
}

describe('a list opened by an item with no figure because none was arranged (thirty-first batch, 292)', () => {
  it('the published line: 55 = 30 + 25 is checked, and holds', () => {
    const review = reviewNarrativeText(
      '苍溪县林业和园林局2016年“三公”经费财政拨款预算控制数为55万元,较2015年下降1万元,其中:因公出国(境)经费未安排预算;' +
        '公务接待费30万元,较2015年预算下降6万元,主要原因是严格执行中央八项规定,进一步压缩公务接待费用;' +
        '公务用车购置及运行维护费25万元,较2015年预算增加5万元,主要原因是林产办等机构并入,人员增多,新一轮退耕还林等项目实施,业务工作量增加。',
    );
    expect(review.findings).toEqual([]);
    // 55, 30 and 25 took part in the sum (the three changes are still unread).
    expect(review.coverage.checked).toBe(3);
  });

  it('property: parts that make the total raise nothing, and the three figures are checked', () => {
    fc.assert(
      fc.property(budget, (b) => {
        const t = text(b, b.reception + b.vehicles);
        const review = reviewNarrativeText(t);
        expect(review.findings, t).toEqual([]);
        expect(review.coverage, t).toEqual({ figures: 3, checked: 3, unchecked: 0 });
      }),
    );
  });

  it('property: parts that miss the total by more than their rounding are reported on the total', () => {
    fc.assert(
      fc.property(budget, fc.integer({ min: 2, max: 50 }), fc.boolean(), (b, off, over) => {
        const parts = b.reception + b.vehicles;
        const total = over ? parts + off : parts - off;
        fc.pre(total > 0);
        const t = text(b, total);
        const found = sumFindings(t);
        expect(found.map((f) => f.cell), t).toEqual(['L1']);
        expect(found[0].message, t).toContain(`${b.reception}.00 + ${b.vehicles}.00 = ${parts}.00万元`);
      }),
    );
  });

  it('a clause that only mentions what was not arranged, and goes on, still closes the list at the ；', () => {
    // Neither clause is a nil item (it does not end on 未安排…): the figures after the ； are not parts of the total.
    for (const t of [
      '2019年“三公”经费预算50万元,其中:未安排因公出国(境)费的原因是没有出访计划;公务接待费预算20万元,会议费预算10万元。',
      '2019年支出预算120万元,其中:人员经费未安排调资部分,待文件下达后追加;工资福利支出80万元,商品和服务支出30万元。',
    ]) {
      const review = reviewNarrativeText(t);
      expect(sumFindings(t), t).toEqual([]);
      expect(review.coverage.checked, t).toBe(0);
    }
  });
});
