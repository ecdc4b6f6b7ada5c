/**
 * A list of parts and its total, in every combination of the wording parts a clerk uses
 * (test/fixtures/narrative-list-wordings.ts: opener, where the total stands, joiners, shares, numbering,
 * numbered items as sentences, unit): with parts that make the total it raises no error and no warning; a
 * list whose parts exceed the total is found, and a complete list (其中 / 包括 / 具体为) that falls short is
 * found, each stating the total and the parts' sum; an open list (主要包括 / 主要用于 / 主要为) that falls short
 * raises nothing — it need not name every part.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';
import { allWordings, grouped, listPassage, mustAddUp, SCENES, type ListWording } from './fixtures/narrative-list-wordings';

const WORDINGS = [...allWordings()];
const loud = (text: string) => checkNarrativeText(text).filter((f) => f.severity !== 'info');
const listed = (text: string) => checkNarrativeText(text).map((f) => `${f.severity} ${f.rule} ${f.message}`).join('\n');
/** A finding states a figure in the checker's own format ('1,234.50') or as the text printed it. */
const states = (message: string, cents: number) => message.includes(grouped(cents)) || message.includes((cents / 100).toFixed(2));

/** A wording, and 2 to as many parts as its scene has items, each 1.00 to 99,999.99 of the unit. */
const listCase = fc
  .constantFrom(...WORDINGS)
  .chain((w) => fc.record({ w: fc.constant(w), parts: fc.array(fc.integer({ min: 100, max: 9_999_999 }), { minLength: 2, maxLength: SCENES[w.scene].items.length }) }));
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * The parts with one moved by `slip` cents (beyond what the rounding of the printed figures explains),
 * or undefined when a first few of them already make the total (read, as a clerk would, as the whole list).
 */
function slipped(parts: readonly number[], pick: number, slip: number): number[] | undefined {
  const i = pick % parts.length;
  const wrong = parts.map((p, j) => (j === i ? p + slip : p));
  if (wrong[i] <= 0) return undefined;
  const total = sum(parts);
  return wrong.some((_, k) => k < wrong.length - 1 && sum(wrong.slice(0, k + 1)) === total) ? undefined : wrong;
}

/**
 * Whether the slipped part, read in the other unit (a 万元 figure taken as 元, or the reverse), makes the total
 * within the printed rounding: then a unit slip on that part is the checker's diagnosis, not a sum.
 */
/**
 * Whether the slipped list adds up with one of its parts read in the other unit, as the checker reads a unit slip (any
 * part, rounded as printed in that unit: 1.00元 read as 1.00万元 is 9,950–10,050元) — then a unit finding, not a sum.
 */
function addsUpInOtherUnit(w: ListWording, total: number, wrong: readonly number[]): boolean {
  const factor = w.unit === '万元' ? 1 / 10_000 : 10_000;
  const tolerance = 0.5 * wrong.length + 0.5 * Math.max(factor, 1);
  return wrong.some((x) => Math.abs(total - (sum(wrong) - x + x * factor)) <= tolerance);
}

function found(w: ListWording, total: number, parts: readonly number[]) {
  const text = listPassage(w, total, parts);
  const hits = loud(text).filter((f) => f.rule === 'narrative/sum' && states(f.message, total) && states(f.message, sum(parts)));
  return { text, hits };
}

describe('a list of parts and its total, in any wording', () => {
  it(`parts that make the total raise no error and no warning (${WORDINGS.length} wordings)`, () => {
    fc.assert(
      fc.property(listCase, ({ w, parts }) => {
        const text = listPassage(w, sum(parts), parts);
        expect(loud(text), text).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('parts exceeding the total are found, stating the total and their sum', () => {
    fc.assert(
      fc.property(listCase, fc.nat(), fc.integer({ min: 6, max: 1_000_000 }), ({ w, parts }, pick, slip) => {
        const wrong = slipped(parts, pick, slip);
        fc.pre(wrong !== undefined && !addsUpInOtherUnit(w, sum(parts), wrong));
        const { text, hits } = found(w, sum(parts), wrong!);
        expect(hits.length, `${text}\n${listed(text)}`).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('a complete list falling short is found, stating the total and the sum; an open one raises nothing', () => {
    fc.assert(
      fc.property(listCase, fc.nat(), fc.integer({ min: 6, max: 1_000_000 }), ({ w, parts }, pick, slip) => {
        const wrong = slipped(parts, pick, -slip);
        fc.pre(wrong !== undefined && !addsUpInOtherUnit(w, sum(parts), wrong));
        const { text, hits } = found(w, sum(parts), wrong!);
        // Under 其中 with every part's share of the total stated and right, the text's own shares say the list is
        // short of the whole: a note (info) stating the same figures, not a warning.
        const measured = w.opener.word.startsWith('其中') && w.share !== 'none';
        const notes = checkNarrativeText(text).filter((f) => f.rule === 'narrative/sum' && f.severity === 'info' && states(f.message, sum(parts)));
        if (w.opener.complete && measured) expect(hits.length + notes.length, `${text}\n${listed(text)}`).toBeGreaterThan(0);
        else if (w.opener.complete) expect(hits.length, `${text}\n${listed(text)}`).toBeGreaterThan(0);
        // Naming every kind of 政府采购, even after 主要, makes a list the checker may hold to its total.
        else if (!mustAddUp(w, parts.length)) expect(loud(text), text).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  // The readings these wordings found missing, as a reader meets them.
  it('reads numbered items written as sentences of their own as the parts of the total before them', () => {
    const right = '2024年一般公共预算财政拨款项目支出100.00万元，其中：1.信息化建设专项经费30.00万元。2.办公楼维修改造项目20.00万元。3.业务培训经费50.00万元。';
    expect(loud(right)).toEqual([]);
    expect(listed(right.replace('20.00万元', '25.00万元'))).toContain('30.00 + 25.00 + 50.00 = 105.00万元');
    expect(listed('2024年收入预算100.00万元，主要为：一是一般公共预算拨款收入30.00万元。二是事业收入20.00万元。三是上年结转60.00万元。')).toContain('30.00 + 20.00 + 60.00 = 110.00万元');
  });

  it('does not take an item numbered out of turn for the next part', () => {
    const text = '2024年一般公共预算财政拨款项目支出100.00万元，其中：1.信息化建设专项经费30.00万元。3.业务培训经费50.00万元。';
    expect(checkNarrativeText(text).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reads 合计 / 共计 / 总计 after the parts as their total', () => {
    const right = '2024年政府采购预算包括：政府采购货物预算30.00万元，政府采购服务预算60.00万元，合计90.00万元。';
    expect(loud(right)).toEqual([]);
    expect(listed(right.replace('合计90.00', '合计100.00'))).toContain('30.00 + 60.00 = 90.00万元，文中为100.00万元');
    const numbered = '2024年一般公共预算财政拨款项目支出具体为：（1）信息化建设专项经费30.00万元。（2）办公楼维修改造项目20.00万元。共计55.00万元。';
    expect(listed(numbered)).toContain('30.00 + 20.00 = 50.00万元');
  });

  it('leaves a 合计 alone that does not follow the parts right away', () => {
    const text = '2024年政府采购预算包括：政府采购货物预算30.00万元，政府采购服务预算60.00万元。另有项目若干。合计100.00万元。';
    expect(checkNarrativeText(text).filter((f) => f.rule === 'narrative/sum')).toEqual([]);
  });
});
