/**
 * A table whose title names one year while its own columns report a later one (a 2018 决算 under
 * '红河县2017年“三公”经费决算统计表': columns 2017年决算数 | 2018年决算数, the title copied from the year
 * before and not updated). Warned only when both are read for certain: the title names exactly one
 * year, and a column of the table's own figures (决算数 in a 决算, 预算数 in a 预算) names the later
 * one. A title naming two years, or columns comparing two years under a title of the report year
 * (2018年预算 with 2017年执行数), is no mismatch. A change column headed with the title's stale year
 * ('2017年决算比上年增减情况' over 2018 − 2017) carries the same slip and is named with it.
 */
import { toA1 } from '../grid/a1';
import type { Column, HeaderNode, Table } from '../recognize/types';
import { namesChange, namesYear, yearsNamed } from '../recognize/lexicon';
import { disclosure as say } from './messages';
import { compared, type TableRule } from './rule';

/** The distinct years a title or header names, letter-spaced or not ('2 0 1 7 年'). */
const yearsIn = (text: string) => yearsNamed(text.replace(/\s+/g, ''));

/** The column of the table's own figures that names its year (a later year than the title's). */
function ownColumnOf(table: Table, year: number): Column | undefined {
  const own = table.family === 'final' ? 'final' : 'budget';
  return table.columns.find((c) => c.role === 'amount' && c.measure === own && !namesChange(c.label) && namesYear(c.label, year));
}

/** Header cells of changes that name only `year`: '2017年决算比上年增减情况'. */
function changeHeadersNaming(nodes: HeaderNode[], year: number): HeaderNode[] {
  return nodes.flatMap((n) => {
    const here = namesChange(n.label) && /上年/.test(n.label) && yearsIn(n.label).join() === String(year) ? [n] : [];
    return [...here, ...changeHeadersNaming(n.children, year)];
  });
}

export const titleYear: TableRule = {
  id: 'disclosure/year',
  advisory: true,
  applies: (table) => table.title !== undefined && table.titleCell !== undefined && table.year !== undefined,
  run: (ctx, table) => {
    const titled = yearsIn(table.title ?? '');
    const year = table.year;
    if (titled.length !== 1 || year === undefined || titled[0] >= year) return compared(1);
    const column = ownColumnOf(table, year);
    if (!column || !table.titleCell) return compared(1);
    const stale = titled[0];
    const warn = (cell: string, message: string) =>
      ctx.report({ rule: 'disclosure/year/title', kind: 'narrative', severity: 'warning', sheet: table.sheet, cell, related: [], expected: year, actual: stale, message });
    warn(toA1(table.titleCell.row, table.titleCell.col), say.staleTitleYear(table, stale, year, column.label));
    for (const header of changeHeadersNaming(table.header, stale)) {
      warn(toA1(header.rect.top, header.rect.left), say.staleChangeYear(table, header.label, stale, year));
    }
    return compared(1);
  },
};
