/**
 * Reasons: a stated change of at least the threshold (a setting, 10% by default) needs a reason
 * (主要原因是…) in its sentence or the next, or in the breakdown that follows it ("具体情况如下：" with
 * a reason per item); a reason left empty ("主要原因是。") is a slip; and the reason of a numbered
 * 科目 item that names another listed item and not its own was copied from that item.
 */
import { HEADING_START } from '../join';
import { markChecked, type Doc } from '../document';
import { classPathOf, nameKey } from '../subjects';
import { sentenceAt } from '../tokens';

const REASON = /原因|由于|因为|系因|源于|是因|因素|所致|导致|主要是|主要为|用于|根据|按照|调整|纳入|统一/;
const BREAKDOWN = /如下|其中|具体情况|分别/;
const EMPTY_REASON = /(?:主要)?原因(?:是|为|主要是|主要有)\s*[:：]?\s*(?=[。；;]|$)|原因\s*[:：]\s*(?=[。；;]|$)/g;

/** Sentence ends after `from` in `text`: the position after the n-th. */
function afterSentences(text: string, from: number, n: number): number {
  let count = 0;
  for (let i = from; i < text.length; i++) if (/[。!?！？]/.test(text[i]) && ++count >= n) return i + 1;
  return text.length;
}

/** The text that follows position `from` of passage `para`, up to the next heading (at most `max` passages). */
function following(doc: Doc, para: number, from: number, max: number): string {
  let s = doc.passages[para].text.slice(from);
  for (let i = para + 1; i < doc.passages.length && i <= para + max; i++) {
    const t = doc.passages[i].text;
    if (HEADING_START.test(t) && !/^\s*(?:\d{1,2}|[(（]?\d[)）])\s*[、.．]/.test(t)) break;
    s += `\n${t}`;
  }
  return s;
}

function checkMissingReasons(doc: Doc): void {
  for (const link of doc.structure.changes) {
    const r = link.rate;
    const x = link.change;
    if (!r || r.inReason || r.value < doc.reasonThreshold || (x && x.fen === 0)) continue;
    const text = doc.passages[r.para].text;
    const near = text.slice(r.start, afterSentences(text, r.start, 2));
    if (REASON.test(near)) continue;
    const next = doc.passages[r.para + 1]?.text ?? '';
    if (afterSentences(text, r.start, 1) >= text.length && REASON.test(next.slice(0, 60))) continue;
    // A breakdown follows: its items carry the reasons.
    const after = following(doc, r.para, afterSentences(text, r.start, 1), 8);
    if (BREAKDOWN.test(after.slice(0, 30)) && REASON.test(after)) continue;
    markChecked(doc, r);
    doc.out.add('reason', 'warning', r, `“${sentenceAt(text, r.start)}”变动${r.raw.replace(/\s+/g, '')}，达到${doc.reasonThreshold}%以上却未说明原因，请补写“主要原因是……”。`, {
      key: `${r.start}`,
    });
  }
}

function checkEmptyReasons(doc: Doc): void {
  for (const p of doc.passages) {
    EMPTY_REASON.lastIndex = 0;
    for (let m = EMPTY_REASON.exec(p.text); m; m = EMPTY_REASON.exec(p.text)) {
      doc.out.add('reason', 'warning', { para: p.index, start: m.index }, `“${sentenceAt(p.text, m.index)}”中“${m[0].trim()}”后没有写原因，请补写。`, { key: `empty${m.index}` });
    }
  }
}

/** '主要原因是：统计管理经费增加' names its own 科目 (统计管理); another item's name means it was copied. */
function checkCopiedReasons(doc: Doc): void {
  const items = doc.passages
    .map((p) => {
      const m = /^\s*\d{1,3}\s*[、.．]\s*["“]?([^"”]*?[(（][类款项][)）][^"”]*?[(（]项[)）])/.exec(p.text);
      const path = m ? classPathOf(m[1]) : undefined;
      if (!path || path.steps.length < 2) return undefined;
      const steps = path.steps.filter((s) => s.name);
      const xiang = steps[steps.length - 1]?.name;
      const kuan = steps.find((s) => s.level === 2)?.name;
      if (!xiang) return undefined;
      const reason = /原因(?:是|为)?\s*[:：]?\s*([^。]*)/.exec(p.text);
      return { p, xiang, kuan, reason: reason ? reason[1] : undefined, reasonAt: reason ? reason.index : 0 };
    })
    .filter((x): x is NonNullable<typeof x> => x !== undefined);
  if (items.length < 3) return;
  for (const item of items) {
    if (!item.reason) continue;
    const own = nameKey(item.xiang);
    const reason = nameKey(item.reason);
    if (reason.includes(own)) continue;
    const other = items.find((o) => o !== item && nameKey(o.xiang) !== own && o.xiang.length >= 4 && reason.includes(nameKey(`${o.kuan ?? ''}${o.xiang}`)));
    if (!other) continue;
    doc.out.add(
      'reason',
      'warning',
      { para: item.p.index, start: item.reasonAt },
      `“${item.xiang}”一项的原因“${item.reason.slice(0, 30)}”说的是另一科目“${other.kuan ?? ''}${other.xiang}”，没有说明本科目的变动原因，疑似从其他条目复制，请核对。`,
      { key: `copied${item.reasonAt}` },
    );
  }
}

export function checkReasons(doc: Doc): void {
  checkMissingReasons(doc);
  checkEmptyReasons(doc);
  checkCopiedReasons(doc);
}
