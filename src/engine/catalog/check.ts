/**
 * 科目名称 checks: a name that does not match its code (code-name), a code no catalog knows
 * (unknown-code) and a code whose name cell is empty (blank-name).
 */
import type { Finding, Severity } from '../findings';
import type { CodeCatalog } from './catalog';
import { levelOfCode, levelWord } from './codes';
import { learnedName, namedOnce, namesInConflict, type Seen, type WorkbookNames } from './learned';
import type { NameCell } from './name-cells';
import { groupManyUnknown, relatedOf, type UnknownFinding, type UnknownRule, type UnknownWording } from './many-unknown';
import type { CodeLookup } from './types';
import { quote } from '../model/names';

const SYSTEM_WORD = { function: '功能分类', economic: '部门经济分类', 'gov-economic': '政府经济分类', revenue: '收入分类' } as const;

function finding(c: NameCell, rule: string, kind: Finding['kind'], severity: Severity, message: string): Finding {
  return {
    rule,
    kind,
    severity,
    sheet: c.sheet,
    cell: c.cell,
    related: c.codeCells.map((cell) => ({ sheet: c.sheet, cell })),
    message,
  };
}

/** A lookup's note ('内置目录中该编码的名称取自 2023 年的资料') as a sentence after the finding's own. */
function noteSentence(hit: CodeLookup): string {
  return hit.note ? `${hit.note}。` : '';
}

/**
 * For a name the catalog knows only from another year than the table's: where it is from, and that
 * the table's year may name the code otherwise (the difference is then a warning, not an error).
 */
function otherYearSentence(c: NameCell, hit: CodeLookup): string {
  const year = c.year !== undefined ? ` ${c.year} 年` : '本表年度';
  return `${hit.note ?? '目录中该编码的名称不是本表年度的'}，${year.trim()}的名称可能已调整，请按${year}《政府收支分类科目》核对。`;
}

/** The code (other than this one) whose name was written, preferring its own parent 类/款. */
function ownerOfName(catalog: CodeCatalog, c: NameCell): { code: string; level: number } | undefined {
  const owners = catalog.codesNamed(c.system, c.labelKey).filter((o) => o.code !== c.code);
  const ancestor = owners.find((o) => c.code.startsWith(o.code));
  if (ancestor) return ancestor;
  const otherLevel = owners.find((o) => o.level !== levelOfCode(c.code));
  return otherLevel ?? owners.find((o) => o.code.slice(0, 3) === c.code.slice(0, 3)) ?? owners[0];
}

/**
 * A minor wording variant of the official name: one character more or less, not the first, in a name
 * of five characters or more ('机关事业单位基本养老保险费' for …保险缴费). A missing or added qualifier
 * ('研究与开发' for 技术研究与开发) or a changed character is no variant.
 */
function isMinorVariant(written: string, official: string): boolean {
  const [short, long] = written.length < official.length ? [written, official] : [official, written];
  if (long.length !== short.length + 1 || short.length < 5) return false;
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return i > 0;
  return false;
}

/**
 * '303 | | 离退休人员经费' above '303 | 01 | 退休费': an 经济分类 类 heading whose lines below name 科目 of its own code's
 * (退休费 is a 303 款, whatever number the table gives it) is the 类 it says; its words are the template's label for what
 * the 类 holds in a 基本支出 table (人员经费, 公用经费, 离退休人员经费), not another 科目's name. A 功能分类 类 is printed
 * by its catalog name ('221 住房支出' is a slip), and a 款 or 项 keeps its name checked as written ('研究与开发' for
 * 技术研究与开发, whatever its 项 below).
 */
function itemsConfirmHeading(cells: readonly NameCell[], at: number, catalog: CodeCatalog): boolean {
  const c = cells[at];
  for (let j = at + 1; j < cells.length; j++) {
    const d = cells[j];
    if (d.table !== c.table || d.code.length <= c.code.length || !d.code.startsWith(c.code)) return false;
    if (catalog.codesNamed(d.system, d.labelKey).some((o) => o.code.length > c.code.length && o.code.startsWith(c.code))) return true;
  }
  return false;
}

/**
 * `cells` and `at`: the table's name cells and this one's place among them, when at hand — an 经济分类 类 named as no
 * catalog names any code whose lines below confirm it (itemsConfirmHeading) is then a label to bring in line with the
 * catalog (a warning), not a wrong 科目.
 */
export function checkNamed(c: NameCell, hit: CodeLookup, catalog: CodeCatalog, cells?: readonly NameCell[], at = -1): Finding | undefined {
  const official = hit.name;
  if (catalog.keyOf(official) === c.labelKey) return undefined;
  if (hit.outdatedNames.some((n) => catalog.keyOf(n) === c.labelKey)) {
    return finding(
      c,
      'code-name/former-name',
      'code-name',
      'warning',
      `编码 ${c.code} 的名称${quote(c.label)}是旧版《政府收支分类科目》的名称，${c.year ? `${c.year} 年` : '现行'}名称为${quote(official)}，请更新。${noteSentence(hit)}`,
    );
  }
  if (catalog.isNameOf(c.labelKey, hit)) return undefined;
  const owner = ownerOfName(catalog, c);
  if (owner) {
    const level = levelOfCode(owner.code) ?? 1;
    const whose = c.code.startsWith(owner.code)
      ? `上级${levelWord(level)}`
      : level !== hit.level
        ? `${levelWord(level)}级科目`
        : '科目';
    const wrote = `编码 ${c.code} 的名称写成了${whose} ${owner.code} 的名称${quote(c.label)}`;
    return hit.knownForYear
      ? finding(c, 'code-name/other-code', 'code-name', 'error', `${wrote}，应为${quote(official)}。${noteSentence(hit)}`)
      : finding(c, 'code-name/other-code', 'code-name', 'warning', `${wrote}，目录名称为${quote(official)}。${otherYearSentence(c, hit)}`);
  }
  const written = c.labelKey;
  if (written.length >= 2 && catalog.keyOf(official).startsWith(written)) {
    return finding(
      c,
      'code-name/incomplete',
      'code-name',
      'warning',
      `编码 ${c.code} 的名称${quote(c.label)}不完整（可能被换行截断），应为${quote(official)}。${noteSentence(hit)}`,
    );
  }
  if (isMinorVariant(c.labelKey, catalog.keyOf(official))) {
    return finding(
      c,
      'code-name/variant',
      'code-name',
      'warning',
      `编码 ${c.code} 的名称${quote(c.label)}与目录名称${quote(official)}相差一字，请按目录写法核对。${noteSentence(hit)}`,
    );
  }
  if (hit.uncertain) {
    return finding(
      c,
      'code-name/mismatch',
      'code-name',
      'warning',
      `编码 ${c.code} 的名称${quote(c.label)}与目录名称${quote(official)}不同，但资料对该编码名称有分歧，请按当年《政府收支分类科目》核对。`,
    );
  }
  if (hit.knownForYear && hit.level === 1 && (c.system === 'economic' || c.system === 'gov-economic') && cells && itemsConfirmHeading(cells, at, catalog)) {
    return finding(
      c,
      'code-name/heading-label',
      'code-name',
      'warning',
      `编码 ${c.code} 的名称表中写作${quote(c.label)}，目录名称为${quote(official)}；其下所列科目属于 ${c.code}，编码无误，请按目录名称改正。${noteSentence(hit)}`,
    );
  }
  return hit.knownForYear
    ? finding(c, 'code-name/mismatch', 'code-name', 'error', `编码 ${c.code} 的名称应为${quote(official)}，表中写作${quote(c.label)}。${noteSentence(hit)}`)
    : finding(c, 'code-name/mismatch', 'code-name', 'warning', `编码 ${c.code} 的名称表中写作${quote(c.label)}，目录名称为${quote(official)}。${otherYearSentence(c, hit)}`);
}

interface HintNode {
  next: Map<CodeLookup, HintNode>;
  text?: string;
}

/**
 * The「相近编码」clause of unknown codes, written once per list of suggestions: a long sheet of
 * codes no catalog knows has 100,000 of them and a few hundred lists, and its messages then share
 * the clause. Lists are told apart by their lookups themselves (the catalog hands out one lookup per
 * code and year), so finding a list's text builds nothing.
 */
class SuggestionTexts {
  private readonly root: HintNode = { next: new Map() };

  constructor(private readonly catalog: CodeCatalog) {}

  of(c: NameCell): string {
    const hints = this.catalog.suggest(c.system, c.code, c.labelKey, c.year);
    let node = this.root;
    for (const h of hints) {
      let next = node.next.get(h);
      if (!next) node.next.set(h, (next = { next: new Map() }));
      node = next;
    }
    return (node.text ??= hints.length ? `；相近编码：${hints.map((h) => `${h.code} ${h.name}`).join('、')}` : '');
  }
}

/** The catalog an unknown code was looked up in, as its message names it. */
function whereLookedUp(c: NameCell, catalog: CodeCatalog): string {
  if (catalog.isComplete(c.system, c.year)) return `${c.year} 年导入的《政府收支分类科目》`;
  const listed = catalog.everySiblingListed(c.system, c.code, c.year);
  if (listed) return `内置${SYSTEM_WORD[c.system]}目录（其中列有 ${c.code.slice(0, 3)} 类 ${listed.since}—${listed.until} 年的全部款）`;
  return `内置${SYSTEM_WORD[c.system]}目录（目录不完整）`;
}

/** The messages and findings of unknown codes, worded only for the codes that are shown or compared. */
class UnknownCodeWording implements UnknownWording {
  private readonly suggestions: SuggestionTexts;
  private readonly messages = new Map<UnknownFinding, string>();

  constructor(
    private readonly catalog: CodeCatalog,
    private readonly names: WorkbookNames,
  ) {
    this.suggestions = new SuggestionTexts(catalog);
  }

  whereOf(c: NameCell): string {
    return whereLookedUp(c, this.catalog);
  }

  /** The「相近编码」clause of an unknown code ('' when nothing is close). */
  hints(c: NameCell): string {
    return this.suggestions.of(c);
  }

  message(u: UnknownFinding): string {
    let m = this.messages.get(u);
    if (m === undefined) this.messages.set(u, (m = this.word(u)));
    return m;
  }

  findingOf(u: UnknownFinding): Finding {
    return { rule: u.rule, kind: 'unknown-code', severity: u.severity, sheet: u.cell.sheet, cell: u.cell.cell, related: relatedOf(u), message: this.message(u) };
  }

  private word(u: UnknownFinding): string {
    const c = u.cell;
    const hints = this.hints(c);
    if (u.rule === 'unknown-code/malformed') return `编码${quote(c.written)}位数不对，不是完整的类/款/项编码，请核对${hints}。`;
    const where = this.whereOf(c);
    if (c.labelKey === '') return `编码 ${c.code} 不在${where}中，名称为空，无法自动填写${hints}。`;
    const trusted = learnedName(this.names, c.system, c.code) ? '，本工作簿各表名称一致，按此名称填写空白' : '';
    return `编码 ${c.code} 不在${where}中，名称${quote(c.label)}无法核对${trusted}${hints}。`;
  }
}

/**
 * A code no catalog knows: a finding of its own (a name to fill, names that differ), or an unknown
 * code to word later. `seen`: what the workbook writes for the code (undefined: this name is blank).
 */
function checkUnknown(c: NameCell, seen: Seen | undefined, catalog: CodeCatalog, names: WorkbookNames, wording: UnknownCodeWording): Finding | UnknownFinding {
  const severity: Severity = catalog.isComplete(c.system, c.year) || catalog.everySiblingListed(c.system, c.code, c.year) ? 'warning' : 'info';
  if (levelOfCode(c.code) === undefined) return { cell: c, rule: 'unknown-code/malformed', severity, alone: false };
  if (c.labelKey === '') {
    const learned = learnedName(names, c.system, c.code);
    return learned
      ? finding(c, 'blank-name/fill', 'blank-name', 'info', `编码 ${c.code} 的科目名称为空，应填${quote(learned.name)}。目录中没有该编码，名称取自本工作簿其他表中一致的写法。`)
      : { cell: c, rule: 'unknown-code/not-in-catalog', severity, alone: false };
  }
  const conflict = namesInConflict(seen);
  if (conflict) {
    return finding(c, 'code-name/inconsistent', 'code-name', 'warning', `编码 ${c.code} 不在${wording.whereOf(c)}中，且本工作簿各表对它的名称写法不一致（${conflict.map(quote).join('、')}），请核对${wording.hints(c)}。`);
  }
  return { cell: c, rule: 'unknown-code/not-in-catalog', severity, alone: namedOnce(names, c.system, c.code, seen!) };
}

/**
 * Two unknown codes of one rule whose messages are worded from the same facts (code, system, edition
 * year, name as written): their messages are equal without wording either. Other pairs may still
 * say the same (another year looked up in the same catalog): their messages are compared.
 */
function sameWordingInputs(a: UnknownFinding, b: UnknownFinding): boolean {
  const x = a.cell;
  const y = b.cell;
  return a.rule === b.rule && x.code === y.code && x.system === y.system && x.year === y.year && x.label === y.label && x.labelKey === y.labelKey && (a.rule !== 'unknown-code/malformed' || x.written === y.written);
}

/**
 * One unknown-code finding per code and name: later cells saying the same thing become related
 * cells of the first (and are shown no more). Two messages of a rule can only be equal when they
 * name the same code (as written, for a malformed one), so only those are compared, and only
 * those are worded here; a code whose name is written in one cell alone is compared with none.
 */
function mergeRepeats(unknowns: UnknownFinding[], wording: UnknownCodeWording): UnknownFinding[] {
  const first = new Map<UnknownRule, Map<string, UnknownFinding | UnknownFinding[]>>();
  const kept: UnknownFinding[] = [];
  for (const u of unknowns) {
    if (u.alone) {
      kept.push(u);
      continue;
    }
    let byCode = first.get(u.rule);
    if (!byCode) first.set(u.rule, (byCode = new Map()));
    const named = u.rule === 'unknown-code/malformed' ? u.cell.written : u.cell.code;
    const same = byCode.get(named);
    if (same !== undefined) {
      const saysTheSame = (e: UnknownFinding) => sameWordingInputs(e, u) || wording.message(e) === wording.message(u);
      const earlier = Array.isArray(same) ? same.find(saysTheSame) : saysTheSame(same) ? same : undefined;
      if (earlier) {
        (earlier.repeats ??= []).push(u.cell);
        u.shown = null;
        continue;
      }
    }
    if (same === undefined) byCode.set(named, u);
    else if (Array.isArray(same)) same.push(u);
    else byCode.set(named, [same, u]);
    kept.push(u);
  }
  return kept;
}

/** `names`: learned from these same cells (learnWorkbookNames). */
export function checkNameCells(cells: readonly NameCell[], catalog: CodeCatalog, names: WorkbookNames): Finding[] {
  const list: (Finding | UnknownFinding)[] = [];
  const unknowns: UnknownFinding[] = [];
  const wording = new UnknownCodeWording(catalog, names);
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    const hit = c.hit;
    if (c.embedded) {
      const f = hit && c.labelKey !== '' ? checkNamed(c, hit, catalog) : undefined;
      if (f) list.push(f);
    } else if (!hit) {
      const f = checkUnknown(c, names.ofCell[i], catalog, names, wording);
      if (!('kind' in f)) unknowns.push(f);
      list.push(f);
    } else if (c.labelKey === '') {
      list.push(finding(c, 'blank-name/fill', 'blank-name', 'info', `编码 ${c.code} 的科目名称为空，应填${quote(hit.name)}。名称取自${hit.source}${hit.note ? `；${hit.note}` : ''}。`));
    } else {
      const f = checkNamed(c, hit, catalog, cells, i);
      if (f) list.push(f);
    }
  }
  groupManyUnknown(mergeRepeats(unknowns, wording), wording);
  const findings: Finding[] = [];
  for (const x of list) {
    if ('kind' in x) findings.push(x);
    else if (x.shown === undefined) findings.push(wording.findingOf(x));
    else if (x.shown) findings.push(x.shown);
  }
  return findings;
}
