/** Office.js failures → one clear Chinese sentence for the pane. */
import { PortError } from '../port';

const BY_CODE: Record<string, string> = {
  AccessDenied: '工作表受保护，无法写入：请先在“审阅 → 撤消工作表保护”后再试。',
  InvalidOperationInCellEditMode: 'Excel 正处于单元格编辑状态：请先按 Enter 或 Esc 结束编辑后再试。',
  ApiNotFound: '当前 Excel 版本不支持这项操作：请升级到 Microsoft 365 或 Excel 2021 及以上版本。',
  ItemNotFound: '找不到要操作的工作表或单元格，可能已被改名或删除，请重新校核。',
  RequestPayloadSizeLimitExceeded: '一次写入的内容过多：请分批操作。',
  ResponsePayloadSizeLimitExceeded: '工作表数据过大，无法一次读取：请删除多余的空白行列后再试。',
  ActivityLimitReached: 'Excel 暂时繁忙，请稍后再试。',
  GeneralException: 'Excel 未能完成这项操作：请稍后再试，或保存后重新打开工作簿。',
};

/** Turns any error from Excel.run into a PortError with a Chinese message (PortErrors pass through). */
export function toPortError(e: unknown): PortError {
  if (e instanceof PortError) return e;
  const code = (e as { code?: unknown })?.code;
  if (typeof code === 'string' && BY_CODE[code]) return new PortError(BY_CODE[code]);
  const detail = e instanceof Error ? e.message : String(e);
  return new PortError(`Excel 操作失败：${detail}`);
}
