/**
 * 科目名称 checks: a name that does not match its code (code-name), a code no catalog knows
 * (unknown-code) and a code whose name cell is empty (blank-name).
 */
import type { Finding, Severity } from '../findings';
import type { CodeCatalog } from './catalog';
import { levelOfCode, levelWord } from './codes';
import { conflictingNames, learnedName, type WorkbookNames } from './learned';
import type { NameCell } from './name-cells';
import { groupManyUnknown } from './many-unknown';
import type { CodeLookup } from './types';

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

function noteSuffix(hit: CodeLookup): string {
  return hit.note ? `（${hit.note}）` : '';
}

/** The code (other than this one) whose name was written, preferring its own parent 类/款. */
function ownerOfName(catalog: CodeCatalog, c: NameCell): { code: string; level: number } | undefined {
  const owners = catalog.codesNamed(c.system, c.labelKey).filter((o) => o.code !== c.code);
  const ancestor = owners.find((o) => c.code.startsWith(o.code));
  if (ancestor) return ancestor;
  const otherLevel = owners.find((o) => o.level !== levelOfCode(c.code));
  return otherLevel ?? owners.find((o) => o.code.slice(0, 3) === c.code.slice(0, 3)) ?? owners[0];
}

export function checkNamed(c: NameCell, hit: CodeLookup, catalog: CodeCatalog): Finding | undefined {
  const official = hit.name;
  if (catalog.isNameOf(c.labelKey, hit)) return undefined;
  const owner = ownerOfName(catalog, c);
  if (owner) {
    const level = levelOfCode(owner.code) ?? 1;
    const whose = c.code.startsWith(owner.code)
      ? `上级${levelWord(level)}`
      : level !== hit.level
        ? `${levelWord(level)}级科目`
        : '科目';
    return finding(
      c,
      'code-name/other-code',
      'code-name',
      'error',
      `编码 ${c.code} 的名称写成了${whose} ${owner.code} 的名称「${c.label}」，应为「${official}」${noteSuffix(hit)}。`,
    );
  }
  const written = c.labelKey;
  if (written.length >= 2 && catalog.keyOf(official).startsWith(written)) {
    return finding(
      c,
      'code-name/incomplete',
      'code-name',
      'warning',
      `编码 ${c.code} 的名称「${c.label}」不完整（可能被换行截断），应为「${official}」${noteSuffix(hit)}。`,
    );
  }
  if (hit.uncertain) {
    return finding(
      c,
      'code-name/mismatch',
      'code-name',
      'warning',
      `编码 ${c.code} 的名称「${c.label}」与目录名称「${official}」不同，但资料对该编码名称有分歧，请按当年《政府收支分类科目》核对。`,
    );
  }
  return finding(
    c,
    'code-name/mismatch',
    'code-name',
    'error',
    `编码 ${c.code} 的名称应为「${official}」，表中写作「${c.label}」${noteSuffix(hit)}。`,
  );
}

function suggestionText(catalog: CodeCatalog, c: NameCell): string {
  const hints = catalog.suggest(c.system, c.code, c.labelKey, c.year);
  return hints.length ? `；相近编码：${hints.map((h) => `${h.code} ${h.name}`).join('、')}` : '';
}

/** The catalog an unknown code was looked up in, as its message names it. */
function whereLookedUp(c: NameCell, catalog: CodeCatalog): string {
  return catalog.isComplete(c.system, c.year) ? `${c.year} 年导入的《政府收支分类科目》` : `内置${SYSTEM_WORD[c.system]}目录（目录不完整）`;
}

function checkUnknown(c: NameCell, catalog: CodeCatalog, names: WorkbookNames): Finding[] {
  const complete = catalog.isComplete(c.system, c.year);
  const severity: Severity = complete ? 'warning' : 'info';
  const hints = suggestionText(catalog, c);
  const learned = learnedName(names, c.system, c.code);
  const conflict = conflictingNames(names, c.system, c.code);
  const findings: Finding[] = [];
  const malformed = levelOfCode(c.code) === undefined;
  const where = whereLookedUp(c, catalog);
  if (malformed) {
    findings.push(finding(c, 'unknown-code/malformed', 'unknown-code', complete ? 'warning' : 'info', `编码「${c.written}」位数不对，不是完整的类/款/项编码，请核对${hints}。`));
  } else if (c.labelKey === '') {
    if (learned) {
      findings.push(
        finding(c, 'blank-name/fill', 'blank-name', 'info', `编码 ${c.code} 的科目名称为空，应填「${learned.name}」（目录中没有该编码，名称取自本工作簿其他表中一致的写法）。`),
      );
    } else {
      findings.push(finding(c, 'unknown-code/not-in-catalog', 'unknown-code', severity, `编码 ${c.code} 不在${where}中，名称为空，无法自动填写${hints}。`));
    }
  } else if (conflict) {
    findings.push(
      finding(c, 'code-name/inconsistent', 'code-name', 'warning', `编码 ${c.code} 不在${where}中，且本工作簿各表对它的名称写法不一致（${conflict.map((n) => `「${n}」`).join('、')}），请核对${hints}。`),
    );
  } else {
    const trusted = learned ? '，本工作簿各表名称一致，按此名称填写空白' : '';
    findings.push(finding(c, 'unknown-code/not-in-catalog', 'unknown-code', severity, `编码 ${c.code} 不在${where}中，名称「${c.label}」无法核对${trusted}${hints}。`));
  }
  return findings;
}

/** One unknown-code finding per code and name: later cells saying the same thing become related cells. */
function mergeRepeats(findings: Finding[]): Finding[] {
  const first = new Map<string, Map<string, Finding>>();
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.kind !== 'unknown-code') {
      out.push(f);
      continue;
    }
    let byMessage = first.get(f.rule);
    if (!byMessage) first.set(f.rule, (byMessage = new Map()));
    const earlier = byMessage.get(f.message);
    if (earlier) earlier.related.push({ sheet: f.sheet, cell: f.cell }, ...f.related);
    else {
      byMessage.set(f.message, f);
      out.push(f);
    }
  }
  return out;
}

export function checkNameCells(cells: readonly NameCell[], catalog: CodeCatalog, names: WorkbookNames): Finding[] {
  const findings: Finding[] = [];
  const cellOf = new Map<Finding, NameCell>();
  for (const c of cells) {
    const hit = catalog.lookup(c.system, c.code, c.year);
    if (c.embedded) {
      const f = hit && c.labelKey !== '' ? checkNamed(c, hit, catalog) : undefined;
      if (f) findings.push(f);
    } else if (!hit) {
      for (const f of checkUnknown(c, catalog, names)) {
        findings.push(f);
        cellOf.set(f, c);
      }
    } else if (c.labelKey === '') {
      findings.push(finding(c, 'blank-name/fill', 'blank-name', 'info', `编码 ${c.code} 的科目名称为空，应填「${hit.name}」（${hit.source}${hit.note ? '，' + hit.note : ''}）。`));
    } else {
      const f = checkNamed(c, hit, catalog);
      if (f) findings.push(f);
    }
  }
  return groupManyUnknown(mergeRepeats(findings), cellOf, (c) => whereLookedUp(c, catalog));
}
