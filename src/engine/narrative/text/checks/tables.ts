/**
 * The text against its tables: each figure of this year whose subject and measure are certain
 * against the table figures it stands for (unit-converted; any table that states it may agree), a
 * 科目 written with names the tables do not have, and a statement that a fund has nothing (空表,
 * 无政府性基金预算收支) under a table with figures.
 */
import type { LineWitness, Witness } from '../../facts';
import { halfUnitOf, printedHalfUnitOf } from '../figures';
import { amountText, amountValue, decimalsFor, markChecked, quote, type Doc } from '../document';
import { cellRef } from '../../../model/names';
import { measureOrDefault } from '../structure';
import { classNameKey, type ClassPath } from '../subjects';
import type { AmountToken } from '../tokens';
import { CLASS_LEVEL_MARK, NOTHING_STATEMENTS, speaksOfSuperiorBefore, speaksOfTransfersNotArranged, type NothingStatement } from '../words';
import type { Passage } from '../join';
import { lookup } from './lookup';
import { isCurrentNameOfRenamedCode } from '../renamed-codes';
import { indexOf } from '../facts-index';

/** What a finding on the text's figure `a` says it should be (the table's `fen`, at `d` decimals) and which table figures it rests on. */
function against(a: AmountToken, fen: number, d: number, related: Witness[]) {
  return { expected: amountValue(fen, a.unit, d), actual: a.value, related, key: `${a.start}`, about: a };
}

function checkAmount(doc: Doc, a: AmountToken): void {
  const facts = doc.facts!;
  const measure = measureOrDefault(a.measure, doc.family);
  if (measure === 'execution') return;
  const parentSubject = doc.structure.parentOf.get(a)?.head?.subject;
  const found = lookup(facts, a.subject, measure, doc.family, parentSubject?.core, parentSubject?.fund);
  if (!found || found.witnesses.length === 0) return;
  markChecked(doc, a);
  // The text rounds the table's figure to the precision it prints ('328,662万元' for 328661.81): within half a
  // printed unit it agrees. A table coarser than the text is itself rounded: its own half unit is allowed.
  const h = printedHalfUnitOf(a);
  if (found.witnesses.some((w) => Math.abs(a.fen - w.fen) <= Math.max(h, w.halfUnit) + 1)) return;
  // Not the table's figure rounded, but one printed unit from it: the same amount rounded apart (545.84 / 545.85), rounded
  // twice (4,748.4 from a printed 4,748.35 for 4,748.3458) or cut instead of rounded (328,661 for 328,661.81) — a slip of
  // rounding, a warning, said at the precision the text prints. A unit of a figure under a hundred units ('0.1万元'
  // beside a 0) is no slip of rounding: only the same amount rounded apart is.
  const unit = 2 * h;
  const roundedApart = (w: Witness) => Math.abs(a.fen - w.fen) <= h + w.halfUnit + 1;
  const oneUnitOff = (w: Witness) => roundedApart(w) || (Math.abs(a.fen) >= 100 * unit && Math.abs(a.fen - Math.round(w.fen / unit) * unit) <= unit + w.halfUnit + 1);
  const cutOff = (w: Witness) => a.fen - w.fen <= w.halfUnit + 1 && a.fen - w.fen > -(unit + w.halfUnit + 1);
  const near = found.witnesses.find((w) => oneUnitOff(w) || cutOff(w));
  const d = decimalsFor(a);
  if (near) {
    const cut = a.fen <= near.fen && near.fen - a.fen < unit;
    doc.out.add(
      'amount',
      'warning',
      a,
      `${quote(a)}与表中数${amountText(near.fen, a.unit, a.decimals + 2)}${a.unit}四舍五入后的${amountText(near.fen, a.unit, a.decimals)}${a.unit}不一致（${near.source.table}，${cellRef(near.source.sheet, near.source.cell)}）${cut ? '，文中似截去尾数而未四舍五入' : ''}。`,
      against(a, near.fen, a.decimals, [near]),
    );
    return;
  }
  // 元 written for 万元 (or the reverse): only a match far finer than the figures themselves tells it.
  const asOtherUnit = found.witnesses.find((w) => {
    const converted = a.unit === '元' ? a.fen * 10_000 : a.unit === '万元' ? a.fen / 10_000 : undefined;
    if (converted === undefined) return false;
    const strict = halfUnitOf(a);
    const tol = (a.unit === '元' ? 10_000 * strict : strict / 10_000) + w.halfUnit + 1;
    return Math.abs(converted - w.fen) <= tol && Math.abs(w.fen) > 100 * tol;
  });
  if (asOtherUnit) {
    doc.out.add(
      'unit',
      'error',
      a,
      `${quote(a)}的单位有误：表中为${amountText(asOtherUnit.fen, '万元', 2)}万元（${asOtherUnit.source.table}，${cellRef(asOtherUnit.source.sheet, asOtherUnit.source.cell)}），请把单位改为万元或核对数字。`,
      against(a, asOtherUnit.fen, d, [asOtherUnit]),
    );
    return;
  }
  const w = found.witnesses[0];
  // A 其中 the table left wholly blank (ningguo B8) was not filled in: the text gives what the table lacks.
  if (found.witnesses.every((x) => x.unfilled) && a.fen !== 0) {
    doc.out.add(
      'amount',
      'warning',
      a,
      `${quote(a)}在表中没有填列：${found.what}中该项为空白（${cellRef(w.source.sheet, w.source.cell)}），文中为${amountText(a.fen, a.unit, d)}${a.unit}，请在表中补填。`,
      against(a, w.fen, d, found.witnesses),
    );
    return;
  }
  const inTable = w.blank ? '中该项为空白' : `为${amountText(w.fen, a.unit, d)}${a.unit}`;
  const gap = w.blank ? '' : `（差${amountText(a.fen - w.fen, a.unit, d)}${a.unit}）`;
  doc.out.add(
    'amount',
    'error',
    a,
    `${quote(a)}与表中数不符：${found.what}${inTable}（${cellRef(w.source.sheet, w.source.cell)}），文中为${amountText(a.fen, a.unit, d)}${a.unit}${gap}。`,
    against(a, w.fen, d, found.witnesses),
  );
}

// ------------------------------------------------------------------ 科目 names

/**
 * The name the tables give `code`: a detailed table's first. A name that only begins another name the tables print for the
 * code is that name cut short by its cell (收入决算表 '机关事业单位基本养老保险' beside the 支出决算表's '…缴费支出'): the whole one is the name.
 */
function authoritativeName(doc: Doc, code: string): string | undefined {
  const names = indexOf(doc.facts!).namesByCode.get(code) ?? [];
  const cutShort = (n: { name: string }) => names.some((o) => o.name.length > n.name.length && o.name.startsWith(n.name));
  const whole = names.filter((n) => !cutShort(n));
  return (whole.find((n) => n.detailed) ?? whole[0] ?? names[0])?.name;
}

function codesByName(doc: Doc, level: number, name: string): Set<string> {
  return new Set((indexOf(doc.facts!).namesByClassName.get(`${level}|${classNameKey(name)}`) ?? []).map((n) => n.code));
}

function tablePath(doc: Doc, code: string): string {
  const marks = ['类', '款', '项'];
  const parts: string[] = [];
  for (let level = 1; 3 + 2 * (level - 1) <= code.length; level++) {
    const c = code.slice(0, 3 + 2 * (level - 1));
    parts.push(`${authoritativeName(doc, c) ?? c}（${marks[level - 1]}）`);
  }
  return `${code} ${parts.join('')}`;
}

function writtenPath(path: ClassPath): string {
  const marks = ['类', '款', '项'];
  return path.steps.map((s) => `${s.name ?? ''}（${s.code ?? ''}${marks[s.level - 1]}）`).join('');
}

/** A 科目 written with names the tables do not give it ('医疗卫生与计划生育支出（类）' for 210 卫生健康支出). */
function checkPathNames(doc: Doc, a: AmountToken): void {
  const path = a.subject.path;
  if (!path || path.code || !path.steps.some((s) => s.name)) return;
  // A path taken from the passage before (its topic, where the 科目 is written and was checked) is not written here.
  if (a.inherited && !CLASS_LEVEL_MARK.test(doc.passages[a.para].half)) return;
  // Anchor: the deepest step whose name names one code of its level.
  let anchor: { index: number; code: string } | undefined;
  for (let i = path.steps.length - 1; i >= 0 && !anchor; i--) {
    const st = path.steps[i];
    if (!st.name) continue;
    const codes = codesByName(doc, st.level, st.name);
    if (codes.size === 1) anchor = { index: i, code: [...codes][0] };
  }
  if (!anchor) return;
  const lastLevel = path.steps[path.steps.length - 1].level;
  let code = anchor.code;
  if (anchor.index < path.steps.length - 1) {
    // The deeper names are not in the tables: the line of this amount under the anchor, if one.
    const lines = doc.facts!.functionWitnesses.filter(
      (l: LineWitness) => l.level === lastLevel && l.code.startsWith(anchor!.code) && l.column === 'total' && Math.abs(l.fen - a.fen) <= printedHalfUnitOf(a) + l.halfUnit + 1,
    );
    const codes = new Set(lines.map((l) => l.code));
    if (codes.size !== 1) return;
    code = [...codes][0];
  }
  const wrong = path.steps.some((st) => {
    if (!st.name || 3 + 2 * (st.level - 1) > code.length) return false;
    const stepCode = code.slice(0, 3 + 2 * (st.level - 1));
    const name = authoritativeName(doc, stepCode);
    // The current name of a code the table prints under a former one (20805 行政事业单位养老支出 beside a table's
    // 行政事业单位离退休) is right: the table's old name is the table's to mend, and its checks say so.
    return name !== undefined && classNameKey(name) !== classNameKey(st.name) && !isCurrentNameOfRenamedCode(stepCode, st.name);
  });
  if (!wrong) return;
  markChecked(doc, a);
  doc.out.add('name', 'warning', a, `科目“${writtenPath(path)}”与表中名称不一致：表中为“${tablePath(doc, code)}”，请核对科目名称。`, { key: `name:${a.subject.id}` });
}

// ------------------------------------------------------------------ 空表 / 无…收支 statements


const ANY_STATEMENT_WORD = new RegExp(NOTHING_STATEMENTS.map((s) => s.word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/**
 * Whether `text` names the fund or item of any 无…收支 statement: a passage naming none is passed over
 * by one search, not one per statement (the loop over every passage was compiled by TurboFan in the
 * stage's first run).
 */
export function namesAnyNothingWord(text: string): boolean {
  return ANY_STATEMENT_WORD.test(text);
}

function checkNothingStatements(doc: Doc): void {
  const passages = doc.passages;
  for (let i = 0; i < passages.length; i++) {
    const p = passages[i];
    const text = p.text;
    if (!namesAnyNothingWord(text)) continue;
    let transfersNotArranged: boolean | undefined;
    for (let j = 0; j < NOTHING_STATEMENTS.length; j++) {
      const statement = NOTHING_STATEMENTS[j];
      // Every statement names its fund or item: the patterns run only on a passage that does.
      if (!text.includes(statement.word)) continue;
      if ((transfersNotArranged ??= speaksOfTransfersNotArranged(text))) break;
      checkNothingStatement(doc, p, statement);
    }
  }
}

/** One 无…收支 statement in a passage that names its word (apart from the scan of every passage, which stays small to compile). */
function checkNothingStatement(doc: Doc, p: Passage, { pattern, totalKey, what }: NothingStatement): void {
  const text = p.text;
  const m = pattern.exec(text);
  if (!m || speaksOfSuperiorBefore(text.slice(Math.max(0, m.index - 12), m.index))) return;
  const w = (doc.facts!.totals.get(totalKey) ?? []).find((x) => x.fen !== 0 && measureOrDefault(x.measure, doc.family) === measureOrDefault(undefined, doc.family));
  if (!w) return;
  doc.out.add('empty', 'error', { para: p.index, start: m.index }, `文中说“${m[0]}”，但${w.source.table}有${what}${amountText(w.fen, '万元', 2)}万元（${cellRef(w.source.sheet, w.source.cell)}），请核对说明或表格。`, {
    related: [w],
    key: `empty${totalKey}`,
  });
}

/**
 * '因公出国(境)费用4.2万元,比上年增加4.2万元' where the table's 增减额 for the item is empty beside a 本年 and a 上年 that
 * differ (honghe-xian-2018 E6): the text states the change the table leaves unfilled. Told once a cell, at its first mention.
 */
function checkBlankTableChanges(doc: Doc): void {
  const blanks = doc.facts!.blankThreePublicChanges;
  if (blanks.size === 0) return;
  const told = new Set<string>();
  for (const link of doc.structure.changes) {
    const x = link.change;
    if (!x?.direction || x.inReason || x.garbled || x.difference || x.fen === 0 || !x.subject.id) continue;
    // A change on last year's figure of the same measure, as the table's 增减额 is.
    if (x.year !== doc.reportYear || x.base?.year !== doc.reportYear - 1 || x.base.measure !== undefined) continue;
    const cells = blanks.get(x.subject.id);
    if (!cells || cells.length !== 1) continue;
    const cell = cells[0];
    markChecked(doc, x);
    const ref = cellRef(cell.sheet, cell.cell);
    if (told.has(ref)) continue;
    told.add(ref);
    const d = decimalsFor(x);
    doc.out.add(
      'change',
      'warning',
      x,
      `${quote(x)}在表中没有填列：${cell.table}中该项的增减额为空白（${ref}），文中为${x.direction > 0 ? '增加' : '减少'}${amountText(x.fen, x.unit, d)}${x.unit}，请在表中补填。`,
      { related: [{ fen: 0, source: cell }], key: `blank-change:${ref}`, about: x },
    );
  }
}

export function checkAgainstTables(doc: Doc): void {
  if (!doc.facts) return;
  for (const a of doc.structure.amounts) {
    if (a.role !== 'value' || a.inReason || a.year !== doc.reportYear) continue;
    if (a.subject.id) checkAmount(doc, a);
    if (a.subject.path && !doc.out.hasError(a)) checkPathNames(doc, a);
  }
  checkBlankTableChanges(doc);
  checkNothingStatements(doc);
}
