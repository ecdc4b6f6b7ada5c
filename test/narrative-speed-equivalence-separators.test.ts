/**
 * Issue 17, twenty-third look: the structure reader counts a comma where its walk meets it, and calls the
 * semicolon's reading only for a ；, instead of a call per separator. The oracle is the reader as it was
 * (339f1db), by what it gave: a digest of the findings and coverage of every corpus text, the bench texts and
 * arbitrary documents dense in commas, semicolons, list openers and figures, recorded from that commit.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphsOfText, reviewParagraphs } from '../src/engine/narrative/text/check';
import { SEED001_NARRATIVE } from './fixtures/narratives';
import { SEED000_NARRATIVE, SEED002_NARRATIVE } from './narrative-helpers';

function corpusTexts(): string[] {
  const corpus = join(__dirname, 'corpus');
  const dirs = [join(corpus, 'narrative', 'texts'), join(corpus, 'tables', 'text')];
  return dirs.flatMap((d) => readdirSync(d).sort().map((f) => readFileSync(join(d, f), 'utf8')));
}

const SUBJECTS = ['一般公共预算支出', '基本支出', '项目支出', '人员经费', '公用经费', '“三公”经费', '公务接待费', '因公出国（境）费', '收入', '财政拨款收入', '合计'];
const FIGURES = ['10', '20', '30', '40', '60', '100', '10.5', '0'];
const SEPARATORS = ['，', '；', ',', ';', '、', '。'];
const OPENERS = ['', '其中：', '包括：', '1、', '（二）', '分别为'];
const CHANGES = ['', '比上年增加', '比上年减少', '增长', '下降'];
const clause = fc
  .tuple(fc.constantFrom(...OPENERS), fc.constantFrom(...SUBJECTS), fc.constantFrom(...FIGURES), fc.constantFrom('万元', '%'), fc.constantFrom(...CHANGES), fc.constantFrom(...SEPARATORS))
  .map(([opener, subject, figure, unit, change, sep]) => `${opener}${subject}${change}${figure}${unit}${sep}`);
const documents = fc.array(fc.array(clause, { minLength: 1, maxLength: 8 }).map((cs) => `${cs.join('')}。`), { maxLength: 6 }).map((ps) => ps.join('\n'));

/** A digest of the findings and coverage of `texts`, and how many findings there were (a digest of nothing proves nothing). */
function digestOf(texts: readonly string[]): { digest: string; findings: number } {
  const hash = createHash('sha256');
  let findings = 0;
  for (const text of texts) {
    const review = reviewParagraphs(paragraphsOfText(text, 't'), { year: 2025, family: 'budget' });
    findings += review.findings.length;
    hash.update(JSON.stringify(review.findings));
    hash.update(JSON.stringify(review.coverage));
  }
  return { digest: hash.digest('hex').slice(0, 16), findings };
}

describe('the separators read where the walk meets them, against the reader as it was', () => {
  it('gives every corpus text and the bench texts the findings they had', () => {
    const texts = [...corpusTexts(), ...[SEED000_NARRATIVE, SEED001_NARRATIVE, SEED002_NARRATIVE].map((t) => t.join('\n'))];
    expect(texts.length).toBeGreaterThan(40);
    const { digest, findings } = digestOf(texts);
    expect(findings).toBeGreaterThan(100);
    expect(digest).toBe('1fec0a22a769579e');
  });

  it('gives arbitrary documents of figures, separators and list openers the findings they had', () => {
    const texts = fc.sample(documents, { seed: 23, numRuns: 400 });
    const { digest, findings } = digestOf(texts);
    expect(findings).toBeGreaterThan(50);
    expect(digest).toBe('ca0a07f221b65bcf');
  });
});
