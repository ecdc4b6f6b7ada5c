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

/** A reading remembered by its text. No closure per lookup: labels are looked up once per line or per cell. */
export function rememberedByText<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text: string): T => {
    const hit = known.get(text);
    return hit !== undefined || known.has(text) ? (hit as T) : keep(known, LIMIT, text, read(text));
  };
}

/**
 * A reading remembered by its input itself, where a key naming everything the reading reads would cost
 * more to build than comparing: inputs are kept under a cheap key (`placeOf`) as `keptOf` copies them,
 * and a later input is answered by the kept one `same` finds equal. Bounded like the others: emptied
 * when `limit` inputs are held.
 */
export function rememberedByComparison<I, K, T>(
  placeOf: (input: I) => string,
  keptOf: (input: I) => K,
  same: (input: I, kept: K) => boolean,
  read: (input: I) => T,
  limit = LIMIT,
): (input: I) => T {
  let known = new Map<string, { kept: K; value: T }[]>();
  let held = 0;
  return (input: I): T => {
    const place = placeOf(input);
    const candidates = known.get(place);
    if (candidates) for (let i = 0; i < candidates.length; i++) if (same(input, candidates[i].kept)) return candidates[i].value;
    const entry = { kept: keptOf(input), value: read(input) };
    if (held >= limit) {
      known = new Map();
      held = 0;
    }
    const list = known.get(place);
    if (list) list.push(entry);
    else known.set(place, [entry]);
    held++;
    return entry.value;
  };
}
