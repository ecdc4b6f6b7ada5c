/**
 * A reading the thirteenth held-out batch showed wrong (texts 171–181, test/corpus/README.md): the changes of a
 * newspaper's report, which are not a 部门's own to explain (177). Wordings are invented variants.
 */
import { describe, expect, it } from 'vitest';
import { checkNarrativeText } from '../src/engine/narrative';
import type { Finding } from '../src/engine/findings';

const shown = (fs: Finding[]) => fs.map((f) => `${f.cell} ${f.severity} ${f.rule} ${f.message}`).join('\n');

describe('a newspaper report on “三公” figures asks no reason per change', () => {
  const reasonWarnings = (text: string) => checkNarrativeText(text).filter((f) => f.severity === 'warning' && f.message.includes('未说明原因'));
  const CITY = (dateline: string) =>
    [
      '某市公布市直部门“三公”经费预算',
      dateline,
      '根据某市财政局公布的数据显示,2024年某市市本级财政“三公”经费预算总额为9860万元,同比下降15.2%。其中因公出国(境)费用480万元,公务接待费3260万元,公务用车购置费1120万元,公务用车运行维护费5000万元。跟去年相比,公务接待费同比减少24.6%。',
    ].join('\n');

  it('is silent on a report with a reporter’s dateline, whatever the paper', () => {
    for (const dateline of [
      '南都讯 记者张某某 昨日,某市直各行政事业单位在网上陆续晒出2024年“三公”经费预算。',
      '本报某市5月27日电 (记者李某)某市直各部门昨日公开2024年“三公”经费预算。',
      '本报讯 某市直各部门昨日公开2024年“三公”经费预算。',
      '新华社某市5月27日电 某市直各部门昨日公开2024年“三公”经费预算。',
    ]) {
      const found = reasonWarnings(CITY(dateline));
      expect(found, `${dateline}\n${shown(found)}`).toEqual([]);
    }
  });

  it('still asks it of the same figures in a 部门 or 财政局 publication without a dateline', () => {
    const found = reasonWarnings(CITY('某市财政局关于2024年市本级“三公”经费预算情况的说明'));
    expect(found.length, shown(found)).toBeGreaterThan(0);
  });

  it('does not take a 记者站 or a 通讯 line in a 部门 publication for a dateline', () => {
    const text = '某日报社驻某县记者站2024年部门预算\n2024年本单位基本支出预算86.00万元,比上年增加26.00万元,增长43.3%。本单位通讯费按标准安排。';
    expect(reasonWarnings(text)).toHaveLength(1);
  });
});
