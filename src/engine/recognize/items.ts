/**
 * Semantic keys of summary lines: the income and expense items of 收支总表 / 财政拨款收支总表
 * ('一般公共预算拨款收入' → general-budget, '本年收入合计' → current-income-total …, the lines under
 * 上年结转结余 as carryover.*) and of the 三公 table (因公出国（境）费 → abroad …). The line role
 * follows the key: totals are 'total', 收入总计 / 支出总计 'grand-total', 三公经费小计 'subtotal'.
 */
import { normalizeLabel } from '../grid/text';
import type { Block, Line, LineKey, LineRole, TableKind } from './types';
import type { ItemKey } from '../model/keys';
import { isBareGrandTotal, itemKeyOf, threePublicKeyOf } from './lexicon';
import { rememberedByText } from '../grid/remembered';

/** The item and 三公 part a label names, by the label as printed: every department prints the same ones. */
const itemOfLabel = rememberedByText((label) => itemKeyOf(normalizeLabel(label)));
const threePublicPartOfLabel = rememberedByText((label) => threePublicKeyOf(normalizeLabel(label)));

const ROLE_BY_KEY: Partial<Record<LineKey, LineRole>> = {
  'current-income-total': 'total',
  'expense-total': 'total',
  'income-grand-total': 'grand-total',
  'expense-grand-total': 'grand-total',
  'three-public': 'subtotal',
};

/** Keys that close the 上年结转结余 section of a block. */
const SECTION_END = new Set<ItemKey>(['income-grand-total', 'expense-grand-total', 'current-income-total', 'expense-total', 'year-end-carryover', 'use-nonfiscal-balance', 'balance-distribution']);

function summaryKeys(blocks: Block[], lines: Line[]): void {
  // One pass over the lines, each block's 上年结转结余 section followed by its own flag.
  const blockAt: (Block | undefined)[] = [];
  for (let b = 0; b < blocks.length; b++) blockAt[blocks[b].index] = blocks[b];
  const inCarryover: boolean[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.role === 'blank' || line.role === 'column-number' || line.code) continue;
    const block = blockAt[line.block];
    if (!block) continue;
    let item = itemOfLabel(line.label);
    if (!item && isBareGrandTotal(normalizeLabel(line.label))) item = block.side === 'expense' ? 'expense-grand-total' : 'income-grand-total';
    if (!item) continue;
    if (item === 'carryover') inCarryover[line.block] = true;
    else if (SECTION_END.has(item)) inCarryover[line.block] = false;
    const key: LineKey = inCarryover[line.block] && item !== 'carryover' ? `carryover.${item}` : item;
    line.key = key;
    const role = ROLE_BY_KEY[key];
    if (role) line.role = role;
  }
}

function threePublicKeys(lines: Line[]): void {
  for (const line of lines) {
    if (line.role === 'blank' || line.role === 'column-number') continue;
    const key = threePublicPartOfLabel(line.label);
    if (!key) continue;
    line.key = key;
    const role = ROLE_BY_KEY[key];
    if (role) line.role = role;
  }
}

export function assignLineKeys(kind: TableKind, blocks: Block[], lines: Line[]): void {
  if (kind === 'three-public') threePublicKeys(lines);
  else if (kind === 'income-expense-summary' || kind === 'fiscal-summary') summaryKeys(blocks, lines);
}
