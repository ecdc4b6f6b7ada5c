/**
 * A reading of a label remembered by the label's text. Real workbooks print the same template
 * labels (header words, 科目 names, summary items) in every table and every department, and the
 * lexicon tries dozens of patterns on each: a label read once is looked up after that. The memory
 * is bounded (emptied when full), so a workbook of ever new labels costs one Map entry per label at
 * most, never an unbounded cache.
 */
const LIMIT = 4096;

export function rememberedByText<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text: string): T => {
    const hit = known.get(text);
    if (hit !== undefined || known.has(text)) return hit as T;
    const value = read(text);
    if (known.size >= LIMIT) known.clear();
    known.set(text, value);
    return value;
  };
}
