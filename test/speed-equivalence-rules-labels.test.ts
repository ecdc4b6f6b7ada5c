/**
 * Issue 17, rules (fifth round): readings of a label's text worked out once per distinct text
 * (grid/remembered) answer as reading the text every time — the direct readings kept here as oracles,
 * fed by fast-check with the labels clerks print, repeated as every department's tables repeat them.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readOutline } from '../src/engine/rules/outline';
import { normalizeLabel } from '../src/engine/grid/text';
import { itemNumbering } from '../src/engine/recognize/lexicon';
import type { Line } from '../src/engine/recognize/types';

/** Item and header labels as the templates print them, and odd texts besides. */
const label = fc.oneof(
  fc.constantFrom(
    '一、一般公共预算拨款收入',
    '二、上年结转结余',
    '（一）财政拨款结转',
    '1.财政拨款结转',
    '  其中：公务用车购置费',
    '其中:人员经费',
    '本年收入合计',
    '收 入 总 计',
    '合计',
    '小计',
    '比上年增、减',
    '公务用车购置及运行费',
    '占比（%）',
    '',
  ),
  fc.string({ maxLength: 12 }),
);

describe('readings by label text', () => {
  it('readOutline numbers each line as itemNumbering of its normalised label (property)', () => {
    fc.assert(
      fc.property(fc.array(label, { maxLength: 12 }), (labels) => {
        const lines = labels.map((l, row) => ({ row, label: l, amounts: {} }) as unknown as Line);
        const items = readOutline(lines);
        let inOfWhich = false;
        items.forEach((item, i) => {
          const it = itemNumbering(normalizeLabel(labels[i]));
          if (it.ofWhich) inOfWhich = true;
          else if (it.rank !== undefined) inOfWhich = false;
          expect(item).toEqual({ line: lines[i], text: it.text, rank: it.rank, ofWhich: it.ofWhich || (inOfWhich && it.rank === undefined) });
        });
      }),
    );
  });
});
