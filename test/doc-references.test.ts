/**
 * No README, doc or code comment points at a file that is not in the repository: every relative
 * link of README.md and docs/*.md, and every repository path named in them or in a comment of
 * src/, test/, scripts/ and bench/ (`docs/design.md`, src/engine/model/money.ts, a path climbing
 * out with ../), must exist; and nothing cites the sections of the old shared design file, which
 * never was in the repository. Paths under .gitignore'd build outputs (dist/, bin/budget-check.cjs
 * …) are made by the build and are allowed. Comments are read with the TypeScript parser, so
 * strings and regular expressions that merely look like paths are not taken for references.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');

/** The repository's top-level folders and files: a path naming one of them is a reference. */
const TOP = ['src', 'test', 'docs', 'scripts', 'bench', 'assets', 'bin', '.ci', 'README.md', 'package.json', 'manifest.xml', 'tsconfig.json', 'vitest.config.mts', 'webpack.config.js', 'eslint.config.js'];
const TOP_PATTERN = TOP.map((t) => t.replace(/\./g, '\\.')).join('|');
/**
 * A repository path: a top-level name followed by /more (or a top-level file alone), or a path that
 * climbs out with ../. Not preceded by a path character, so ~/Library/…/Documents/ and
 * https://…/docs/… are not taken; a trailing dot or colon is punctuation.
 */
const SEGMENT = String.raw`(?:[\w.*\-\u4e00-\u9fff]|\{[\w.,-]*\})+`;
const PATH = new RegExp(String.raw`(?<![\w./~@:-])((?:\.\.?/)*(?:(?:${TOP_PATTERN})(?:/${SEGMENT})*/?|\.\./(?:${SEGMENT}/?)+))`, 'g');
/** [text](target) links of Markdown, images included. */
const MD_LINK = /\]\(([^)\s]+)\)/g;
/** The old design file that never was in the repository. */
const OLD_DESIGN = /\bDESIGN(?:\.md)?\s*§|\bdocs\/DESIGN\b|shared\/DESIGN/;

/** .gitignore'd outputs: a path inside one is made by a build, not kept in the repository. */
const OUTPUTS = readFileSync(join(ROOT, '.gitignore'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#') && !l.includes('*'))
  .map((l) => l.replace(/\/$/, ''));

function filesUnder(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return ['node_modules', 'screenshots', 'corpus'].includes(e.name) ? [] : filesUnder(path, ext);
    return ext.test(e.name) ? [path] : [];
  });
}

/** Every comment of a TypeScript / JavaScript file, with the line it starts on. */
export function commentsOf(file: string, text: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const seen = new Set<number>();
  const out: { line: number; text: string }[] = [];
  const collect = (ranges: readonly ts.CommentRange[] | undefined) => {
    for (const r of ranges ?? []) {
      if (seen.has(r.pos)) continue;
      seen.add(r.pos);
      out.push({ line: source.getLineAndCharacterOfPosition(r.pos).line + 1, text: text.slice(r.pos, r.end) });
    }
  };
  const visit = (node: ts.Node) => {
    collect(ts.getLeadingCommentRanges(text, node.getFullStart()));
    collect(ts.getTrailingCommentRanges(text, node.getEnd()));
    node.forEachChild(visit);
  };
  visit(source);
  collect(ts.getLeadingCommentRanges(text, source.endOfFileToken.getFullStart()));
  return out.sort((a, b) => a.line - b.line);
}

/** 'icon-{16,32}.png' → ['icon-16.png', 'icon-32.png'] (the first brace group, then the rest). */
function expandBraces(path: string): string[] {
  const m = /\{([^}]*)\}/.exec(path);
  if (!m) return [path];
  return m[1]!.split(',').flatMap((alt) => expandBraces(path.slice(0, m.index) + alt + path.slice(m.index + m[0].length)));
}

/**
 * Does `path` (a file, a folder, a pattern with * or every path of a {a,b} list) exist, looked up
 * from the root or from `from`?
 */
function exists(path: string, from: string): boolean {
  if (path.includes('{')) return expandBraces(path).every((p) => exists(p, from));
  const bases = path.startsWith('.') ? [from] : [ROOT, from];
  return bases.some((base) => {
    const full = resolve(base, path);
    if (!full.includes('*')) return existsSync(full);
    const dir = dirname(full);
    const name = new RegExp('^' + full.slice(dir.length + 1).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$');
    return existsSync(dir) && readdirSync(dir).some((f) => name.test(f));
  });
}

function isOutput(path: string): boolean {
  const rel = relative(ROOT, resolve(ROOT, path));
  return OUTPUTS.some((o) => rel === o || rel.startsWith(o + '/'));
}

/** The references of one text that do not exist, as 'file:line: reference'. */
export function brokenReferences(file: string, lines: { line: number; text: string }[], markdown: boolean): string[] {
  const from = dirname(file);
  const where = (line: number) => `${relative(ROOT, file)}:${line}`;
  const broken: string[] = [];
  for (const { line, text } of lines) {
    text.split('\n').forEach((row, i) => {
      const at = where(line + i);
      if (OLD_DESIGN.test(row)) broken.push(`${at}: ${OLD_DESIGN.exec(row)![0]} (the design is docs/design.md)`);
      const refs = new Set<string>();
      if (markdown) {
        for (const m of row.matchAll(MD_LINK)) {
          const target = decodeURI(m[1]!.split('#')[0]!);
          if (target && !/^[a-z]+:/i.test(target)) refs.add(target);
        }
      }
      for (const m of row.matchAll(PATH)) refs.add(m[1]!.replace(/[.:,;]+$/, ''));
      for (const ref of refs) {
        if (isOutput(ref) || exists(ref, from)) continue;
        broken.push(`${at}: ${ref}`);
      }
    });
  }
  return broken;
}

describe('references to files', () => {
  it('the scanner finds links, paths, globs and climbs out of the repository, and reads only comments', () => {
    const md = join(ROOT, 'docs', 'x.md');
    const lines = [
      { line: 1, text: 'See [the design](design.md), [perf](./performance.md#figures) and [gone](missing.md).' },
      { line: 2, text: 'Numbers: `src/engine/model/money.ts`, src/engine/rules/none.ts, test/*.test.ts, test/*.nope.' },
      { line: 2, text: 'Icons: assets/icon-{16,32}.png, but not assets/icon-{16,17}.png.' },
      { line: 3, text: 'Built into dist/taskpane.js and bin/budget-check.cjs; copied from ../shared/corpus/.' },
      { line: 4, text: 'macOS: ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and https://example.org/docs/x.md' },
      { line: 5, text: 'the contract of DESIGN §6' },
    ];
    expect(brokenReferences(md, lines, true)).toEqual([
      'docs/x.md:1: missing.md',
      'docs/x.md:2: src/engine/rules/none.ts',
      'docs/x.md:2: test/*.nope',
      'docs/x.md:2: assets/icon-{16,17}.png',
      'docs/x.md:3: ../shared/corpus/',
      'docs/x.md:5: DESIGN § (the design is docs/design.md)',
    ]);
    const code = "// see docs/none.md\nconst re = /docs\\/gone.md/;\nconst s = 'src/none.ts'; /* and test/none.ts */\n";
    expect(commentsOf('x.ts', code).map((c) => c.text)).toEqual(['// see docs/none.md', '/* and test/none.ts */']);
  });

  it('README.md and docs/*.md point only at files that exist', () => {
    const docs = [join(ROOT, 'README.md'), ...filesUnder(join(ROOT, 'docs'), /\.md$/)];
    const broken = docs.flatMap((file) => brokenReferences(file, [{ line: 1, text: readFileSync(file, 'utf8') }], true));
    expect(broken).toEqual([]);
  });

  it('comments in src/, test/, scripts/ and bench/ point only at files that exist', () => {
    const code = ['src', 'test', 'scripts', 'bench'].flatMap((d) => filesUnder(join(ROOT, d), /\.(ts|tsx|mts|mjs|js)$/));
    expect(code.length).toBeGreaterThan(100);
    const broken = code.flatMap((file) => brokenReferences(file, commentsOf(file, readFileSync(file, 'utf8')), false));
    expect(broken).toEqual([]);
  });
});
