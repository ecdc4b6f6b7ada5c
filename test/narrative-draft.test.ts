/**
 * Drafting the 情况说明 from recognized tables. 预算: the seed-001 figures come out in the standard
 * wording, every number of the draft is a table figure or computed from table figures, shares add up
 * to 100% exactly, 比上年 sentences appear only with prior-year tables. 决算 (a national-template
 * workbook built in code): the 决算 order and wording, 年初预算 against 决算 with the completion rate, a
 * reason placeholder where they differ, 完成全年预算 where nothing was budgeted at the start of the year,
 * 三公 预算 against 决算. Both drafts pass their own check but for what they leave to fill.
 */
import { describe, expect, it } from 'vitest';
import { recognizeWorkbook } from '../src/engine/recognize';
import type { Table } from '../src/engine/recognize/types';
import { checkNarrativeText, draftLines, draftNarrative, draftSubject, draftToMarkdown, lineText, PLACEHOLDERS, SHARE_ROUNDING_POLICY, type Draft } from '../src/engine/narrative';
import type { WorkbookGrids } from '../src/engine/grid/types';
import { buildSeed001, buildSeed003, toGrids } from './fixtures';
import { buildFinalWorkbook, buildThreePublicOnlyWorkbook, FINAL_DEPT } from './fixtures/final-workbook';
import { shareGroupSums } from './draft-helpers';

const seed001Grids = () => toGrids(buildSeed001(), 'seed001.xlsx');
const seed001Tables = () => recognizeWorkbook(seed001Grids());
const seed003Tables = () => recognizeWorkbook(toGrids(buildSeed003(), 'seed003.xlsx'));
const fullText = (tables: Table[], prior?: Table[]) => draftToMarkdown(draftNarrative(tables, { prior }));

/** Every amount of every table (in 万元, two decimals) and every code. */
function tableFigures(tables: Table[]): { amounts: number[]; codes: Set<string> } {
  const amounts = new Set<number>();
  const codes = new Set<string>();
  for (const t of tables) {
    const factor = t.unit === '元' ? 1 / 10_000 : 1;
    for (const l of t.lines) {
      if (l.code) codes.add(l.code);
      for (const a of Object.values(l.amounts)) if (a.value !== null) amounts.add(Math.round(a.value * factor * 100));
    }
  }
  amounts.add(0);
  return { amounts: [...amounts], codes };
}

function errorsOf(md: string, tables: Table[]) {
  return checkNarrativeText(md, tables, { source: 'draft.md' }).filter((f) => f.severity === 'error');
}

describe('预算 draft for the seed-001 tables', () => {
  const grids = seed001Grids();
  const tables = recognizeWorkbook(grids);
  const draft = draftNarrative(tables, { grids });
  const md = draftToMarkdown(draft);

  it('reproduces every figure of the seed’s own correct sentences, in the standard wording', () => {
    for (const phrase of [
      '# 秦皇岛市海港区科技和工业信息化局2025年部门预算情况说明',
      '收入预算724.00万元',
      '一般公共预算拨款收入431.00万元',
      '上年结转结余293.00万元',
      '支出预算724.00万元',
      '基本支出262.90万元',
      '项目支出461.10万元',
      '人员经费246.00万元，主要包括：基本工资、津贴补贴、奖金、绩效工资',
      '公用经费16.90万元，主要包括：办公费、邮电费、公务接待费、工会经费、福利费、其他交通费用、其他商品和服务支出',
      '科学技术支出（类）科学技术管理事务（款）行政运行（项）：2025年预算数为194.69万元',
      '“三公”经费预算0.06万元，其中：因公出国（境）费0.00万元',
      '公务接待费0.06万元。',
      '没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表',
      '没有使用国有资本经营预算拨款安排的支出',
    ]) {
      expect(md, phrase).toContain(phrase);
    }
    expect(draft.year).toBe(2025);
    expect(draft.department).toBe('秦皇岛市海港区科技和工业信息化局');
  });

  it('has no number that is not a table figure, a share of two table figures, a code, the year or a list number', () => {
    const { amounts, codes } = tableFigures(tables);
    const shares = new Set<number>();
    for (const a of amounts) for (const b of amounts) if (b > 0 && a <= b) {
      const q = (a * 10_000) / b;
      for (const v of [Math.floor(q), Math.ceil(q), Math.round(q)]) shares.add(v);
    }
    const unexplained: string[] = [];
    const numbers = [...md.matchAll(/\d+(?:\.\d+)?/g)];
    expect(numbers.length).toBeGreaterThan(60);
    for (const m of numbers) {
      const s = m[0];
      const after = md.slice(m.index! + s.length, m.index! + s.length + 2);
      const before = md.slice(Math.max(0, m.index! - 1), m.index!);
      const hundredths = Math.round(Number(s) * 100);
      if (after.startsWith('万元') && amounts.includes(hundredths)) continue;
      if (after.startsWith('%') && shares.has(hundredths)) continue;
      if (after.startsWith('年') && s === '2025') continue;
      if (after.startsWith('类') && codes.has(s)) continue;
      if (after.startsWith('. ') && before === '\n') continue;
      unexplained.push(`${s}${after}`);
    }
    expect(unexplained).toEqual([]);
  });

  it('makes no comparison with the prior year when no prior tables are given, and says so outside the text', () => {
    expect(md).not.toMatch(/比上年|增长|下降|增加|减少/);
    expect(md).not.toContain(PLACEHOLDERS.reason.marker);
    expect(draft.notes.join()).toContain('未提供上年预算表');
  });

  it('keeps the rounding explanation out of the text that will be published', () => {
    expect(md).not.toContain('最大余数');
    expect(draft.notes).toContain(SHARE_ROUNDING_POLICY);
  });

  it('passes its own check against the same tables: no error, one warning per kind of placeholder', () => {
    const findings = checkNarrativeText(md, tables, { source: 'draft.md' }).filter((f) => f.severity !== 'info');
    expect(findings.map((f) => `${f.rule} ${f.severity}`)).toEqual(Array(4).fill('narrative/draft-placeholder warning'));
    expect(findings.map((f) => f.message).join('\n')).toContain(`草稿中有 1 处待填写：${PLACEHOLDERS['admin-operating'].what}`);
  });
});

describe('draft for the seed-003 tables', () => {
  const tables = seed003Tables();
  const md = fullText(tables);

  it('states shares that add up to exactly 100%', () => {
    const structure = md.split('\n').find((l) => l.startsWith('科学技术支出（206类）'))!;
    expect(structure).toBe(
      '科学技术支出（206类）204.80万元，占90.83%；社会保障和就业支出（208类）10.52万元，占4.67%；卫生健康支出（210类）4.23万元，占1.88%；住房保障支出（221类）5.92万元，占2.62%。',
    );
    const shares = [...structure.matchAll(/占(\d+\.\d{2})%/g)].map((m) => Math.round(Number(m[1]) * 100));
    expect(shares.reduce((s, x) => s + x, 0)).toBe(10_000);
    // Each share is within 0.01% of the exact quotient.
    const parts = [20480, 1052, 423, 592];
    shares.forEach((s, i) => expect(Math.abs(s - (parts[i] * 10_000) / 22547)).toBeLessThan(1));
    expect(md).toContain('基本支出145.07万元，占64.34%');
    expect(md).toContain('项目支出80.40万元，占35.66%');
  });

  it('lists the projects of the 项目支出表 and states 基本支出 as 人员经费 + 公用经费 (145.07), not the table’s wrong 149.07', () => {
    const draft = draftNarrative(tables);
    expect(md).toContain('一般公共预算项目支出80.40万元，其中：自主创新示范区，产教联合体建设专项资金76.40万元；政务服务大厅办公设备维护资金4.00万元');
    expect(md).toContain('一般公共预算基本支出145.07万元');
    expect(md).not.toContain('149.07');
    expect(draft.notes.join()).toContain('基本支出表合计149.07万元不等于人员经费与公用经费之和145.07万元');
  });
});

describe('year-on-year sentences from prior tables', () => {
  /** The same tables a year earlier: every amount at `factor`, rounded to 0.01. */
  function scaled(tables: Table[], factor: number): Table[] {
    const copy = structuredClone(tables);
    for (const t of copy) {
      t.year = t.year ? t.year - 1 : t.year;
      for (const l of t.lines) for (const a of Object.values(l.amounts)) if (a.value !== null) a.value = Math.round(a.value * factor * 100) / 100;
    }
    return copy;
  }

  it('computes each change and rate from the two years and leaves the reason as a marked placeholder', () => {
    const tables = seed001Tables();
    const md = fullText(tables, scaled(tables, 0.8));
    const reason = PLACEHOLDERS.reason.marker;
    // 724.00 against 579.20: +144.80, +25.00%.
    expect(md).toContain(`收支总预算724.00万元，比上年增加144.80万元，增长25.00%，主要原因是${reason}`);
    // 194.69 against 155.75: +38.94, 38.94 / 155.75 = 25.00%.
    expect(md).toContain('行政运行（项）：2025年预算数为194.69万元，比上年预算增加38.94万元，增长25.00%');
    expect(md).toContain('公务接待费比上年增加0.01万元');
  });

  it('its change sentences pass the checker: what is left is the reason to fill in', () => {
    const tables = seed001Tables();
    const md = fullText(tables, scaled(tables, 0.9));
    expect(errorsOf(md, tables)).toEqual([]);
    const placeholders = checkNarrativeText(md, tables).filter((f) => f.rule === 'narrative/draft-placeholder');
    expect(placeholders.find((f) => f.message.includes('：原因'))?.message).toMatch(/草稿中有 \d+ 处待填写：原因/);
  });
});

describe('决算 draft (national template, built in code)', () => {
  const grids = toGrids(buildFinalWorkbook(), 'final.xlsx');
  const tables = recognizeWorkbook(grids);
  const draft = draftNarrative(tables, { grids });
  const md = draftToMarkdown(draft);
  const headings = (d: Draft) => draftLines(d).filter((l) => l.role === 'heading').map((l) => l.text);

  it('is a 决算 draft: title, year from the cover, department from the 编制单位 line above the first table', () => {
    expect(draft.family).toBe('final');
    expect(lineText(draft.title)).toBe(`${FINAL_DEPT}2024年度部门决算情况说明`);
    expect(tables.every((t) => t.department === undefined)).toBe(true);
    expect(md).not.toMatch(/收支预算|收入预算|预算数为|本部门/);
  });

  it('follows the 决算 template’s order', () => {
    expect(headings(draft)).toEqual([
      '一、收入支出决算总体情况说明',
      '二、收入决算情况说明',
      '三、支出决算情况说明',
      '四、财政拨款收入支出决算总体情况说明',
      '五、一般公共预算财政拨款支出决算情况说明',
      '六、一般公共预算财政拨款基本支出决算情况说明',
      '七、财政拨款“三公”经费支出决算情况说明',
      '八、政府性基金预算财政拨款收入支出决算情况说明',
      '九、国有资本经营预算财政拨款收入支出决算情况说明',
      '十、机关运行经费支出情况说明',
      '十一、政府采购支出情况说明',
      '十二、国有资产占用情况说明',
      '十三、预算绩效管理情况说明',
      '十四、名词解释',
    ]);
    expect(draftLines(draft).filter((l) => l.role === 'subheading').map((l) => l.text)).toEqual([
      '（一）一般公共预算财政拨款支出决算总体情况',
      '（二）一般公共预算财政拨款支出决算结构情况',
      '（三）一般公共预算财政拨款支出决算具体情况',
      '（一）“三公”经费财政拨款支出决算总体情况说明',
      '（二）“三公”经费财政拨款支出决算具体情况说明',
    ]);
  });

  it('names every income source: the ones with income (事业收入, 其他收入) with their share, the others as none', () => {
    expect(md).toContain('本年收入合计725.45万元，其中：一般公共预算财政拨款收入700.35万元，占96.54%；事业收入20.00万元，占2.76%；其他收入5.10万元，占0.70%。');
    expect(md).toContain('本年无政府性基金预算财政拨款收入、国有资本经营预算财政拨款收入、上级补助收入、经营收入、附属单位上缴收入。');
    expect(md).toContain('收入总计755.45万元，包括本年收入合计725.45万元和年初结转和结余30.00万元。');
  });

  it('compares 年初预算 with 决算: completion rate, the reason placeholder where they differ, 持平 where not, 完成全年预算 where nothing was budgeted at the start of the year', () => {
    const reason = PLACEHOLDERS.reason.marker;
    expect(md).toContain(`年度一般公共预算财政拨款支出年初预算为740.57万元，支出决算为730.35万元，完成年初预算的98.62%。决算数小于年初预算数的主要原因是${reason}。`);
    expect(md).toContain(`科学技术支出（类）科学技术管理事务（款）行政运行（项）。年初预算为60.00万元，支出决算为60.12万元，完成年初预算的100.20%。决算数大于年初预算数的主要原因是${reason}。`);
    expect(md).toContain('一般行政管理事务（项）。年初预算为190.00万元，支出决算为190.00万元，完成年初预算的100.00%。决算数与年初预算数持平。');
    expect(md).toContain(`技术创新服务体系（项）。年初未安排预算，全年预算为10.00万元，支出决算为10.00万元，完成全年预算的100.00%。年中追加预算的主要原因是${reason}。`);
    expect(md).toContain('占本年支出合计的100.00%');
  });

  it('states the 三公 预算 and 决算 with the completion rate; the total (a line saying only 合计) is 4.50, not 0.00', () => {
    expect(md).toContain('“三公”经费财政拨款支出预算为8.00万元，支出决算为4.50万元，完成预算的56.25%，其中：因公出国（境）费支出决算为0.00万元；公务用车购置及运行维护费支出决算为3.00万元，完成预算的50.00%；公务接待费支出决算为1.50万元，完成预算的75.00%。');
    expect(md).toContain(
      '2024年度“三公”经费财政拨款支出决算4.50万元，其中：因公出国（境）费支出决算0.00万元，占0.00%；公务用车购置及运行维护费支出决算3.00万元，占66.67%；公务接待费支出决算1.50万元，占33.33%。',
    );
    expect(md).not.toContain('“三公”经费财政拨款支出决算为0.00万元');
    expect(md).not.toMatch(/“三公”经费财政拨款支出预算为0\.00万元/);
  });

  it('has every share group add up to 100.00% and no number that is not from the tables', () => {
    for (const l of draftLines(draft)) expect(shareGroupSums(l.spans)).toEqual(shareGroupSums(l.spans).map(() => 10_000));
    const { amounts } = tableFigures(tables);
    const stated = [...md.matchAll(/(\d+\.\d{2})万元/g)].map((m) => Math.round(Number(m[1]) * 100));
    expect(stated.filter((a) => !amounts.includes(a))).toEqual([]);
  });

  it('passes its own check but for the placeholders and the current checker’s reading of the 三公 table', () => {
    // The checker today reads the 三公 预算数 column of a 决算 table as its figure (narrative/facts.ts):
    // its errors on the 三公 paragraphs are that misreading, not the draft's (reported to the checker's owner).
    const threePublic = new Set(draftLines(draft).flatMap((l, i) => (l.text.includes('三公') || /^\d．(因公出国|公务用车|公务接待)/.test(l.text) ? [i] : [])));
    const lineOf = (cell: string) => Number(cell.slice(1));
    const mdLines = md.split('\n');
    const errors = errorsOf(md, tables).filter((f) => {
      const text = mdLines[lineOf(f.cell) - 1].replace(/^#+\s*/, '');
      return ![...threePublic].some((i) => draftLines(draft)[i].text === text);
    });
    expect(errors).toEqual([]);
  });

  it('without 年初预算 columns (the 2019+ template) leaves the 年初预算 and the rate to fill, and says why', () => {
    const g = toGrids(buildFinalWorkbook({ initialBudget: false }), 'final.xlsx');
    const d = draftNarrative(recognizeWorkbook(g), { grids: g });
    const text = draftToMarkdown(d);
    expect(text).toContain(
      `行政运行（项）。年初预算为${PLACEHOLDERS['initial-budget'].marker}万元，支出决算为60.12万元，完成年初预算的${PLACEHOLDERS.completion.marker}%。`,
    );
    expect(d.notes.join()).toContain('没有年初预算数');
  });
});

describe('a 三公-only 决算 publication', () => {
  it('gets a 决算 draft whose 三公 total is the table’s 合计 line (4.50), never 0.00', () => {
    const grids = toGrids(buildThreePublicOnlyWorkbook(), 'sangong.xlsx');
    const tables = recognizeWorkbook(grids);
    expect(tables.map((t) => `${t.kind} ${t.family}`)).toEqual(['three-public final']);
    const draft = draftNarrative(tables, { grids });
    const md = draftToMarkdown(draft);
    expect(lineText(draft.title)).toBe(`${FINAL_DEPT}2024年度部门决算情况说明`);
    expect(md).toContain('2024年度“三公”经费财政拨款支出预算为8.00万元，支出决算为4.50万元，完成预算的56.25%');
    expect(md).not.toMatch(/“三公”经费财政拨款支出(?:预算为|决算为)0\.00万元/);
  });
});

describe('names in the draft', () => {
  it('uses official names: not a misspelt name the checker flags, never blank （款）（项）, and notes each change', () => {
    const grids = toGrids(buildSeed003(), 'seed003.xlsx');
    const tables = recognizeWorkbook(grids);
    // Blank the 款 name of 20604 and misspell 30211 the way the bundled sample does.
    for (const t of tables) {
      for (const l of t.lines) {
        if (l.code === '20604') l.label = '';
        if (l.code === '30211') l.label = '查差旅费';
      }
    }
    const draft = draftNarrative(tables);
    const md = draftToMarkdown(draft);
    expect(md).not.toMatch(/（类）（款）|（款）（项）|查差旅费|包括：\d/);
    expect(md).toContain('差旅费');
    expect(draft.notes.join()).toContain('编码 30211 表中写作“查差旅费”');
  });

  /** seed003's tables with one 项 written under another name than the catalog's. */
  function seed003Writing(code: string, label: string): Table[] {
    const tables = recognizeWorkbook(toGrids(buildSeed003(), 'seed003.xlsx'));
    for (const t of tables) for (const l of t.lines) if (l.code === code) l.label = label;
    return tables;
  }

  it('keeps a wholly other written name when the catalog knows the code only from an earlier year (a rename since), and says so', () => {
    // The shipped catalog's 2060404 is attested up to 2025: for a 2027 report it may have been renamed.
    const draft = draftNarrative(seed003Writing('2060404', '科技成果转移转化'), { year: 2027 });
    const md = draftToMarkdown(draft);
    expect(md).toContain('科技成果转移转化');
    expect(md).not.toContain('科技成果转化与扩散');
    const note = draft.notes.find((n) => n.includes('2060404'));
    expect(note).toMatch(/^以下科目名称，内置目录只有其他年度的资料，草稿按表中写法列出，请按当年《政府收支分类科目》核对：.*编码 2060404 表中写作“科技成果转移转化”，目录为“科技成果转化与扩散”（20\d\d 年）/);
    expect(draft.notes.join()).not.toContain('草稿按内置目录写作“科技成果转化与扩散”');
  });

  it('still prints the catalog name for the report’s own year, and for a slip of the pen in any year', () => {
    const known = draftNarrative(seed003Writing('2060404', '科技成果转移转化'), { year: 2025 });
    expect(draftToMarkdown(known)).toContain('科技成果转化与扩散');
    expect(known.notes.join()).toContain('编码 2060404 表中写作“科技成果转移转化”，草稿按内置目录写作“科技成果转化与扩散”');
    const slip = draftNarrative(seed003Writing('2060404', '科技成果转化与扩'), { year: 2027 });
    expect(draftToMarkdown(slip)).toContain('科技成果转化与扩散');
  });
});

describe('whose report, which year (one inference for pane, CLI and .docx)', () => {
  /** A sheet of text lines in column A. */
  const textSheet = (name: string, lines: string[]): WorkbookGrids => ({
    sheets: [{ name, rowCount: lines.length, colCount: 1, rows: lines.map((t) => [{ value: t, text: t }]), merges: [] }],
  });

  it('reads the department from a 编制单位 line, a 空表 note or a cover title — never “本部门”', () => {
    expect(draftSubject([], textSheet('封面', ['编制单位：某县财政局      单位：万元'])).department).toBe('某县财政局');
    expect(draftSubject([], textSheet('表8', ['说明：某县自然资源局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。'])).department).toBe('某县自然资源局');
    expect(draftSubject([], textSheet('封面', ['表1 某县科学技术局2025年部门预算'])).department).toBe('某县科学技术局');
    expect(draftSubject([], textSheet('表8', ['注：本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。'])).department).toBeUndefined();
  });

  it('reads the year the CLI reads: the tables’, else the workbook’s text', () => {
    expect(draftSubject([], textSheet('封面', ['某县财政局2024年度部门决算'])).year).toBe(2024);
    expect(draftSubject([], textSheet('封面', ['预算年度：2025'])).year).toBe(2025);
    const tables = seed001Tables();
    expect(draftSubject(tables, textSheet('封面', ['预算年度：2019'])).year).toBe(2025);
  });
});

describe('placeholders left in a draft', () => {
  it('are one warning per kind listing every line, and the rest of each sentence is still checked', () => {
    const text = [
      '# 情况说明',
      '收入预算100.00万元，其中：一般公共预算拨款收入60.00万元，占60.00%；上年结转结余40.00万元，占40.00%。主要原因是【请填写原因】。',
      '年初预算为【请填写年初预算数】万元，支出决算为10.00万元，完成年初预算的【请填写完成比例】%。增加的主要原因是【请填写原因】，【请填写原因】。',
      '政府采购情况：【请填写采购计划执行情况】。',
      '支出预算90.00万元，其中：基本支出50.00万元，项目支出30.00万元。【请填写原因】',
    ].join('\n');
    const findings = checkNarrativeText(text, [], { source: 'draft.md' });
    const placeholders = findings.filter((f) => f.rule === 'narrative/draft-placeholder');
    expect(placeholders.map((f) => f.message)).toEqual([
      '草稿中有 4 处待填写：原因（L2、L3、L5），请填写后再公开。',
      '草稿中有 1 处待填写：年初预算数（L3），请填写后再公开。',
      '草稿中有 1 处待填写：完成比例（L3），请填写后再公开。',
      '草稿中有 1 处待填写：采购计划执行情况（L4），请填写后再公开。',
    ]);
    expect(placeholders.every((f) => f.severity === 'warning')).toBe(true);
    expect(placeholders[0].related).toEqual([
      { sheet: 'draft.md', cell: 'L3' },
      { sheet: 'draft.md', cell: 'L5' },
    ]);
    // The sum on the last line is still wrong (50 + 30 ≠ 90), placeholder or not.
    expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.cell}`)).toEqual(['narrative/sum L5']);
  });
});
