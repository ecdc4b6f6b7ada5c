/**
 * The 科目名称 a draft prints for a code: the official name of the report's year (imported catalog,
 * then the shipped one), or — for a code no catalog knows — the name the workbook writes the same way
 * in every table. Never the name as written when the catalog says otherwise for the report's year (a
 * name the checker flags, a typo, a former 类 name), never a blank: a code with no name anywhere gets a
 * placeholder. A name the catalog has only from another year yields to a wholly other written name (the
 * code may have been renamed since). Every replacement is noted for the clerk, who should correct the
 * table itself.
 */
import { distance as editDistance } from 'fastest-levenshtein';
import type { ImportedCatalog } from '../../findings';
import type { Table } from '../../recognize/types';
import { CodeCatalog } from '../../catalog/catalog';
import { nameCells } from '../../catalog/name-cells';
import { conflictingNames, learnedName, learnWorkbookNames, type WorkbookNames } from '../../catalog/learned';
import { isBlankName, nameKey, sameName } from '../../catalog/names';
import type { CatalogSystem, CodeLookup } from '../../catalog/types';
import { quote } from '../../model/names';

export interface NameOptions {
  importedCatalogs?: readonly ImportedCatalog[];
  /** Edition year of the classification; default the report year. */
  editionYear?: number;
  year?: number;
}

/** A slip of the pen rather than another name: one contains the other, or one or two characters differ. */
function nearlySame(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  if (x.includes(y) || y.includes(x)) return true;
  return editDistance(x, y) <= Math.max(1, Math.floor(Math.min(x.length, y.length) / 4));
}

export class DraftNames {
  private readonly catalog: CodeCatalog;
  private readonly year?: number;
  private readonly noted = new Map<string, string>();
  /** Written names kept over a catalog name of another year. */
  private readonly kept = new Map<string, string>();
  private learnedNames?: WorkbookNames;

  constructor(
    private readonly tables: readonly Table[],
    private readonly options: NameOptions = {},
  ) {
    this.catalog = new CodeCatalog(options.importedCatalogs ?? []);
    this.year = options.editionYear ?? options.year;
  }

  /** Names the workbook writes the same way everywhere: read only when a code is in no catalog. */
  private get learned(): WorkbookNames {
    this.learnedNames ??= learnWorkbookNames(nameCells(this.tables, this.catalog, this.options.editionYear));
    return this.learnedNames;
  }

  private readonly named = new Map<string, string | undefined>();

  /** The name to print beside or for a code (功能分类 paths): the code decides, or undefined when nothing names it. */
  name(system: CatalogSystem, code: string, written: string): string | undefined {
    const key = `${system}|${code}|${written}`;
    if (!this.named.has(key)) this.named.set(key, this.lookupName(system, code, written));
    return this.named.get(key);
  }

  private lookupName(system: CatalogSystem, code: string, written: string): string | undefined {
    const hit = this.catalog.lookup(system, code, this.year);
    const blank = isBlankName(written);
    if (hit) {
      if (blank || sameName(written, [hit.name])) return hit.name;
      // The sources disagree about this code's name: the written one may be right (the checker only asks to verify).
      if (hit.uncertain) return written.trim();
      if (this.renamedSince(hit, written)) {
        if (!this.kept.has(code)) this.kept.set(code, `编码 ${code} 表中写作${quote(written.trim())}，目录为${quote(hit.name)}${hit.editionYear ? `（${hit.editionYear} 年）` : ''}`);
        return written.trim();
      }
      this.note(code, `编码 ${code} 表中写作${quote(written.trim())}，草稿按${hit.origin === 'imported' ? '导入目录' : '内置目录'}写作${quote(hit.name)}`);
      return hit.name;
    }
    return this.unknownCode(system, code, written);
  }

  /**
   * The name to print for a line listed by name only (the 经济分类 items under 人员经费 / 公用经费).
   * When name and code disagree the table is wrong in one of them: a written name that is another
   * code's official name was probably put on the wrong code (款 numbered 01, 02 … in sequence) and is
   * printed; a misspelt name (查差旅费) gives way to its code's; any other name is left out.
   */
  listedName(system: CatalogSystem, code: string, written: string): string | undefined {
    const hit = this.catalog.lookup(system, code, this.year);
    if (!hit || isBlankName(written) || sameName(written, [hit.name]) || hit.uncertain || this.renamedSince(hit, written)) return this.name(system, code, written);
    const owner = this.catalog.codesNamed(system, written).find((o) => o.code !== code && o.level === hit.level);
    const official = owner ? this.catalog.lookup(system, owner.code, this.year) : undefined;
    if (official) {
      this.note(code, `编码 ${code} 的名称应为${quote(hit.name)}，表中写作${quote(written.trim())}（${owner!.code} 的名称），草稿按所写名称列出，请核对编码`);
      return official.name;
    }
    if (nearlySame(written, hit.name)) return this.name(system, code, written);
    this.note(code, `编码 ${code} 的名称应为${quote(hit.name)}，表中写作${quote(written.trim())}，无法确定哪一个有误，草稿未列出该项`);
    return undefined;
  }

  /**
   * The catalog knows this code's name only from another year than the report's, and the table writes
   * a wholly other name — not a slip of the pen, not a name the catalog knows to be out of date: the
   * code may have been renamed since (the checker only warns), so the draft keeps the table's name.
   */
  private renamedSince(hit: CodeLookup, written: string): boolean {
    return !hit.knownForYear && !sameName(written, hit.outdatedNames) && !nearlySame(written, hit.name);
  }

  /** A 项 under `parent` whose official name is `written` (for a line whose own code is misprinted). */
  childCodeNamed(system: CatalogSystem, parent: string, written: string): string | undefined {
    if (isBlankName(written)) return undefined;
    const children = this.catalog.codesNamed(system, written).filter((c) => c.code.length === parent.length + 2 && c.code.startsWith(parent));
    return children.length === 1 ? children[0].code : undefined;
  }

  private unknownCode(system: CatalogSystem, code: string, written: string): string | undefined {
    const blank = isBlankName(written);
    const learned = learnedName(this.learned, system, code);
    if (learned) return learned.name;
    if (!blank) {
      if (conflictingNames(this.learned, system, code)) this.note(code, `编码 ${code} 不在目录中，各表写法不一致，草稿采用${quote(written.trim())}`);
      return written.trim();
    }
    this.note(code, `编码 ${code} 不在目录中且名称为空，草稿留待填写`);
    return undefined;
  }

  private note(code: string, text: string): void {
    if (!this.noted.has(code)) this.noted.set(code, text);
  }

  /** What the draft printed differently from the tables, for the clerk. */
  notes(): string[] {
    const notes: string[] = [];
    if (this.noted.size > 0) notes.push(`以下科目名称与表中写法不同，请先核对并更正表格：${[...this.noted.values()].join('；')}。`);
    if (this.kept.size > 0) {
      notes.push(`以下科目名称，内置目录只有其他年度的资料，草稿按表中写法列出，请按当年《政府收支分类科目》核对：${[...this.kept.values()].join('；')}。`);
    }
    return notes;
  }
}
