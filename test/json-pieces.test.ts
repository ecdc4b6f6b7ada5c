/**
 * `budget-check check --json` writes its report in pieces (src/cli/json-pieces.ts): joined, they are
 * exactly what JSON.stringify writes, for any value and for the report of a long sheet whose one
 * grouped finding carries every line as a member.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonPieces } from '../src/cli/json-pieces';
import { formatJsonReport, jsonReportPieces } from '../src/cli/report';
import { summarizeTable, type FileReport } from '../src/cli/analyze';
import { analyzeWorkbook } from '../src/engine';
import { workbookToGrids } from '../src/xlsx/grids';
import { longSheetWorkbook } from '../bench/generate';

describe('JSON in pieces', () => {
  it('joins to JSON.stringify for any value, undefined members, holes and toJSON included (property)', () => {
    const leaf = fc.oneof(fc.jsonValue(), fc.constantFrom(undefined, -0, NaN, Infinity, () => 1, new Date(0), Symbol('s')));
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
      array: fc.array(tie('tree'), { maxLength: 6 }).map((a) => (a.length > 2 ? (delete a[1], a) : a)),
      object: fc.dictionary(fc.string({ maxLength: 4 }), tie('tree'), { maxKeys: 5 }),
    }));
    fc.assert(
      fc.property(fc.oneof(tree, fc.dictionary(fc.string(), tree)), (value) => {
        expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value) ?? '');
      }),
      { numRuns: 3000 },
    );
  });

  it('a long sheet: the report in pieces of about a megabyte, joined exactly as one JSON.stringify', () => {
    const grids = workbookToGrids(longSheetWorkbook(12_000), 'long.xlsx');
    const analysis = analyzeWorkbook(grids);
    const report: FileReport = { file: 'long.xlsx', tables: analysis.tables.map(summarizeTable), findings: analysis.findings, checks: analysis.checks };
    const many = analysis.findings.find((f) => f.rule === 'unknown-code/many');
    expect(many?.members?.length).toBeGreaterThan(10_000);
    const pieces = [...jsonReportPieces([report])];
    const whole = JSON.stringify({ files: [report] }) + '\n';
    expect(pieces.join('')).toBe(whole);
    expect(formatJsonReport([report])).toBe(whole);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.length).toBeLessThan(1.1 * 2 ** 20);
  });
});
