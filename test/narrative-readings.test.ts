/**
 * Sentences of real 情况说明 that can be read two ways: the checker reads them as a clerk does, and
 * where a figure could belong to either of two totals it reports only what neither reading explains.
 * Paragraphs are invented in the wordings of published documents (事业运行经费 of a 民政局 budget, a
 * 乡镇 收入预算, 车辆运行维护费 against last year).
 */
import { describe, expect, it } from 'vitest';
import { checkNarrativeText } from '../src/engine/narrative';

const problems = (text: string) => checkNarrativeText(text).filter((f) => f.severity !== 'info');
const brief = (text: string) => problems(text).map((f) => `${f.cell} ${f.severity} ${f.rule} ${f.message}`);

const RUNNING_COSTS = [
  '另外，下属事业单位事业运行经费总预算安排 8650000 元，其中：基本支出预算 650000 元，项目支出预算 8000000 元，同比增加 2650000 元，增长 44.17%，主要原因是新增养老服务补贴项目。',
];

const CORRECT = { RUNNING_COSTS };

describe('correct paragraphs raise nothing', () => {
  it.each(Object.entries(CORRECT))('%s', (_name, lines) => {
    expect(brief(lines.join('\n'))).toEqual([]);
  });
});

describe('a change right after a breakdown that adds up, naming no figure of its own', () => {
  const text = (rate: string) => RUNNING_COSTS[0].replace('增长 44.17%', `增长 ${rate}`);

  it('may be the total’s (2650000 ÷ 6000000 = 44.17%) or the last part’s (2650000 ÷ 5350000 = 49.53%): either agrees', () => {
    expect(brief(text('44.17%'))).toEqual([]);
    expect(brief(text('49.53%'))).toEqual([]);
  });

  it('is an error when neither reading agrees', () => {
    const found = problems(text('52.00%'));
    expect(found.map((f) => `${f.cell} ${f.severity} ${f.rule}`)).toEqual(['L1 error narrative/change']);
  });

  it('is the last part’s when the other parts state changes of their own: an increase larger than its 0 is still wrong', () => {
    const lines = [
      '支出预算 1200 万元，其中：财政拨款支出预算 1200 万元，比 2023 年预算增加 150 万元。',
      '财政拨款支出预算中，一般公共预算拨款支出预算 1200 万元，比 2023 年预算增加 150 万元；政府性基金拨款支出预算 0 万元，比 2023 年预算增加 150 万元。',
    ];
    const found = problems(lines.join('\n'));
    expect(found.map((f) => `${f.cell} ${f.severity} ${f.rule}`)).toEqual(['L2 error narrative/change']);
    expect(found[0].message).toContain('不可能为负数');
  });
});
