/**
 * One fast-check seed for the whole run, chosen here and nowhere else (a vitest setup file, so it
 * applies to every test file): FC_SEED when set; otherwise a fixed seed when CI is set, so a CI
 * run is the same run every time; otherwise a random one, so local runs keep exploring. A failing
 * property prints this seed, the path of the shrunk case and the counterexample (fast-check's own
 * report); rerun it with FC_SEED=<seed>. https://fast-check.dev/docs/configuration/global-settings
 */
import fc from 'fast-check';

/** The seed CI runs with. Changing it changes which cases CI tries, nothing else. */
export const CI_SEED = 20261201;

export function chooseSeed(env: NodeJS.ProcessEnv): number {
  const given = env.FC_SEED?.trim();
  if (given) {
    const seed = Number(given);
    if (!Number.isInteger(seed)) throw new Error(`FC_SEED 应为整数，现为“${given}”`);
    return seed;
  }
  if (env.CI && env.CI !== 'false' && env.CI !== '0') return CI_SEED;
  return (Math.random() * 0x1_0000_0000) | 0;
}

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: chooseSeed(process.env) });
