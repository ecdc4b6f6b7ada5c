/**
 * The README stays true: its catalog counts are the shipped catalog's, every npm script it names
 * exists, every budget-check command it shows is one the CLI has, and every dependency is explained.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { catalogCountsMarkdown } from './readme-helpers';

const root = resolve(__dirname, '..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

describe('README', () => {
  it('starts with the three commands a newcomer types', () => {
    const setup = readme.slice(readme.indexOf('## Set up, run, test'));
    const block = setup.slice(setup.indexOf('```bash'), setup.indexOf('```', setup.indexOf('```bash') + 3));
    expect(block).toMatch(/npm install[\s\S]*npm start[\s\S]*npm test/);
  });

  it('gives the catalog counts of the shipped catalog', () => {
    const m = /<!-- catalog-counts:begin -->\n([\s\S]*?)\n<!-- catalog-counts:end -->/.exec(readme);
    expect(m, 'README has no catalog-counts section').not.toBeNull();
    expect(m![1]).toBe(catalogCountsMarkdown());
  });

  it('names only npm scripts that exist', () => {
    const named = [...readme.matchAll(/npm run ([a-z:-]+)/g)].map((x) => x[1]);
    expect(named.length).toBeGreaterThan(0);
    for (const n of named) expect(pkg.scripts, n).toHaveProperty(n);
  });

  it('shows only budget-check commands the CLI has', () => {
    const commands = [...readme.matchAll(/npx budget-check ([a-z]+)/g)].map((x) => x[1]);
    expect(commands.length).toBeGreaterThan(5);
    for (const c of commands) expect(['check', 'fill', 'mark', 'draft', 'codes'], c).toContain(c);
  });

  it('explains every dependency', () => {
    const section = readme.slice(readme.indexOf('## Dependencies'), readme.indexOf('## Security'));
    for (const dep of [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]) {
      expect(section, dep).toContain(`\`${dep}\``);
    }
  });
});
