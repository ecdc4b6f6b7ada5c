/**
 * The numbered outline of item lines in summary tables (收支总表, 财政拨款收支总表, 三公 rows):
 * "一、" opens a top item, "（一）" and "1." deeper ones, and "其中：" starts a list of parts that
 * need not be complete. Unnumbered lines after a numbered one belong to it.
 */
import { normalizeLabel } from '../grid/text';
import type { Line } from '../recognize/types';
import { itemNumbering, type ItemNumbering, type ItemRank } from '../recognize/lexicon';
import { rememberedByText } from '../grid/remembered';

export interface OutlineItem {
  line: Line;
  /** Label without its numbering, normalised. */
  text: string;
  /** 1: 一、 2: （一） 3: 1. 4: （1）; undefined when unnumbered. */
  rank?: ItemRank;
  /** A "其中：" line, or an unnumbered line continuing a 其中 list. */
  ofWhich: boolean;
}

/** A label's numbering, read once per distinct text (grid/remembered); callers copy what they keep. */
const numberingOf = rememberedByText((label): ItemNumbering => itemNumbering(normalizeLabel(label)));

function outlineItem(line: Line): ItemNumbering {
  return numberingOf(line.label);
}

/** Reads lines into outline items, marking the unnumbered lines that continue a 其中 list. */
export function readOutline(lines: Line[]): OutlineItem[] {
  const items: OutlineItem[] = [];
  let inOfWhich = false;
  for (const line of lines) {
    const it = outlineItem(line);
    if (it.ofWhich) inOfWhich = true;
    else if (it.rank !== undefined) inOfWhich = false;
    items.push({ line, text: it.text, rank: it.rank, ofWhich: it.ofWhich || (inOfWhich && it.rank === undefined) });
  }
  return items;
}

export interface OutlineNode {
  item: OutlineItem;
  /** Numbered sub-items: together they make up the item. */
  parts: OutlineNode[];
  /** 其中 / unnumbered sub-items: they cannot exceed the item. */
  ofWhich: OutlineNode[];
}

/**
 * Nests a run of items (none of them a total line): returns the top items. The top level is the
 * shallowest numbering present; unnumbered lines before any numbered line are top items too.
 */
export function nestOutline(items: OutlineItem[]): OutlineNode[] {
  const ranks = items.filter((i) => i.rank !== undefined && !i.ofWhich).map((i) => i.rank as number);
  const top = ranks.length ? Math.min(...ranks) : undefined;
  const tops: OutlineNode[] = [];
  let stack: { node: OutlineNode; rank: number }[] = [];
  for (const item of items) {
    const node: OutlineNode = { item, parts: [], ofWhich: [] };
    if (item.ofWhich || (item.rank === undefined && stack.length > 0 && stack[stack.length - 1].rank > 0)) {
      const owner = stack[stack.length - 1];
      if (owner) {
        owner.node.ofWhich.push(node);
        continue;
      }
    }
    if (item.rank === undefined || top === undefined || item.rank <= top) {
      tops.push(node);
      // A new stack: emptying the old one (`length = 0`) is a runtime call, and this runs for every top item.
      stack = [{ node, rank: item.rank ?? 0 }];
      continue;
    }
    while (stack.length && stack[stack.length - 1].rank >= item.rank) stack.pop();
    const owner = stack[stack.length - 1];
    if (owner) owner.node.parts.push(node);
    else tops.push(node);
    stack.push({ node, rank: item.rank });
  }
  return tops;
}
