/**
 * Readings the sixth held-out batch showed wrong (texts 96–110, test/corpus/README.md): a sentence that
 * names the total's word after a list of items, the 增收 / 减收 of 预算执行 reports, the budget a
 * completion rate is taken of, and the changes of government-wide reports that need no reason.
 * Wordings are invented variants of the real ones.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';
import type { Finding } from '../src/engine/findings';

const shown = (fs: Finding[]) => fs.map((f) => `${f.cell} ${f.severity} ${f.rule} ${f.message}`).join('\n');
const errors = (text: string) => checkNarrativeText(text).filter((f) => f.severity === 'error');

describe('a sentence that names the total after a list of items', () => {
  const BUDGET = (change: string) =>
    [
      '二、部门收支总体情况',
      `（二）支出预算：2024年年初预算数860.50万元，其中：一般公共服务支出700.00万元，农林水支出160.50万元。${change}`,
    ].join('\n');

  it('reads "支出较去年增加…" as the change of the total, not of the last item', () => {
    for (const change of ['支出较去年增加195.20万元，主要是基本支出增加40.20万元，项目支出增加155.00万元。', '收入较上年增加195.20万元，主要是经费拨款增加。']) {
      const found = errors(BUDGET(change));
      expect(found, shown(found)).toEqual([]);
    }
  });

  it("still finds an item's own impossible increase", () => {
    const found = errors(BUDGET('农林水支出比上年增加195.20万元。'));
    expect(found, shown(found)).toHaveLength(1);
    expect(found[0].message).toContain('160.50');
  });
});

describe('预算执行 reports: 增收 / 减收 and the budget of a completion rate', () => {
  const report = (cur: number, prior: number, budget: number, tax: number, rate?: string) => {
    const up = cur >= prior;
    const shownRate = rate ?? ((Math.abs(cur - prior) / prior) * 100).toFixed(1);
    return [
      '一、一般公共预算收支完成情况',
      `4月，一般公共预算收入累计完成${cur}万元，完成年初预算数${budget}万元的${((cur / budget) * 100).toFixed(1)}%，比上年${up ? '增收' : '减收'}${Math.abs(cur - prior)}万元，${up ? '增长' : '下降'}${shownRate}%。其中：税收收入${tax}万元，非税收入${cur - tax}万元。`,
    ].join('\n');
  };

  it('reads the change against the amount completed, never against the budget, and the parts against the amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 90000 }),
        fc.integer({ min: 2000, max: 90000 }),
        fc.integer({ min: 100000, max: 300000 }),
        fc.double({ min: 0.1, max: 0.9, noNaN: true }),
        (cur, prior, budget, taxShare) => {
          const found = errors(report(cur, prior, budget, Math.round(cur * taxShare)));
          expect(found, shown(found)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('finds a wrong rate of a 减收, computed on the amount completed', () => {
    const found = errors(report(24627, 25697, 60999, 8103, '14.2'));
    expect(found, shown(found)).toHaveLength(1);
    expect(found[0].message).toContain('24,627');
    expect(found[0].message).toContain('4.16');
  });

  it('does not take 增收 for the total its 其中 list breaks down', () => {
    const text = '截至4月底，地方财政收入完成100223万元，较上年同期增长2.61%，增收2546万元。其中：税收收入完成66342万元，较上年同期增长18.39%，增收10304万元。';
    const found = errors(text);
    expect(found, shown(found)).toEqual([]);
  });
});

describe('changes in reports on a whole jurisdiction need no reason per line', () => {
  const warnings = (text: string) => checkNarrativeText(text).filter((f) => f.severity === 'warning');
  const TOWN = [
    '一、全镇收支决算情况',
    '2024年全镇一般公共预算收入3860万元，同比增长24.6%。其中：税收收入2310万元，非税收入1550万元。',
    '——节能环保支出210万元，下降38.5%；',
    '——资源勘探信息支出980万元，增长156.2%。',
  ].join('\n');
  const NATIONAL = '2023年全国政府采购规模为33929.6亿元，较上年减少1063.5亿元，下降3.0%。全国政府性基金预算收入9247亿元，同比下降11%。';

  it('asks no reason of a 镇 决算 report or national figures', () => {
    for (const text of [TOWN, NATIONAL, TOWN.replace(/全镇/g, '我县')]) {
      const found = warnings(text).filter((f) => f.message.includes('未说明原因'));
      expect(found, shown(found)).toEqual([]);
    }
  });

  it('asks no reason of a 决算草案 / 预算草案 put to the 人大, which names no 全区', () => {
    const DRAFT = [
      '2023年某某区财政收支决算草案',
      '区人大常委会：',
      '一、财政收支决算情况',
      '1.收入情况。一般公共预算总收入1011746万元，完成预算数107.06%，增长10.87%，其中：一般公共预算收入243670万元，完成预算数100.69%，增长19.99%',
    ].join('\n');
    const BUDGET_DRAFT = '关于2024年预算执行情况和2025年预算草案的报告\n2024年一般公共预算收入完成85620万元，增长12.4%；政府性基金收入完成23100万元，下降31.6%。';
    for (const text of [DRAFT, BUDGET_DRAFT]) {
      const found = warnings(text).filter((f) => f.message.includes('原因'));
      expect(found, shown(found)).toEqual([]);
    }
  });

  it('asks no reason of a 区本级 / 县本级 决算 by 款, whose main lines are its 主要项目支出', () => {
    // The 福建 区本级 决算 说明 of the eleventh batch (155, 156), in invented variants.
    const OWN_LEVEL = (opening: string) =>
      [
        opening,
        '一、区本级支出决算说明',
        '2023年度某区本级一般公共预算支出数为259989万元,占调整预算数105.8%,增支22991万元,增长9.7%。主要项目支出情况如下:',
        '(一)一般公共服务支出28639万元,较上年减支5273万元,下降15.5%。其中:',
        '1.人大事务1087万元,较上年增支204万元,增长23.1%;',
        '2.统计信息事务680万元,较上年减支57万元,下降7.7%;',
        '3.档案事务95万元,较上年减支4167万元,下降97.8%;',
      ].join('\n');
    for (const opening of [
      '根据财政决算公开原则和职责分工,某区财政局负责区本级财政决算的公开工作,现将2023年区本级财政总决算相关重要事项说明如下:',
      '某县2023年政府预决算相关重要事项说明',
    ]) {
      const found = warnings(OWN_LEVEL(opening)).filter((f) => f.message.includes('未说明原因'));
      expect(found, shown(found)).toEqual([]);
    }
  });

  it('asks no reason of news of a 决算草案 that quotes the 部门决算 and the “三公”经费', () => {
    const NEWS = [
      '市人大常委会会议今日召开,市财政局局长就2023年市级决算草案作报告。今年除涉密部门外,市级部门均将公开部门决算及“三公”经费决算。',
      '去年的“三公”经费财政拨款决算5.6亿元,比年初预算7.3亿元减少1.7亿元,下降23.3%。',
      '分项看,公务接待费决算数2352万元,相比年初预算数6200万元下降62.1%。',
    ].join('\n');
    const found = warnings(NEWS).filter((f) => f.message.includes('未说明原因'));
    expect(found, shown(found)).toEqual([]);
  });

  it('still asks it of a 部门 that spends by 市本级 standards, or whose 项目支出 changed', () => {
    for (const text of [
      '2024年本单位公用经费预算30.00万元,比上年增加9.00万元,增长42.9%,按市本级公用经费开支标准安排。',
      '2024年项目支出预算120.00万元,比上年减少60.00万元,下降33.3%。',
      '2024年部门预算草案编制说明\n2024年本部门基本支出预算300.00万元,比上年增加60.00万元,增长25.0%。',
    ]) {
      const found = warnings(text).filter((f) => f.message.includes('未说明原因'));
      expect(found, `${text}\n${shown(found)}`).toHaveLength(1);
    }
  });

  it('still asks it of a 部门 publication, even one that names 全县', () => {
    const text = '2024年本部门一般公共预算财政拨款支出860.50万元，比上年增加195.20万元，增长29.3%。本部门负责全县的水利工程管理。';
    const found = warnings(text).filter((f) => f.message.includes('未说明原因'));
    expect(found, shown(found)).toHaveLength(1);
  });

  it('reads a cause written before the figure after an ASCII full stop', () => {
    const text = '2022年本部门政府采购支出520.00万元.随着政府购买服务改革的推进,服务类采购增长较快,服务类采购支出300.00万元,较上年增长60.0%。';
    const found = warnings(text).filter((f) => f.message.includes('未说明原因'));
    expect(found, shown(found)).toEqual([]);
  });
});

describe('a table flattened into the text', () => {
  const warnings = (text: string) => checkNarrativeText(text).filter((f) => f.message.includes('缺少百分比数字'));

  it('reads "占调整预算% | 比上年增长% |" as column headings, not percentages without a number', () => {
    const text = ['2023年某镇一般公共预算收入执行情况表 | |||||', '单位:万元 | |||||', '项 目 | 2022年决算数 | 2023年预算调整数 | 2023年执行数 | ||', '金额 | 占调整预算% | 比上年增长% |||', '一、税收收入 | 401 | 431 | 431 | 100 | 7.48 |'].join('\n');
    expect(warnings(text)).toEqual([]);
  });

  // The seventy-fourth batch's 615 L8: a 市's monthly report ends in a table's head run onto one line.
  it('reads "税收比重%" in a head flattened onto one line after its unit as a column, not a percentage left out', () => {
    const text = '1—5月份,全市一般公共预算收入完成458795万元,下降5.2%。\n2024年5月份全市一般公共预算分级次完成情况统计表 单位:万元 单位名称 一般公共预算收入 税收比重% 一般公共预算支出 ';
    expect(warnings(text), shown(warnings(text))).toEqual([]);
  });

  it('still finds a percentage left out after a table unit when the sentence goes on', () => {
    fc.assert(
      fc.property(fc.constantFrom('占', '增长', '比重', '下降'), fc.constantFrom('，', '。', ' ,', ''), (word, after) => {
        const text = `统计表 单位:万元 税收收入300万元,${word} %${after}非税收入100万元。`;
        expect(warnings(text), shown(warnings(text))).toHaveLength(1);
      }),
    );
  });

  it('still finds a percentage left out in prose', () => {
    const found = warnings('2023年本部门基本支出300.00万元，占%；项目支出200.00万元，占40.00%。');
    expect(found, shown(found)).toHaveLength(1);
  });
});

describe('lists whose reading cannot be trusted', () => {
  const town = (a: number, b: number, c: number, sibling: number) => {
    const general = a + b + c;
    const transfer = general + sibling;
    return `全镇一般公共预算收入4200万元，加上级转移支付收入${transfer}万元，其中：一般转移支付收入${general}万元（含均衡性转移支付收入${a}万元、结算补助收入${b}万元、其他一般转移支付收入${c}万元，专项转移支付收入${sibling}万元），上年结转结余80万元，收入合计为${4200 + transfer + 80}万元；本级财政一般公共预算支出合计${4200 + transfer + 80}万元。`;
  };

  it('does not add a sibling written after a comma, nor the 合计 of the outer list, to the parts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 900 }), fc.integer({ min: 1, max: 900 }), fc.integer({ min: 1, max: 900 }), fc.integer({ min: 1, max: 900 }), (a, b, c, sibling) => {
        const found = errors(town(a, b, c, sibling));
        expect(found, shown(found)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('still finds items joined by 、 that exceed their total', () => {
    const found = errors('一般转移支付收入1200万元（含均衡性转移支付收入300万元、结算补助收入500万元、其他一般转移支付收入600万元）。');
    expect(found, shown(found)).toHaveLength(1);
    expect(found[0].message).toContain('1,400');
  });
});

describe('a 其中 list that falls short of its total', () => {
  const SPENDING = (parts: string) => `（二）支出预算：2024年年初预算数1280.40万元，其中：${parts}。`;

  it('asks whether every item is listed, as a warning, when the 类 named add up to less', () => {
    const found = checkNarrativeText(SPENDING('一般公共服务支出900.00万元，社会保障和就业支出200.00万元，住房保障支出60.00万元')).filter((f) => f.severity !== 'info');
    expect(found, shown(found)).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(found[0].message).toContain('120.40');
  });

  it('still calls parts that exceed their total an error', () => {
    const found = errors(SPENDING('一般公共服务支出1000.00万元，社会保障和就业支出200.00万元，住房保障支出160.00万元'));
    expect(found, shown(found)).toHaveLength(1);
  });

  // The eleventh batch's “三公” 决算 (151, 157), in invented variants: the list read short of a kind its passage goes on with.
  const sumFindings = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/sum');

  it('does not call a “三公” list short when the kind it lacks follows after a full stop', () => {
    const text =
      '2023年,县本级“三公”经费支出决算汇总数为560万元,较预算数600万元减少40万元,主要原因是压减一般性支出。其中:因公出国(境)费为0万元,较上年0万元无增减;公务接待费为62万元,较上年70万元减少8万元,主要原因是压减接待,全年接待批次为310次。公务用车购置及运行维护费为498万元,较上年510万元减少12万元。';
    expect(sumFindings(text), shown(sumFindings(text))).toEqual([]);
    // Without the kind it lacks, the list is short: a warning asking for the missing items.
    const cut = text.replace(/公务用车购置及运行维护费为498万元,较上年510万元减少12万元。$/, '全年公务用车保有量为40辆。');
    expect(sumFindings(cut).map((f) => f.severity)).toEqual(['warning']);
  });

  it('does not call a “三公” list short when a nested 其中 stands before its last kind', () => {
    const text =
      '2023年度“三公”经费财政拨款支出决算为62.07万元,其中:因公出国(境)费支出决算为12.02万元;公务用车购置及运行维护费支出决算为27.46万元;其中:公务用车购置支出决算为0万元,公务用车运行维护费支出决算为27.46万元;公务接待费支出决算为22.59万元。';
    expect(sumFindings(text), shown(sumFindings(text))).toEqual([]);
    // Kinds that add up to more than the total are still an error, whatever follows.
    const over = text.replace('决算为62.07万元', '决算为32.07万元');
    expect(sumFindings(over).map((f) => f.severity)).toContain('error');
  });

  it('still calls a short known decomposition an error (人员经费 + 公用经费 of 基本支出)', () => {
    const found = errors('2024年一般公共预算基本支出911000.39元，其中：人员经费809961.19元，公用经费71339.20元。');
    expect(found, shown(found)).toHaveLength(1);
  });
});
