/**
 * The run's fast-check seed (test/setup/fast-check.ts): fixed in CI, FC_SEED replays a run, random
 * otherwise; and a failing property reports the seed and the shrunk counterexample.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CI_SEED, chooseSeed } from './setup/fast-check';

describe('the fast-check seed', () => {
  it('is FC_SEED when given, the fixed CI seed in CI, and a fresh random one locally', () => {
    expect(chooseSeed({ FC_SEED: '12345', CI: 'true' })).toBe(12345);
    expect(chooseSeed({ FC_SEED: '-7' })).toBe(-7);
    expect(chooseSeed({ CI: 'true' })).toBe(CI_SEED);
    expect(chooseSeed({ CI: '1' })).toBe(CI_SEED);
    const local = Array.from({ length: 5 }, () => chooseSeed({}));
    for (const s of local) expect(Number.isInteger(s)).toBe(true);
    expect(new Set(local).size).toBeGreaterThan(1);
    expect(new Set([chooseSeed({ CI: 'false' }), chooseSeed({ CI: 'false' }), chooseSeed({ CI: 'false' })]).size).toBeGreaterThan(1);
    expect(() => chooseSeed({ FC_SEED: 'abc' })).toThrow(/FC_SEED 应为整数/);
  });

  it('is the one every property of this run uses', () => {
    const seed = fc.readConfigureGlobal().seed;
    expect(Number.isInteger(seed)).toBe(true);
    if (process.env.FC_SEED) expect(seed).toBe(Number(process.env.FC_SEED));
    else if (process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0') expect(seed).toBe(CI_SEED);
    expect(fc.check(fc.property(fc.nat(), () => true)).seed).toBe(seed);
  });

  it('is printed with the shrunk counterexample when a property fails', () => {
    const seed = fc.readConfigureGlobal().seed!;
    let message = '';
    try {
      fc.assert(fc.property(fc.nat(), (n) => n < 10));
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain(`seed: ${seed}`);
    expect(message).toContain('Counterexample: [10]');
  });
});
