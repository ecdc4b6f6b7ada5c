/**
 * npm run accuracy — the checker against the real-document corpus (test/corpus): prints the
 * per-document table and the totals, writes docs/accuracy.md.
 *   --update-baseline   also records today's figures in test/corpus/baseline.json (refused when a
 *                       figure is worse than the recorded one)
 *   --details           prints every false and missed finding too (always written to the doc)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { baselineOf, regressions, type Baseline } from '../test/accuracy/baseline';
import { CORPUS_DIR, runCorpus } from '../test/accuracy/corpus';
import { accuracyMarkdown, batchesMarkdown, detailsMarkdown, draftDetailsMarkdown, draftTableMarkdown, perDocumentMarkdown, totalsMarkdown } from '../test/accuracy/report';
import { compareCorpusDrafts } from '../test/accuracy/drafts';
import { scoreDocument } from '../test/accuracy/score';

const DOC = join(__dirname, '..', 'docs', 'accuracy.md');
const BASELINE = join(CORPUS_DIR, 'baseline.json');

function commitId(): string {
  try {
    const id = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { encoding: 'utf8' }).trim();
    return dirty ? `${id} + uncommitted changes in src/` : id;
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const start = performance.now();
  const scores = (await runCorpus()).map(scoreDocument);
  const drafts = await compareCorpusDrafts();
  const seconds = (performance.now() - start) / 1000;
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';

  console.log(perDocumentMarkdown(scores));
  console.log('\nTotal\n');
  console.log(totalsMarkdown(scores));
  console.log('\nBy batch\n');
  console.log(batchesMarkdown(scores));
  console.log('\nDrafts against the real 编制说明\n');
  console.log(draftTableMarkdown(drafts));
  if (args.has('--details')) console.log(`\n${detailsMarkdown(scores)}\n\n${draftDetailsMarkdown(drafts)}`);

  writeFileSync(DOC, accuracyMarkdown(scores, { date, commit: commitId(), seconds }, drafts));
  console.log(`\n${seconds.toFixed(1)} s; written to docs/accuracy.md`);

  const now = baselineOf(scores);
  if (existsSync(BASELINE)) {
    const worse = regressions(now, JSON.parse(readFileSync(BASELINE, 'utf8')) as Baseline);
    if (worse.length) {
      console.log(`\nWorse than test/corpus/baseline.json:\n${worse.map((w) => `  ${w}`).join('\n')}`);
      if (args.has('--update-baseline')) {
        console.error('Baseline not updated: a figure got worse.');
        process.exitCode = 1;
        return;
      }
    }
  }
  if (args.has('--update-baseline')) {
    writeFileSync(BASELINE, `${JSON.stringify(now, null, 2)}\n`);
    console.log('test/corpus/baseline.json updated.');
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 2;
});
