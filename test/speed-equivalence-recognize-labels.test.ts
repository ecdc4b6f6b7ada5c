/**
 * Issue 17, recognition (fifth round): readings of labels made once per label text answer as the
 * readings they replaced (the old code kept here as the oracle) — a column's header path read apart
 * from its sheet, and parseCode telling a label from a code without rebuilding it — and a reading
 * remembered by its text answers as the reading itself, undefined included, past its bound.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { PlainColumnKey } from '../src/engine/model/keys';
import { readHeaderPath } from '../src/engine/recognize/columns';
import { parseCode, codeSystemOf } from '../src/engine/recognize/codes';
import { columnKeyOf, columnRoleOf, endsWithMeasureWord, measureOf } from '../src/engine/recognize/lexicon';
import { rememberedByText } from '../src/engine/grid/remembered';
import { cellHasContent } from '../src/engine/grid/sheet';
import { compareCodes } from '../src/engine/catalog/catalog';
import { nameKey } from '../src/engine/catalog/names';
import { toHalfWidth } from '../src/engine/grid/text';
import { OF_WHICH } from '../src/engine/recognize/lexicon';

// ---- the readings before the rewrite (oracles) ----

/** draftColumn's reading of a path before (role before hiding, group keys, key and measure of a figure column). */
function oldPathReading(path: string[]) {
  const label = path[path.length - 1];
  const role = columnRoleOf(label, path);
  const groupKeys: (PlainColumnKey | undefined)[] = [];
  for (const p of path.slice(0, -1)) groupKeys.push(columnKeyOf(p, [...groupKeys].reverse().find((k) => k !== undefined)));
  const draft: { role: string; groupKeys: (PlainColumnKey | undefined)[]; key?: string; measure?: string } = { role, groupKeys };
  if (role === 'amount' || role === 'percent') {
    const parentKey = [...groupKeys].reverse().find((k) => k !== undefined);
    draft.key = columnKeyOf(label, parentKey) ?? 'amount';
    if (draft.key === 'amount' || endsWithMeasureWord(label)) {
      const m = measureOf(label);
      if (m) draft.measure = m;
    }
    const groupMeasure = path
      .slice(0, -1)
      .filter((_, i) => groupKeys[i] === 'amount')
      .map(measureOf)
      .reverse()
      .find((m) => m !== undefined);
    if (!draft.measure && groupMeasure) draft.measure = groupMeasure;
  }
  return draft;
}

function oldParseCode(raw: string) {
  const code = raw.replace(/[\s\u00a0]/g, '');
  if (!/^\d+$/.test(code)) return undefined;
  const system = codeSystemOf(code);
  if (!system) return undefined;
  const level = system === 'function' ? ({ 3: 1, 5: 2, 7: 3 } as Record<number, number>)[code.length] : ({ 3: 1, 5: 2 } as Record<number, number>)[code.length];
  return level ? { code, system, level } : undefined;
}

const OLD_BRACKETS: Record<string, string> = { '【': '(', '】': ')', '[': '(', ']': ')', '〔': '(', '〕': ')', '﹙': '(', '﹚': ')' };
function oldNameKey(name: string): string {
  const half = toHalfWidth(name);
  if (!/[\s\u00a0\u200b【】[\]〔〕﹙﹚“”"'‘’]|^[-—–·•]/.test(half) && !OF_WHICH.test(half)) return half;
  return half
    .replace(/[\s\u00a0\u200b]+/g, '')
    .replace(/[【】[\]〔〕﹙﹚]/g, (ch) => OLD_BRACKETS[ch] ?? ch)
    .replace(OF_WHICH, '')
    .replace(/^[-—–·•]+/, '')
    .replace(/[“”"'‘’]/g, '');
}

// ---- what header cells and code cells hold ----

const headerLabel = fc.constantFrom(
  '项目', '科目', '科目编码', '科目名称', '功能分类科目', '经济分类科目', '类', '款', '项', '序号', '行次', '栏次', '项目名称', '单位名称', '单位编码',
  '合计', '小计', '总计', '本年收入', '上年结转', '财政拨款收入', '财政专户收入', '事业收入', '经营收入', '上级补助收入', '附属单位上缴收入', '其他收入',
  '基本支出', '项目支出', '人员经费', '公用经费', '日常公用经费', '经营支出', '上缴上级支出', '对附属单位补助支出', '一般公共预算', '政府性基金预算', '国有资本经营预算',
  '“三公”经费合计', '因公出国(境)费', '公务用车购置及运行费', '购置费', '运行费', '公务接待费', '机关运行经费', '预算数', '决算数', '年初预算数', '调整预算数',
  '全年预算数', '上年预算数', '金额', '执行数', '增减%', '增长率', '比上年增减', '数量', '单价', '备注', '工资福利支出', '商品和服务支出', '对个人和家庭的补助',
  '资本性支出', '其他支出', '年末结转和结余', '非财政拨款结转', '财政拨款结转', '支出预算', '2025年预算数', '2024年预算数',
);
const path = fc.array(headerLabel, { minLength: 1, maxLength: 4 });

const codeChar = fc.constantFrom('2', '0', '6', '1', '3', '5', '9', ' ', '\u00a0', '\u3000', '\t', '科', 'a', '-', '(', '（', '.', '\u2003');
const codeLike = fc.oneof(fc.array(codeChar, { maxLength: 9 }).map((cs) => cs.join('')), fc.string(), fc.string({ unit: 'binary' }), headerLabel);

describe('recognition readings of labels, made once per text', () => {
  it('a header path read on its own gives the role, group keys, key and measure draftColumn worked out (property)', () => {
    fc.assert(
      fc.property(path, (p) => {
        const reading = readHeaderPath(p);
        const old = oldPathReading(p);
        expect(reading.role).toBe(old.role);
        expect([...reading.groupKeys]).toEqual(old.groupKeys);
        expect(reading.key).toBe(old.key);
        expect(reading.measure ?? undefined).toBe(old.measure);
      }),
      { numRuns: 5000 },
    );
  });

  it('parseCode answers as it did when it rebuilt every text (property)', () => {
    fc.assert(
      fc.property(codeLike, (s) => {
        expect(parseCode(s)).toEqual(oldParseCode(s));
      }),
      { numRuns: 10000 },
    );
  });

  it('cellHasContent answers as it did when it trimmed every text (property)', () => {
    const oldHasContent = (c: { value: unknown; text: string }) => (c.text && c.text.trim() !== '') || (c.value !== null && c.value !== undefined && !(typeof c.value === 'string' && c.value.trim() === ''));
    const text = fc.oneof(codeLike, fc.constantFrom('', ' ', '\u3000', '\u00a0x', '\ufeff', '\u2028', ' 合计', '\t1'));
    fc.assert(
      fc.property(text, fc.oneof(fc.constant(null), text, fc.double()), (t, value) => {
        const cell = { value, text: t };
        expect(cellHasContent(cell)).toBe(!!oldHasContent(cell));
      }),
      { numRuns: 10000 },
    );
  });

  it('nameKey answers as it did when every name went through its patterns (property)', () => {
    const nameChar = fc.constantFrom('行', '政', '运', '其', '中', '：', ':', '-', '—', '·', ' ', '\u3000', '（', '(', '【', '[', ']', '“', '"', "'", 'Ａ', 'a', '1', '\u200b', '\u00a0', '\x1c');
    const name = fc.oneof(fc.array(nameChar, { maxLength: 10 }).map((cs) => cs.join('')), fc.string(), headerLabel);
    fc.assert(
      fc.property(name, (n) => {
        expect(nameKey(n)).toBe(oldNameKey(n));
      }),
      { numRuns: 10000 },
    );
  });

  it('compareCodes orders codes as localeCompare did (property)', () => {
    const digits = fc.array(fc.constantFrom('0', '1', '2', '3', '5', '9'), { minLength: 1, maxLength: 8 }).map((cs) => cs.join(''));
    const code = fc.oneof(digits, digits, codeLike, fc.constantFrom('2010101', '201', '20101', 'A01', '2O1', '201a', '２０１'));
    fc.assert(
      fc.property(code, code, (a, b) => {
        expect(Math.sign(compareCodes(a, b))).toBe(Math.sign(a.localeCompare(b)));
      }),
      { numRuns: 10000 },
    );
  });

  it('a reading remembered by its text answers as the reading, undefined included, past the bound (property)', () => {
    const read = (s: string) => (s.length % 3 === 0 ? undefined : `${s}|${s.length}`);
    const remembered = rememberedByText(read);
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 200 }), (texts) => {
        for (const t of texts) expect(remembered(t)).toBe(read(t));
      }),
      { numRuns: 100 },
    );
    for (let i = 0; i < 10_000; i++) expect(remembered(`x${i}`)).toBe(read(`x${i}`));
  });
});
