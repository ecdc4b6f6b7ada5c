/**
 * Whole 情况说明 documents in three real wordings (test/fixtures/narrative-variants.ts): each right
 * as written raises no error and no warning, and each slip a clerk makes is found on its line, with
 * its arithmetic, and with no error anywhere else.
 */
import { describe, expect, it } from 'vitest';
import { checkNarrativeText } from '../src/engine/narrative';
import { NARRATIVE_VARIANTS } from './fixtures/narrative-variants';

const lineOf = (cell: string) => Number(cell.slice(1));

describe.each(NARRATIVE_VARIANTS.map((d) => [d.name, d] as const))('%s', (_name, doc) => {
  const text = doc.lines.join('\n');

  it('as written: no error, no warning', () => {
    expect(checkNarrativeText(text).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it.each(doc.slips.map((s) => [s.what, s] as const))('finds %s', (_what, slip) => {
    expect(text).toContain(slip.from);
    const findings = checkNarrativeText(text.replace(slip.from, slip.to));
    const hit = findings.find((f) => f.rule === slip.rule && f.severity === slip.severity && lineOf(f.cell) === slip.line);
    expect(hit, findings.map((f) => `${f.cell} ${f.rule} ${f.message}`).join('\n')).toBeDefined();
    if (slip.says) expect(hit!.message).toContain(slip.says);
    // No error far from the slip: a slip is found where it is, not elsewhere.
    for (const f of findings.filter((x) => x.severity === 'error')) expect(Math.abs(lineOf(f.cell) - slip.line)).toBeLessThanOrEqual(2);
  });
});
