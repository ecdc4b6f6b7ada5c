/**
 * A reading of a label remembered by the label's text. Real workbooks print the same template
 * labels (header words, 科目 names, summary items) in every table and every department, and the
 * lexicon tries dozens of patterns on each: a label read once is looked up after that. The memory
 * is bounded (emptied when full), so a workbook of ever new labels costs one Map entry per label at
 * most, never an unbounded cache.
 */
const LIMIT = 4096;

/** Keeps a reading, emptying the memory first when it holds `limit` keys. */
function keep<T>(known: Map<string, T>, limit: number, key: string, value: T): T {
  if (known.size >= limit) known.clear();
  known.set(key, value);
  return value;
}

/**
 * A memory of readings by a key that names everything the reading reads (a signature of lines or
 * columns, built by the caller): `read` runs only for a key not seen since the memory was last
 * emptied. Bounded like rememberedByText: emptied when `limit` keys are held.
 */
export function rememberedByKey<T>(limit = LIMIT): (key: string, read: () => T) => T {
  const known = new Map<string, T>();
  return (key: string, read: () => T): T => {
    const hit = known.get(key);
    return hit !== undefined || known.has(key) ? (hit as T) : keep(known, limit, key, read());
  };
}

/** A reading remembered by its text. No closure per lookup: labels are looked up once per line or per cell. */
export function rememberedByText<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text: string): T => {
    const hit = known.get(text);
    return hit !== undefined || known.has(text) ? (hit as T) : keep(known, LIMIT, text, read(text));
  };
}
