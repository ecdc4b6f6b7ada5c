/**
 * Readings the fifteenth held-out batch showed wrong (texts 193–204, test/corpus/README.md): a “三公” 预算 that gives
 * the reasons first, for items it names ('其中,公务接待费、因公出国(境)费用、公务用车购置费降幅均超过25%,下降的主要原因是…;
 * 公务用车运行维护费上升20.1%,上涨的主要原因是…'), then the details ('从明细看,公务接待费…下降25%'), was asked for a
 * reason on every detail (198); and a template's blank amount, '比上年减少 万元', was not named beside its blank shares
 * (a text keyed with the batch and dropped as a copy of 117). Wordings are invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';
import type { Finding } from '../src/engine/findings';

const shown = (fs: Finding[]) => fs.map((f) => `${f.cell} ${f.severity} ${f.rule} ${f.message}`).join('\n');
const money = (fen: number) => (fen / 100).toFixed(2);
const pct = (x: number) => x.toFixed(2);
const reasonWarnings = (t: string) => checkNarrativeText(t).filter((f) => f.rule.includes('reason'));

/** An item of the “三公” with its amount this year and the year before, in fen. */
interface Item {
  name: string;
  now: number;
  before: number;
}

const ITEMS = ['公务接待费', '因公出国(境)费用', '公务用车购置费', '公务用车运行维护费'];
const FALL_REASON = ['下降的主要原因是各单位落实过紧日子要求,压减开支', '减少的主要原因是严控一般性支出', '下降的主要原因是厉行节约'];
const RISE_REASON = ['上涨的主要原因是两个分局上划为市直单位', '增加的主要原因是新增执法车辆', '上升的主要原因是车辆老化维修费增加'];
const DETAIL_LEAD = ['从明细看,', '具体来看,', '分项目看,'];

/** Each item falls or rises by more than 12% of the year before, so each change needs a reason. */
const itemOf = (name: string) =>
  fc
    .record({ before: fc.integer({ min: 50_000, max: 5_000_000 }), rate: fc.integer({ min: 12, max: 60 }), up: fc.boolean() })
    .map((v): Item => ({ name, before: v.before, now: Math.round(v.before * (1 + ((v.up ? 1 : -1) * v.rate) / 100)) }));

const detail = (i: Item) => {
  const up = i.now > i.before;
  const diff = Math.abs(i.now - i.before);
  return `${i.name}${money(i.now)}万元,比上年${up ? '增加' : '减少'}${money(diff)}万元,${up ? '上升' : '下降'}${pct((diff / i.before) * 100)}%`;
};

const overview = (items: Item[], fallReason: string, riseReason: string) => {
  const falls = items.filter((i) => i.now < i.before).map((i) => i.name);
  const rises = items.filter((i) => i.now > i.before).map((i) => i.name);
  const parts: string[] = [];
  if (falls.length) parts.push(`${falls.join('、')}降幅均超过10%,${fallReason}`);
  if (rises.length) parts.push(`${rises.join('、')}增幅均超过10%,${riseReason}`);
  return parts.join(';');
};

const passage = (items: Item[], fallReason: string, riseReason: string, lead: string) => {
  const now = items.reduce((n, i) => n + i.now, 0);
  return `2026年本部门财政拨款安排的“三公”经费预算为${money(now)}万元,其中,${overview(items, fallReason, riseReason)}。${lead}${items.map(detail).join(';')}。`;
};

describe('reasons given first for the items an overview names explain the details after it', () => {
  const case_ = fc.record({
    items: fc.subarray(ITEMS, { minLength: 2, maxLength: 4 }).chain((names) => fc.tuple(...names.map(itemOf))),
    fall: fc.constantFrom(...FALL_REASON),
    rise: fc.constantFrom(...RISE_REASON),
    lead: fc.constantFrom(...DETAIL_LEAD),
  });

  it('asks no reason of an item whose fall or rise the overview explained', () => {
    fc.assert(
      fc.property(case_, (v) => {
        const t = passage(v.items, v.fall, v.rise, v.lead);
        expect(reasonWarnings(t), `${t}\n${shown(checkNarrativeText(t))}`).toEqual([]);
      }),
    );
  });

  it('still asks for the reason of an item the overview leaves out', () => {
    fc.assert(
      fc.property(case_, (v) => {
        const [left, ...named] = v.items;
        fc.pre(named.length > 0);
        const t =
          `2026年本部门“三公”经费预算,其中,${overview(named, v.fall, v.rise)}。${v.lead}${v.items.map(detail).join(';')}。`;
        const found = reasonWarnings(t);
        expect(found.length, `${t}\n${shown(checkNarrativeText(t))}`).toBe(1);
        expect(found[0].message).toContain(left.name.slice(0, 4));
      }),
    );
  });

  it('still asks when the overview names the items but gives no reason', () => {
    const t =
      '2026年本部门“三公”经费预算为80.00万元,其中,公务接待费、因公出国(境)费用降幅均超过10%。' +
      '从明细看,公务接待费30.00万元,比上年减少20.00万元,下降40.00%;因公出国(境)费用50.00万元,比上年减少25.00万元,下降33.33%。';
    expect(reasonWarnings(t).length, shown(checkNarrativeText(t))).toBe(2);
  });

  it('reads the 198 wording: one item rising with its own reason, three falling under one', () => {
    const t =
      '经市财政局汇总,2026年市级单位通过当年所有财政拨款安排的“三公”经费预算为16224.30万元,比2025年上升867.60万元,上升5.65%,其中,' +
      '公务接待费、因公出国(境)费用、公务用车购置费降幅均超过25%,下降的主要原因是压减各项“三公”经费开支;公务用车运行维护费上升20.1%,' +
      '上涨的主要原因是两个分局上划为市直单位。从明细看,公务接待费1239.67万元,比2025年减少413.17万元,下降25%;' +
      '公务用车运行维护费及公务用车购置费13984.61万元,比2025年增加1884.46万元,上升15.57%(其中,公务用车运行维护费13106.17万元,' +
      '比2025年增加2193.34万元;公务用车购置费878.44万元,比2025年减少308.88万元);因公出国(境)费用1000.02万元,比2025年减少603.68万元,下降37.64%。';
    expect(reasonWarnings(t), shown(checkNarrativeText(t))).toEqual([]);
  });
});

describe('a change whose amount is left blank', () => {
  const blankAmounts = (t: string) => checkNarrativeText(t).filter((f) => f.message.includes('缺少金额数字'));
  const wording = fc.record({
    word: fc.constantFrom('增加', '减少', '增长', '下降', '增支', '减支'),
    unit: fc.constantFrom('万元', '元', '亿元'),
    gap: fc.constantFrom(' ', '  ', '\u3000', ''),
    after: fc.constantFrom(';', ',', '。'),
    amount: fc.integer({ min: 1, max: 99_999 }),
  });

  it('names the blank between a change word and its unit', () => {
    fc.assert(
      fc.property(wording, (v) => {
        const t = `2017年本部门“三公”经费支出合计35${v.unit},其中:公务接待费30${v.unit},比上年${v.word}${v.gap}${v.unit}${v.after}公务用车运行维护费5${v.unit}。`;
        const found = blankAmounts(t);
        expect(found.length, `${t}\n${shown(checkNarrativeText(t))}`).toBe(1);
        expect(found[0].message).toContain(`${v.word}`);
      }),
    );
  });

  it('is silent when the amount is there, and on a word that only begins with a unit', () => {
    fc.assert(
      fc.property(wording, (v) => {
        const t = `2017年本部门“三公”经费支出合计35${v.unit},其中:公务接待费30${v.unit},比上年${v.word}${v.gap}${money(v.amount)}${v.gap}${v.unit}${v.after}公务用车运行维护费5${v.unit}。`;
        expect(blankAmounts(t), t).toEqual([]);
      }),
    );
    expect(blankAmounts('2024年本单位公务接待批次比上年增加元旦慰问一项。')).toEqual([]);
  });
});
