/**
 * A headline's round figure against the body's exact one (645 L1): '…政府采购节约资金253万余元' over a body whose 节约资金 is
 * 290.72万元 — '253万余元' is 253 to 254 万元. A warning on the headline. Wordings and figures of the properties are
 * invented variants.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const headline = (text: string) => checkNarrativeText(text).filter((f) => f.message.startsWith('标题中的'));

describe('a headline’s “X万余元” against the body (645)', () => {
  const PUBLISHED_645 = [
    '海港区财政局上半年政府采购节约资金253万余元',
    '发布时间:2016-07-04 发布机构:财政局 字体:[ 大 中 小]',
    '海港区财政局认真贯彻落实政府采购法,狠抓规范管理,扩大政府采购规模,积极开展政府采购工作。上半年,海港区实施政府采购总金额6846.02万元,比预算的7136.74万元节约资金290.72万元,节约率为4.1%。有效节约了财政资金,取得了良好的社会效益和经济效益。',
  ].join('\n');

  it('645: 253万余元 in the headline, 290.72 in the body — a warning on L1', () => {
    const found = headline(PUBLISHED_645);
    expect(found.map((f) => [f.severity, f.cell])).toEqual([['warning', 'L1']]);
    expect(found[0].message).toContain('节约资金290.72万元');
    expect(found[0].message).toContain('253至254万元');
  });

  it('a headline the body bears out, or a first line that is a sentence, is left alone', () => {
    expect(headline(PUBLISHED_645.replace('253万余元', '290万余元'))).toEqual([]);
    expect(headline(PUBLISHED_645.replace('节约资金253万余元', '节约资金,共253万余元'))).toEqual([]);
  });

  it('property: a warning exactly when the body’s figure is outside the headline’s round one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_000 }), fc.integer({ min: 100, max: 900_000 }), fc.constantFrom('节约资金', '采购资金', '奖补资金'), (round, bodyFen, name) => {
        const text = [`某县上半年${name}${round}万余元`, `本县上半年共计${name}${(bodyFen / 100).toFixed(2)}万元。`].join('\n');
        const inside = bodyFen >= round * 100 && bodyFen < (round + 1) * 100;
        expect(headline(text).length).toBe(inside ? 0 : 1);
      }),
    );
  });
});
