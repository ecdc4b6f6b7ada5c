/** A1 address helpers. Engine coordinates are 0-based; A1 strings appear only in findings and UI. */
import type { Rect } from './types';

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) throw new RangeError(`不是列字母: ${letters}`);
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rectToA1(rect: Rect): string {
  const a = toA1(rect.top, rect.left);
  const b = toA1(rect.bottom, rect.right);
  return a === b ? a : `${a}:${b}`;
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = CELL_RE.exec(address.trim());
  if (!m) return undefined;
  const row = Number(m[2]) - 1;
  if (row < 0) return undefined;
  return { row, col: columnIndex(m[1]) };
}

export function parseRangeA1(range: string): Rect | undefined {
  const bare = range.includes('!') ? range.slice(range.lastIndexOf('!') + 1) : range;
  const [a, b] = bare.split(':');
  const p = parseA1(a);
  const q = b === undefined ? p : parseA1(b);
  if (!p || !q) return undefined;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function rectContains(rect: Rect, row: number, col: number): boolean {
  return row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
}
