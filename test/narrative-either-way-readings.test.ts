/**
 * A change whose way a template leaves open ('较2016年“三公”经费预算数减少(增加)0.11万元,同比下降(增加)6%', text 535 L3) is
 * read both ways, and when neither way makes the rate, its finding quotes both readings. Each reading must be the one the
 * rate finding of that way states: the text with the way chosen ('减少0.11万元,同比下降6%') is reported with the same words
 * before what the text prints. The property's figures are invented.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNarrativeText } from '../src/engine/narrative';
import type { Finding } from '../src/engine/findings';

const TEXTS = join(__dirname, 'corpus', 'narrative', 'texts');
const UP = /^(?:增加|增长|上升|增)$/;
const WAY_PAIRS = /(增加|减少|增长|下降|上升|增|减)\s*[(（]\s*(增加|减少|增长|下降|上升|增|减)\s*[)）]/g;
const EITHER_WAY = /^“(.+?)”未选定增减方向，两种读法都不合文中的(.+?)：(.+)。$/;

/** `words` as a pattern that lets the line space them out ('减少(增加) 0.11 万元'). */
const spacedOut = (words: string) => new RegExp(words.replace(/\s+/g, '').split('').map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'));

/** The line with the way pairs from the change `stated` to the rate `printed` settled one way: '减少(增加)' → '增加' for up. */
function chooseWay(line: string, stated: string, printed: string, up: boolean): string {
  const from = spacedOut(stated).exec(line)?.index ?? -1;
  const to = from < 0 ? -1 : line.slice(from).search(spacedOut(printed)) + from;
  expect(from).toBeGreaterThanOrEqual(0);
  expect(to).toBeGreaterThan(from);
  const settled = line.slice(from, to).replace(WAY_PAIRS, (_, a: string, b: string) => (UP.test(a) === up ? a : b));
  return line.slice(0, from) + settled + line.slice(to);
}

/** The either-way findings of `text`, each with the readings it quotes and the text settled each way. */
function eitherWays(text: string): { finding: Finding; readings: string[]; settled: string[] }[] {
  const lines = text.split('\n');
  return checkNarrativeText(text)
    .filter((f) => f.rule === 'narrative/change' && EITHER_WAY.test(f.message))
    .map((finding) => {
      const [, stated, printed, readings] = EITHER_WAY.exec(finding.message)!;
      const at = Number(finding.cell.slice(1)) - 1;
      const settled = [true, false].map((up) => lines.map((l, i) => (i === at ? chooseWay(l, stated, printed, up) : l)).join('\n'));
      return { finding, readings: readings.split('；'), settled };
    });
}

/** The rate finding on the same line when the way is chosen. */
function rateFinding(text: string, of: Finding): Finding | undefined {
  return checkNarrativeText(text).find((f) => f.rule === 'narrative/change' && f.cell === of.cell && f.actual === of.actual);
}

function expectReadingsAreTheRateFindings(text: string): number {
  const found = eitherWays(text);
  for (const { finding, readings, settled } of found) {
    expect(readings).toHaveLength(2);
    readings.forEach((reading, i) => {
      const rate = rateFinding(settled[i], finding);
      expect(rate?.message.startsWith(`${reading}，`), `${settled[i].split('\n')[Number(finding.cell.slice(1)) - 1]}\n${rate?.message}\n${reading}`).toBe(true);
    });
  }
  return found.length;
}

describe('an either-way change quotes the readings its rate findings state', () => {
  it('every either-way line of the corpus that is reported (535 L3 among them)', () => {
    const texts = readdirSync(TEXTS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(TEXTS, f), 'utf8'))
      .filter((t) => t.match(WAY_PAIRS));
    let reported = 0;
    for (const text of texts) reported += expectReadingsAreTheRateFindings(text);
    expect(reported).toBeGreaterThanOrEqual(1);
    const published = readFileSync(join(TEXTS, '535.txt'), 'utf8');
    expect(eitherWays(published).map((e) => e.readings)).toEqual([['按本年4.97万元、上年4.86万元计，增加0.11万元，变动率为0.11 ÷ 4.86 = 2.3%', '按本年4.97万元、上年5.08万元计，减少0.11万元，变动率为0.11 ÷ 5.08 = 2.2%']]);
  });

  it('property: over figures, the readings are the rate findings of the two ways, and it is reported only when both ways have one', () => {
    const changeFindings = (text: string) => checkNarrativeText(text).filter((f) => f.rule === 'narrative/change' || f.rule === 'narrative/direction');
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 999_999 }), fc.integer({ min: 1, max: 99 }), fc.option(fc.integer({ min: 0, max: 999 })), (cents, share, printedTenths) => {
        const change = Math.max(1, Math.round((cents * share) / 100));
        // No rate printed: the one the decrease makes, which one way agrees with.
        const tenths = printedTenths ?? Math.round((change * 1000) / (cents + change));
        const text = (amountWay: string, rateWay: string) =>
          [
            '单位2017年“三公”经费预算情况说明',
            `2017年“三公”经费财政拨款预算安排${(cents / 100).toFixed(2)}万元。2017年“三公”经费预算数较2016年“三公”经费预算数${amountWay}${(change / 100).toFixed(2)}万元,同比${rateWay}${(tenths / 10).toFixed(1)}%。`,
          ].join('\n');
        const either = checkNarrativeText(text('减少(增加)', '下降(增加)')).filter((f) => EITHER_WAY.test(f.message));
        const ways = [text('增加', '增加'), text('减少', '下降')].map(changeFindings);
        const rateOnly = ways.every((found) => found.length === 1 && found[0].actual === tenths / 10);
        expect(either.length).toBe(rateOnly ? 1 : 0);
        if (either.length === 0) return;
        const readings = EITHER_WAY.exec(either[0].message)![3].split('；');
        expect(readings.map((reading, i) => ways[i][0].message.startsWith(`${reading}，`))).toEqual([true, true]);
      }),
    );
  });
});
