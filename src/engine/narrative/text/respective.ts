/**
 * Shares stated respectively: "货物、工程、服务采购规模分别为9,027.5亿元、15,664.1亿元和10,301.5亿元，
 * 占全国政府采购规模比例为25.8%、44.8%和29.4%". A run of shares with no figure between them, after a
 * run of values with no share between them, pairs with those values in order — the first share with
 * the first value — not every share with the last value. When the runs cannot be matched one to one
 * the pairing is not certain, and the shares are left unlinked (not checked). One value with two
 * shares after it ("占基本支出的60%，占总支出的30%") is no such run: its shares stay as they are.
 */
import type { ChangeLink, ShareLink, SumList } from './structure';
import type { AmountToken, PercentToken } from './tokens';
import { ONLY_JOINING_WORDS, RESPECTIVELY } from './words';

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

/** The values right before the first figure of a run (`first`, at `at`), back to the last share, change or base before them. */
function valueRunBefore(figures: readonly Figure[], first: Figure, at: number): AmountToken[] {
  const run: AmountToken[] = [];
  for (let i = at - 1; i >= 0; i--) {
    const f = figures[i];
    if (f.type !== 'amount' || f.role !== 'value' || f.inReason || f.depth !== first.depth) break;
    run.unshift(f);
  }
  return run;
}

/**
 * The values the `k` figures of a run (shares, changes) are of: the whole run when it has `k`, or its last `k`
 * when the one before them is their list's head. Not a run that holds a head and its parts ('一般公共预算拨款
 * 80万元，其中基本支出50万元、项目支出30万元，分别占80%、50%、30%'): the head's figure is not of itself, so
 * the parts' are not of the head either, and paired one to one they would be read as of it.
 */
function pairedValues(values: readonly AmountToken[], k: number, parentOf: ReadonlyMap<AmountToken, SumList>): AmountToken[] | undefined {
  if (values.length === k) return values.some((v) => values.some((w) => parentOf.get(w)?.head === v)) ? undefined : [...values];
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

/** The figure at `at` and those after it of its kind and role joined to it by 和 / 、 / 及 alone ('减少0.18亿元和0.56亿元'). */
function joinedRun(figures: readonly Figure[], at: number): Figure[] {
  const first = figures[at];
  const run = [first];
  for (let i = at + 1; i < figures.length; i++) {
    const f = figures[i];
    if (f.type !== first.type || f.role !== first.role || f.depth !== first.depth || f.inReason || !ONLY_JOINING_WORDS.test(f.label)) break;
    run.push(f);
  }
  return run;
}

interface RespectiveChanges {
  changes: AmountToken[];
  rates: PercentToken[];
  values: AmountToken[];
}

/**
 * The changes after '分别' starting at `first` with their rates and the items they are of, when each run
 * has as many figures as there are items and each item is named on its own; undefined otherwise.
 */
function respectiveRun(first: AmountToken, figures: readonly Figure[], at: number, parentOf: ReadonlyMap<AmountToken, SumList>): RespectiveChanges | undefined {
  const changes = joinedRun(figures, at) as AmountToken[];
  const k = changes.length;
  if (k < 2) return undefined;
  const next = figures[at + k];
  const rateRun = next?.type === 'percent' && next.role === 'rate' && !next.inReason && next.depth === first.depth && !ONLY_JOINING_WORDS.test(next.label) ? joinedRun(figures, at + k) : [];
  const rates = rateRun as PercentToken[];
  if (rates.length > 0 && rates.length !== k) return undefined;
  const values = pairedValues(valueRunBefore(figures, first, at), k, parentOf);
  // '公务用车购置及运行费1.41亿元,包括…0.14亿元和…1.27亿元' before three changes: a head and its parts are not three items (pairedValues).
  if (!values || values.some((v) => v.inherited || !v.subject.id)) return undefined;
  if (new Set(values.map((v) => v.subject.id)).size !== k) return undefined;
  return { changes, rates, values };
}

export interface RespectiveChangeLinks {
  changes: ChangeLink[];
  /**
   * Each change paired with its item, as read (key) and restated as the item's (value: a new token with the
   * item's subject, inherited). The tokens read are left as they were: the caller puts the restated ones in
   * their place in what it builds, so every reader after it sees one token for one figure.
   */
  restated: ReadonlyMap<AmountToken, AmountToken>;
}

/**
 * Changes stated respectively: '包括公务用车购置费0.14亿元和公务用车运行费1.27亿元,与2015年相比,分别减少0.18亿元和
 * 0.56亿元,下降133.1%和43.7%'. A run of changes after 分别, joined by 和 / 、 / 及 alone, right after a run of
 * as many named values (or a head and as many parts of its breakdown), is of those values in order, and
 * a run of as many rates right after the changes goes with them in order — not every rate with the last
 * change. When the runs cannot be matched one to one, the changes stay as they were read: of no item,
 * so unchecked.
 */
export function pairRespectiveChanges(
  links: readonly ChangeLink[],
  amounts: readonly AmountToken[],
  percents: readonly PercentToken[],
  parentOf: ReadonlyMap<AmountToken, SumList>,
): RespectiveChangeLinks {
  const firsts = amounts.filter((a) => a.role === 'change' && !a.inReason && RESPECTIVELY.test(a.label));
  const restated = new Map<AmountToken, AmountToken>();
  if (firsts.length === 0) return { changes: [...links], restated };
  const { figuresOf, place } = sentencesOf(amounts, percents);
  /** For each figure of a paired run, the links that replace those it was read into. */
  const pairedOf = new Map<Figure, ChangeLink[]>();
  for (const first of firsts) {
    const run = respectiveRun(first, figuresOf(first), place(first), parentOf);
    if (!run) continue;
    const paired = run.changes.map((read, n): ChangeLink => {
      const value = run.values[n];
      // The change is of its item: its subject is the item's, so the item's other figures can be found for it.
      const change: AmountToken = { ...read, subject: value.subject, inherited: true };
      restated.set(read, change);
      return run.rates[n] ? { change, rate: run.rates[n], current: value } : { change, current: value };
    });
    for (const f of [...run.changes, ...run.rates]) pairedOf.set(f, paired);
  }
  if (pairedOf.size === 0) return { changes: [...links], restated };
  const out: ChangeLink[] = [];
  const emitted = new Set<ChangeLink[]>();
  for (const link of links) {
    const paired = (link.change && pairedOf.get(link.change)) || (link.rate && pairedOf.get(link.rate));
    if (!paired) out.push(link);
    else if (!emitted.has(paired)) {
      emitted.add(paired);
      out.push(...paired);
    }
  }
  return { changes: out, restated };
}
