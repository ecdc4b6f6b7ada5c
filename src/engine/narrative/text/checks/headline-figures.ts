/**
 * A headline's round figure against the body's exact one (645 L1): '海港区财政局上半年政府采购节约资金253万余元' over a body that
 * says '…比预算的7136.74万元节约资金290.72万元' — '253万余元' is 253 to 254 万元, and the body's 节约资金 is 290.72. Which of the
 * two is wrong the text cannot tell: a warning on the headline.
 *
 * Read only for the first passage when it is a title (short, no sentence punctuation) holding 'X万余元' / 'X亿余元', against the
 * body's figures whose words end as the headline's words before its figure do (four characters or more), all of one value.
 */
import { toFen } from '../../../model/money';
import { amountText, decimalsFor, markChecked, quote, type Doc } from '../document';
import { commonEnding } from '../structure';
import type { AmountToken } from '../tokens';
import { titleLike } from './wording';

const ROUND_FIGURE = /(\d+(?:\.\d+)?)\s*(万|亿)余元/;
/** The fewest characters of a name the headline and the body must share: '节约资金', not a bare '资金'. */
const NAME_LENGTH = 4;

/** Body figures the headline's words name: values outside reasons whose words end as the headline's do, four characters or more ('…节约资金'). */
function namedInBody(doc: Doc, words: string): AmountToken[] {
  return doc.structure.amounts.filter((a) => a.para > 0 && a.role === 'value' && !a.inReason && !a.fromTable && commonEnding(words, a.subject.text) >= NAME_LENGTH);
}

export function checkHeadlineFigures(doc: Doc): void {
  const title = doc.passages[0];
  if (!title?.text.includes('余元') || !titleLike(title.text)) return;
  const m = ROUND_FIGURE.exec(title.text);
  if (!m) return;
  const unit = m[2] === '万' ? '万元' : '亿元';
  const decimals = m[1].split('.')[1]?.length ?? 0;
  const lo = toFen(Number(m[1]), unit);
  const hi = toFen(Number(m[1]) + 10 ** -decimals, unit);
  const named = namedInBody(doc, title.text.slice(0, m.index));
  if (named.length === 0 || named.some((a) => a.fen !== named[0].fen)) return;
  const body = named[0];
  if (body.fen >= lo && body.fen < hi) return;
  markChecked(doc, body);
  const d = decimalsFor(body);
  doc.out.add(
    'duplicate',
    'warning',
    { para: title.index, start: m.index },
    `标题中的“${m[0]}”与正文${quote(body)}不一致：“${m[0]}”应在${m[1]}至${amountText(hi, unit, decimals)}${unit}之间，正文为${amountText(body.fen, unit, d)}${unit}，请核对标题或正文。`,
    { key: `headline${m.index}` },
  );
}
