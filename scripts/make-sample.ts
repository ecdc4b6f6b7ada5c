/**
 * Writes the preview's sample workbook, assets/sample/示例-部门预算.xlsx: H1's seed 003 fixture
 * (eleven tables and the 情况说明 of a real 2025 部门预算, genuine publication errors kept) with a
 * few 科目名称 cells blanked so the 科目 tab has names to fill.
 * Run: npx tsx scripts/make-sample.ts
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSeed003Fixture, writeFixture } from '../test/fixtures';

export const SAMPLE_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'sample', '示例-部门预算.xlsx');

/** Kinds and how many coded lines of each get their name blanked (项-level lines first). */
const BLANK: Record<string, number> = { 'general-budget-expense': 2, 'general-budget-basic-expense': 1 };

async function main(): Promise<void> {
  const { workbook, expected } = buildSeed003Fixture();
  const blanked: string[] = [];
  for (const t of expected) {
    let n = BLANK[t.kind] ?? 0;
    const ws = workbook.getWorksheet(t.sheet)!;
    const lines = t.lines.filter((l) => l.code && l.role === 'data').sort((a, b) => (b.level ?? 0) - (a.level ?? 0));
    for (const line of lines) {
      if (n === 0) break;
      const row = ws.getRow(line.row + 1);
      let hit = 0;
      row.eachCell((c, col) => {
        if (!hit && typeof c.value === 'string' && c.value.trim() === line.label) hit = col;
      });
      if (!hit) continue;
      row.getCell(hit).value = null;
      blanked.push(`${t.sheet}!${row.getCell(hit).address}（${line.code} ${line.label}）`);
      n--;
    }
  }
  await mkdir(dirname(SAMPLE_PATH), { recursive: true });
  await writeFixture(workbook, SAMPLE_PATH);
  console.log(`wrote ${SAMPLE_PATH}\nblank names: ${blanked.join('；')}`);
}

void main();
