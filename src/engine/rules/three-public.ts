/**
 * The lines of a "三公" table add up: 三公经费 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费;
 * 公务用车购置及运行费 = 购置费 + 运行维护费; 因公出国（境）费 = 教学科研人员 + 其他 (when both are listed);
 * and the 合计 line = the 三公 小计 (or, without one, the three parts). Tables that put the parts in
 * columns instead are read by column-sum.
 */
import type { Line, Table } from '../recognize/types';
import { operand, type RuleContext } from './context';
import { columnName, itemText } from './names';
import { amountColumns, figureLines } from './table-parts';

const PARTS_OF: [string, string[]][] = [
  ['three-public', ['abroad', 'vehicle', 'reception']],
  ['vehicle', ['vehicle-purchase', 'vehicle-operation']],
  ['abroad', ['abroad-research', 'abroad-other']],
];

export function checkThreePublicLines(ctx: RuleContext, table: Table): number {
  let compared = 0;
  for (const block of table.blocks) {
    const lines = figureLines(table, block.index);
    const byKey = new Map<string, Line>();
    for (const l of lines) if (l.key && !byKey.has(l.key)) byKey.set(l.key, l);
    const identities: { total: Line; parts: Line[] }[] = [];
    for (const [key, partKeys] of PARTS_OF) {
      const total = byKey.get(key);
      const parts = partKeys.map((k) => byKey.get(k)).filter((l): l is Line => !!l);
      if (total && parts.length === partKeys.length) identities.push({ total, parts });
    }
    const grandTotal = lines.find((l) => l.role === 'total' && !l.key);
    if (grandTotal) {
      const subtotal = byKey.get('three-public');
      const parts = subtotal ? [subtotal] : ['abroad', 'vehicle', 'reception'].map((k) => byKey.get(k)).filter((l): l is Line => !!l);
      // A 合计 over more than the 三公 (会议费, 培训费 …) is not checked against the 三公 alone.
      const others = lines.filter((l) => l !== grandTotal && !l.key && l.role === 'data');
      if (parts.length && others.length === 0) identities.push({ total: grandTotal, parts });
    }
    for (const { total, parts } of identities) {
      for (const column of amountColumns(table, block.index)) {
        const reported = ctx.checkSum({
          rule: 'hierarchy-sum/three-public',
          kind: 'hierarchy-sum',
          total: operand(table, total, column),
          parts: parts.map((p) => operand(table, p, column)),
          subject: () => `“${total.label.replace(/\s+/g, '')}”（${columnName(column)}）按${parts.map(itemText).join('、')}合计`,
        });
        if (reported) compared++;
      }
    }
  }
  return compared;
}
