/**
 * Drafting the 情况说明 from the recognized tables: a 部门预算 draft for 预算 tables, a 部门决算 draft
 * for 决算 tables, as one model (./model) that the pane, the CLI and the .docx writer all print.
 */
import type { ImportedCatalog } from '../../findings';
import type { WorkbookGrids } from '../../grid/types';
import type { Table } from '../../recognize/types';
import { SHARE_ROUNDING_POLICY } from '../shares';
import { budgetSections } from './budget';
import { finalSections } from './final';
import { line, placeholder, type Draft, type DraftSection } from './model';
import { DraftNames } from './names';
import { readTables } from './readings';
import { draftSubject } from '../subject';
import type { DraftContext } from './context';

export interface DraftOptions {
  /** Tables of the prior year's workbook, for 比上年 sentences. */
  prior?: Table[];
  /** The workbook's grids: year and department written outside the tables (编制单位 lines, covers). */
  grids?: WorkbookGrids;
  /** Overrides of what the workbook states. */
  department?: string;
  year?: number;
  /** Catalogs the user imported, and the classification edition year, for official 科目名称. */
  importedCatalogs?: readonly ImportedCatalog[];
  editionYear?: number;
}

const CHINESE_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八'];

function numbered(sections: DraftSection[]): DraftSection[] {
  return sections.map((s, i) => ({ ...s, heading: line(`${CHINESE_NUMBERS[i] ?? String(i + 1)}、`, s.heading) }));
}

function hasShares(sections: DraftSection[]): boolean {
  return sections.some((s) => s.paragraphs.some((p) => p.spans.some((x) => x.type === 'share')));
}

/** The whole 情况说明 draft. */
export function draftNarrative(tables: Table[], options: DraftOptions = {}): Draft {
  const subject = draftSubject(tables, options.grids);
  const year = options.year ?? subject.year;
  const department = options.department ?? subject.department;
  const names = new DraftNames(tables, { importedCatalogs: options.importedCatalogs, editionYear: options.editionYear, year });
  const codeOfName = (parent: string, written: string) => names.childCodeNamed('function', parent, written);
  const ctx: DraftContext = {
    r: readTables(tables, codeOfName),
    prior: options.prior && options.prior.length > 0 ? readTables(options.prior, codeOfName) : undefined,
    family: subject.family,
    dept: department ?? '本部门',
    year,
    names,
    notes: [],
  };
  const final = subject.family === 'final';
  const sections = numbered(final ? finalSections(ctx) : budgetSections(ctx));
  const notes = [...ctx.notes, ...names.notes()];
  if (hasShares(sections)) notes.push(SHARE_ROUNDING_POLICY);
  if (!ctx.prior && ctx.r.threePublic?.parts.total.prior !== undefined) {
    notes.push(
      `未提供上年${final ? '决算' : '预算'}表：“三公”经费的比上年增减按“三公”经费表所列上年数计算，“${placeholder('reason').text}”处请填写增减变化的主要原因；` +
        `其他部分${final ? '与上年相比的增减情况及原因留待填写' : '未作比上年增减说明'}（--prior 可给出上年工作簿）。`,
    );
  } else if (!ctx.prior) {
    notes.push(
      final
        ? '未提供上年决算表，与上年相比的增减情况及原因留待填写（--prior 可给出上年工作簿）。'
        : '未提供上年预算表，未作比上年增减说明（--prior 可给出上年工作簿）。',
    );
  } else {
    notes.push(`比上年增减按上年${final ? '决算' : '预算'}表计算，“${placeholder('reason').text}”处请填写增减变化的主要原因。`);
  }
  if (department === undefined) notes.push('工作簿中没有找到部门名称（编制单位），草稿以“本部门”称呼，标题留待填写。');
  if (year === undefined) notes.push('工作簿中没有找到年度，草稿中的年度留待填写。');
  const title = line(
    department ?? placeholder('department'),
    year !== undefined ? String(year) : placeholder('year'),
    final ? '年度部门决算情况说明' : '年部门预算情况说明',
  );
  return { title, sections, family: subject.family, ...(year !== undefined ? { year } : {}), department: department ?? '本部门', notes };
}
