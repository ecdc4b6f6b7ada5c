/**
 * The draft model as the drafting code builds it: the model itself (engine/model/draft, which the
 * pane also reads) and the spans that print figures — amounts in 分 and shares in 0.01 % — in the
 * narrative's own money units.
 */
import { formatShare, formatWan } from '../../model/money';
import { placeholder, type Line, type Span } from '../../model/draft';

export * from '../../model/draft';

/** An amount in 分, printed as '724.00万元'. */
export function wan(fen: number): Span {
  return { type: 'amount', fen, text: `${formatWan(fen)}万元` };
}

/** An amount the tables give ('724.00万元'), or the marked blank the clerk fills ('【请填写金额】万元'). */
export function wanOrBlank(fen: number | undefined): Line {
  return fen === undefined ? [placeholder('amount'), { type: 'text', text: '万元' }] : [wan(fen)];
}

/** A share in 0.01 %, printed as '64.34%'. */
export function pct(basisPoints: number, group?: string): Span {
  return { type: 'share', basisPoints, text: `${formatShare(basisPoints)}%`, ...(group ? { group } : {}) };
}
