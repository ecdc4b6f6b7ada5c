/**
 * A text that announces its reasons ('…增减变化及原因如下:') and gives none after: the reasons stand past the copy, so
 * none is asked for (src/engine/narrative/text/checks/reasons.ts, announcedReasonsBeyondText). Real text:
 * fuyuan-zhengfuban-2018, a “三公” 情况说明 whose reason is the 备注 of the table below it on the page. Figures of
 * the properties are invented.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const CORPUS = join(__dirname, 'corpus');
const reasonWarnings = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/reason');

describe('reasons announced, then past the copy (real text)', () => {
  const text = readFileSync(join(CORPUS, 'tables/text/fuyuan-zhengfuban-2018.txt'), 'utf8');

  it('fuyuan-zhengfuban-2018 L4: 公务接待费 −50% under “增减变化及原因如下:” — no reason asked for', () => {
    expect(reasonWarnings(text)).toEqual([]);
  });

  it('the same text announcing only the changes is asked for the reason of its −50%', () => {
    const found = reasonWarnings(text.replace('增减变化及原因如下', '增减变化情况如下'));
    expect(new Set(found.map((f) => `${f.cell} ${f.severity}`))).toEqual(new Set(['L4 warning']));
    expect(found.some((f) => f.message.includes('变动50%'))).toBe(true);
  });
});

describe('property: “三公” changes of 10% or more after a heading', () => {
  const tenths = fc.integer({ min: 10, max: 900 });
  const money = (t: number) => (t / 10).toFixed(1);
  function text(heading: string, prior: number, now: number, reason: string): string {
    const change = prior - now;
    const rate = ((change * 100) / prior).toFixed(2);
    return [
      '某县人民政府办公室2018年部门预算“三公”经费公开情况说明',
      `2018年 “三公”经费部门预算${heading}:`,
      `2018年某县人民政府办公室“三公”经费预算为${money(now)}万元,比2017年减少${money(change)}万元,减少${rate}%。${reason}`,
    ].join('\n');
  }

  it('property: announced reasons with none after are not asked for; changes announced alone are; a reason given is enough', () => {
    fc.assert(
      fc.property(tenths, fc.integer({ min: 15, max: 90 }), (prior, cutPercent) => {
        const now = Math.max(1, Math.round((prior * (100 - cutPercent)) / 100));
        fc.pre((prior - now) * 10 >= prior);
        expect(reasonWarnings(text('增减变化及原因如下', prior, now, ''))).toEqual([]);
        expect(reasonWarnings(text('增减变化情况如下', prior, now, '')).map((f) => f.cell)).toEqual(['L3']);
        expect(reasonWarnings(text('增减变化情况如下', prior, now, '主要原因是厉行节约。'))).toEqual([]);
      }),
    );
  });
});
