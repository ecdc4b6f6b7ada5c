/**
 * A heading that repeats the report's own title in all but its year (src/engine/narrative/text/checks/wording.ts,
 * checkRepeatedTitleYears). Real slip: 151 L17, '迪庆州州本级2020年度“三公”经费决支出情况说明' over a text whose page
 * title (L12) and figures report 2021. Names, years and figures of the properties are invented variants.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkNarrativeText } from '../src/engine/narrative';

const CORPUS = join(__dirname, 'corpus');
const titleYearFindings = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/year' && f.message.startsWith('标题'));

describe('a title repeated with another year (real text)', () => {
  it('151 L17: the heading repeats the L12 title with 2020 (and a dropped 算) over a 2021 决算', () => {
    const found = titleYearFindings(readFileSync(join(CORPUS, 'narrative/texts/151.txt'), 'utf8'));
    expect(found.map((f) => [f.cell, f.severity, f.expected, f.actual])).toEqual([['L17', 'warning', 2021, 2020]]);
    expect(found[0].message).toBe(
      '标题“迪庆州州本级2020年度“三公”经费决支出情况说明”写的是2020年，而文中同一标题“迪庆州州本级2021年度“三公”经费决算支出情况说明”为2021年（本报告的年度），请核对年份。',
    );
  });
});

describe('property: a report title written twice', () => {
  const PLACES = ['迪庆州州本级', '某县县本级', '某区教育局', '某镇人民政府', '某市财政局'];
  const SUBJECTS = ['“三公”经费决算支出情况说明', '部门决算公开情况说明', '“三公”经费预算公开说明', '部门预算编制情况报告'];
  const body = (year: number) => `${year}年,一般公共预算财政拨款“三公”经费支出决算为120万元,较上年减少5万元,下降4%。`;

  it('property: the same title with another year, a character dropped or not, is one warning on that heading', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PLACES),
        fc.constantFrom(...SUBJECTS),
        fc.integer({ min: 2014, max: 2026 }),
        fc.constantFrom(-3, -2, -1),
        fc.boolean(),
        (place, subject, year, off, drop) => {
          const copied = drop ? subject.slice(0, 3) + subject.slice(4) : subject;
          const text = [`${place}${year}年度${subject}`, '', `${place}${year + off}年度${copied}`, '', body(year)].join('\n');
          const found = titleYearFindings(text);
          expect(found.map((f) => [f.cell, f.severity, f.expected, f.actual])).toEqual([['L3', 'warning', year, year + off]]);
        },
      ),
    );
  });

  it('property: the title written twice with the same year, or a heading of other words with another year, is no finding; nor titles in a run (links to other years)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PLACES), fc.constantFrom(...SUBJECTS), fc.integer({ min: 2014, max: 2026 }), (place, subject, year) => {
        const other = SUBJECTS.find((s) => s !== subject)!;
        expect(titleYearFindings([`${place}${year}年度${subject}`, `${place}${year}年度${subject}`, body(year)].join('\n'))).toEqual([]);
        expect(titleYearFindings([`${place}${year}年度${subject}`, `${place}${year - 1}年度${other}`, body(year)].join('\n'))).toEqual([]);
        // Titles of other years' reports in a run at the foot of the page: links, not this report's heading.
        const links = [`${place}${year}年度${subject}`, body(year), `${place}${year - 1}年度${subject}`, `${place}${year - 2}年度${subject}`];
        expect(titleYearFindings(links.join('\n'))).toEqual([]);
      }),
    );
  });
});
