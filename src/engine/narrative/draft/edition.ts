/**
 * The order of a draft's sections: the 部门预算 and 部门决算 templates open with the same six, each
 * written in its edition's words (budget.ts, final.ts); the edition's own sections follow.
 */
import type { DraftContext } from './context';
import type { DraftSection } from './model';

/** Writes one section; nothing when the tables hold nothing for it. */
export type SectionWriter = (ctx: DraftContext) => DraftSection | undefined;

const OPENING = ['totalSection', 'incomeSection', 'expenseSection', 'fiscalSection', 'generalBudgetSection', 'basicSection'] as const;

/** An edition's writers of the six opening sections, by name. */
export type OpeningWriters = Record<(typeof OPENING)[number], SectionWriter>;

/** The sections of one edition's draft, in the template's order, leaving out those with nothing to say. */
export function editionSections(ctx: DraftContext, opening: OpeningWriters, own: SectionWriter[]): DraftSection[] {
  return [...OPENING.map((name) => opening[name]), ...own].map((write) => write(ctx)).filter((s): s is DraftSection => !!s);
}
