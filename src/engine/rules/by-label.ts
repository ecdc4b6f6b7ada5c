/**
 * What a rule reads from a label's text alone, worked out once per distinct text: every
 * department's tables print the same headers and item labels (the 财政部 templates), so a workbook
 * of many departments repeats them table after table. Only for readings that depend on the text
 * and nothing else. Bounded: a workbook of ever-new labels cannot grow it without end.
 */
const MAX_TEXTS = 4096;

export function byLabel<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    const found = known.get(text);
    if (found !== undefined || known.has(text)) return found as T;
    const value = read(text);
    if (known.size >= MAX_TEXTS) known.clear();
    known.set(text, value);
    return value;
  };
}
