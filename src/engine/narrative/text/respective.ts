/**
 * Shares stated respectively: "货物、工程、服务采购规模分别为9,027.5亿元、15,664.1亿元和10,301.5亿元，
 * 占全国政府采购规模比例为25.8%、44.8%和29.4%". A run of shares with no figure between them, after a
 * run of values with no share between them, pairs with those values in order — the first share with
 * the first value — not every share with the last value. When the runs cannot be matched one to one
 * the pairing is not certain, and the shares are left unlinked (not checked). One value with two
 * shares after it ("占基本支出的60%，占总支出的30%") is no such run: its shares stay as they are.
 */
import type { ShareLink, SumList } from './structure';
import type { AmountToken, PercentToken } from './tokens';

type Figure = AmountToken | PercentToken;

function sameSentence(a: Figure, b: Figure): boolean {
  return a.para === b.para && a.sentence === b.sentence;
}

/** Each sentence's figures in text order, and each figure's place among them — built once per document. */
function sentencesOf(amounts: readonly AmountToken[], percents: readonly PercentToken[]) {
  const bySentence = new Map<string, Figure[]>();
  for (const f of [...amounts, ...percents]) {
    const key = `${f.para}|${f.sentence}`;
    const list = bySentence.get(key);
    if (list) list.push(f);
    else bySentence.set(key, [f]);
  }
  const place = new Map<Figure, number>();
  for (const list of bySentence.values()) {
    list.sort((x, y) => x.start - y.start);
    list.forEach((f, n) => place.set(f, n));
  }
  return { figuresOf: (t: Figure) => bySentence.get(`${t.para}|${t.sentence}`) ?? [], place: (f: Figure) => place.get(f) ?? -1 };
}

/** The values right before the first share of the run, back to the last share, change or base before them. */
function valueRunBefore(figures: readonly Figure[], first: PercentToken, at: number): AmountToken[] {
  const run: AmountToken[] = [];
  for (let i = at - 1; i >= 0; i--) {
    const f = figures[i];
    if (f.type !== 'amount' || f.role !== 'value' || f.inReason || f.depth !== first.depth) break;
    run.unshift(f);
  }
  return run;
}

/** The values the `k` shares of a run are of: the whole run when it has `k`, or its last `k` when the one before them is their list's head. */
function pairedValues(values: readonly AmountToken[], k: number, parentOf: ReadonlyMap<AmountToken, SumList>): AmountToken[] | undefined {
  if (values.length === k) return [...values];
  if (values.length !== k + 1) return undefined;
  const parts = values.slice(1);
  const list = parentOf.get(parts[0]);
  return list?.head === values[0] && parts.every((p) => parentOf.get(p) === list) ? parts : undefined;
}

export function pairRespectiveShares(
  shares: readonly ShareLink[],
  amounts: readonly AmountToken[],
  percents: readonly PercentToken[],
  parentOf: ReadonlyMap<AmountToken, SumList>,
): ShareLink[] {
  if (shares.length < 2) return [...shares];
  const out: ShareLink[] = [];
  const { figuresOf, place } = sentencesOf(amounts, percents);
  let i = 0;
  while (i < shares.length) {
    // The run: shares of one value, each right after the one before (no figure between).
    let j = i + 1;
    while (
      j < shares.length &&
      shares[j].amount === shares[i].amount &&
      sameSentence(shares[j].percent, shares[i].percent) &&
      place(shares[j].percent) === place(shares[j - 1].percent) + 1
    )
      j++;
    const run = shares.slice(i, j);
    i = j;
    if (run.length < 2) {
      out.push(...run);
      continue;
    }
    const before = valueRunBefore(figuresOf(run[0].percent), run[0].percent, place(run[0].percent));
    if (before.length < 2) {
      out.push(...run);
      continue;
    }
    const values = pairedValues(before, run.length, parentOf);
    if (!values) continue;
    run.forEach((s, n) => {
      const list = parentOf.get(values[n]);
      out.push({ percent: s.percent, amount: values[n], ...(list ? { list } : {}) });
    });
  }
  return out;
}
