/**
 * A web copy's spam title ('…婷婷精品视频,…欧美成人性色xxxx视频', the mirror of the fifty-first batch's 425, dropped from the
 * stored text as no part of the document) had its 'xxxx' called a placeholder at error level. A passage of Chinese that holds
 * no word of a budget report is not the report's prose, and its x's fill in nothing; a template's XX in the report's own
 * sentences, or on a line of its own, is still a placeholder.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const SPAM = '四虎最新免费网址,五月天综合婷婷,日日夜夜狠狠干,色综合久久天天综合绕观看,婷婷精品视频,四虎国产精品永久在线无码,欧美成人性色xxxx视频';
const REPORT = '2023年10月，全国发行新增债券4,013亿元，其中一般债券45亿元、专项债券3,968亿元。';
const placeholders = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/placeholder');

describe('a passage foreign to the report holds no placeholder', () => {
  it('the mirror’s spam title before a real report raises nothing', () => {
    expect(placeholders([SPAM, '', REPORT].join('\n'))).toEqual([]);
  });

  it('a template’s XX in the report’s sentences, alone on a line, or in its contact line is still a placeholder', () => {
    for (const line of ['2023年部门预算收入XX万元，比上年增加XX万元。', 'XXXX', '支出增加的主要原因是XXXX。', '联系人：XX，联系电话：XXXX', '本部门共有XX个内设机构。']) {
      expect(placeholders([REPORT, line].join('\n')), line).toHaveLength(1);
    }
  });

  it('property: x’s among words of no report pass; the same x’s in a sentence of the report are found', () => {
    // Characters of the spam line and of other site furniture, none of them part of a REPORT_WORD.
    const foreign = fc.array(fc.constantFrom(...'四虎最新免网址五天综合婷日夜狠干色久绕观看精品视频国产永在线无码欧美成性首页登录注册下载官方游戏'), { minLength: 8, maxLength: 40 }).map((a) => a.join(''));
    const xs = fc.constantFrom('xx', 'xxxx', 'XX', 'XXXX', 'ｘｘ');
    const reportSentence = fc.constantFrom('年部门预算收入', '年一般公共预算支出', '年“三公”经费预算', '年项目支出');
    fc.assert(
      fc.property(foreign, xs, fc.nat(40), reportSentence, fc.integer({ min: 2016, max: 2026 }), (words, x, at, sentence, year) => {
        const cut = at % (words.length + 1);
        expect(placeholders([words.slice(0, cut) + x + words.slice(cut), '', REPORT].join('\n'))).toEqual([]);
        expect(placeholders([REPORT, `${year}${sentence}${x}万元。`].join('\n'))).toHaveLength(1);
      }),
    );
  });
});
