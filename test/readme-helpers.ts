/** The catalog-count tables of the README, computed from the shipped catalog (test/readme.test.ts). */
import { SHIPPED_CATALOG } from '../src/engine/catalog';

const SYSTEMS: [string, string][] = [
  ['function', '支出功能分类'],
  ['economic', '部门预算支出经济分类'],
  ['gov-economic', '政府预算支出经济分类'],
  ['revenue', '收入分类'],
];

export function catalogCountsMarkdown(): string {
  const entries = SHIPPED_CATALOG.entries;
  const count = (system: string, pred: (e: (typeof entries)[number]) => boolean) => entries.filter((e) => e.system === system && pred(e)).length;
  const cell = (n: number) => (n ? String(n) : '—');
  const levels = ['| 目录 | 类 | 款 | 项 | 合计 |', '|---|---:|---:|---:|---:|'];
  for (const [system, name] of SYSTEMS) {
    const by = (l: number) => count(system, (e) => e.level === l);
    levels.push(`| ${name} | ${cell(by(1))} | ${cell(by(2))} | ${cell(by(3))} | ${count(system, () => true)} |`);
  }
  const years = [...new Set(entries.flatMap((e) => e.years))].sort();
  const editions = [`| 目录 | ${years.join(' | ')} |`, `|---|${years.map(() => '---:').join('|')}|`];
  for (const [system, name] of SYSTEMS) {
    editions.push(`| ${name} | ${years.map((y) => cell(count(system, (e) => e.years.includes(y)))).join(' | ')} |`);
  }
  return [...levels, '', 'Entries seen in each edition year (one entry can be seen in several):', '', ...editions].join('\n');
}
