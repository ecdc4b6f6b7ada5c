import { describe, expect, it } from 'vitest';
import { runCorpus } from './accuracy/corpus';
import { scoreDocument } from './accuracy/score';
import { batchesOf, HELD_OUT_BATCHES } from './accuracy/batches';
import { batchesMarkdown } from './accuracy/report';

describe('accuracy by batch', () => {
  it('puts every corpus document in exactly one batch, each held-out batch holding documents', async () => {
    const scores = (await runCorpus()).map(scoreDocument);
    const batches = batchesOf(scores);
    expect(batches.reduce((n, b) => n + b.scores.length, 0)).toBe(scores.length);
    for (const b of batches) expect(b.scores.length, b.name).toBeGreaterThan(0);
    for (const s of scores) expect(HELD_OUT_BATCHES.filter((b) => b.has(s.id)).length, s.id).toBeLessThanOrEqual(1);
    expect(batches.find((b) => b.name.startsWith('second'))?.scores.map((s) => s.id)).toContain('narrative/60');
    expect(batchesMarkdown(scores)).toMatch(/^\| second batch, held out[^\n]*\| 23 \|/m);
  });
});
