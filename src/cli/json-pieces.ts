/**
 * JSON.stringify(value) in pieces that join to exactly its text, so that a large answer is written
 * piece by piece instead of as one string (and then one buffer of the same size): a long sheet's
 * report holds 100,000 findings marked cell by cell, some 40 MB of JSON.
 */

/** About this many characters per piece. */
const PIECE_CHARS = 1 << 20;

/** Arrays and objects nested deeper than this are written whole (a finding among a finding's members). */
const SPLIT_DEPTH = 6;

/** Arrays and plain objects without toJSON: what JSON.stringify writes member by member. */
function isSplittable(value: unknown): value is Record<string, unknown> | unknown[] {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** The JSON of a value as small strings, in order; undefined where JSON.stringify leaves a property out. */
function* parts(value: unknown, depth: number): Generator<string> {
  if (depth >= SPLIT_DEPTH || !isSplittable(value)) {
    const json = JSON.stringify(value);
    if (json !== undefined) yield json;
    return;
  }
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      if (i) yield ',';
      let wrote = false;
      for (const p of parts(value[i], depth + 1)) {
        wrote = true;
        yield p;
      }
      if (!wrote) yield 'null'; // undefined, a function or a symbol in an array, as JSON.stringify writes them
    }
    yield ']';
    return;
  }
  yield '{';
  let first = true;
  for (const [key, member] of Object.entries(value)) {
    const inner = parts(member, depth + 1);
    const head = inner.next();
    if (head.done) continue; // left out, as JSON.stringify leaves out undefined members
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    yield head.value;
    yield* inner;
  }
  yield '}';
}

/** JSON.stringify(value) as pieces of about PIECE_CHARS characters (a value of no JSON gives none). */
export function* jsonPieces(value: unknown): Generator<string> {
  let piece = '';
  for (const p of parts(value, 0)) {
    piece += p;
    if (piece.length >= PIECE_CHARS) {
      yield piece;
      piece = '';
    }
  }
  if (piece) yield piece;
}
