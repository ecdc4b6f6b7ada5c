/**
 * No test waits for a length of time (a sleep passes alone and fails on a busy machine): tests wait
 * for the condition they need (expect.poll, waitFor, findBy*, a Playwright event or locator).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');

/** `await page.waitForTimeout(500)`, `new Promise((r) => setTimeout(r, 500))`, `await sleep(500)`, `timers/promises`. */
const FIXED_DELAY = /\bwaitForTimeout\s*\(|setTimeout\(\s*(resolve|res|r|done|next)\s*,|\bsleep\s*\(|['"](node:)?timers\/promises['"]/;

function testSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'screenshots' || e.name === 'corpus' ? [] : testSources(path);
    return /\.(ts|tsx|mts|mjs)$/.test(e.name) ? [path] : [];
  });
}

describe('tests wait on conditions', () => {
  it('the pattern catches the usual fixed delays and not a setTimeout quoted as data', () => {
    for (const line of ['await page.waitForTimeout(500);', 'await new Promise((r) => setTimeout(r, 1000));', 'await sleep(200);', "import { setTimeout } from 'node:timers/promises';"]) {
      expect(FIXED_DELAY.test(line), line).toBe(true);
    }
    expect(FIXED_DELAY.test(`SINKS.test('setTimeout(() => go(), 1)')`)).toBe(false);
    expect(FIXED_DELAY.test('await expect.poll(() => notice().innerText()).toContain("已标记")')).toBe(false);
  });

  it('no test file sleeps', () => {
    const self = relative(ROOT, __filename);
    const sleeping: string[] = [];
    for (const file of testSources(join(ROOT, 'test'))) {
      const rel = relative(ROOT, file);
      if (rel === self) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (FIXED_DELAY.test(line)) sleeping.push(`${rel}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(sleeping).toEqual([]);
  });
});
