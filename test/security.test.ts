/**
 * Privacy and security of the pane (docs/design.md §7, issue 7 §3): the HTML pages carry a
 * Content-Security-Policy that lets them load and connect to their own origin only (no eval, no
 * remote script or connection) — checked on the pages as the webpack config renders them, for the
 * default build (office.js served with the pane) and for the CDN build (office.js from Microsoft,
 * nothing else) — and no source file hands text to the DOM as HTML or evaluates strings as code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const OFFICE_CDN_ORIGIN = 'https://appsforoffice.microsoft.com';

interface WebpackConfigLike {
  mode: string;
  devtool: unknown;
  plugins: object[];
}

/** The project's webpack config, as `webpack --mode production` sees it. */
function webpackConfig(env: Record<string, string> = {}): WebpackConfigLike {
  const makeConfig = createRequire(join(ROOT, 'package.json'))('./webpack.config.js') as (env: object, argv: object) => WebpackConfigLike;
  return makeConfig(env, { mode: 'production' });
}

/** Ways of handing text to the DOM as HTML, or of running a string as code. */
const SINKS = /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write|\beval\s*\(|new\s+Function\s*\(|set(?:Timeout|Interval)\s*\(\s*['"`]/;

interface HtmlPluginLike {
  userOptions: { template: string; filename: string; [option: string]: unknown };
}

/** The HTML pages as the webpack config renders them (its HtmlWebpackPlugin options filled in). */
function renderedPages(env: Record<string, string> = {}): Map<string, string> {
  const config = webpackConfig(env);
  const pages = new Map<string, string>();
  for (const plugin of config.plugins) {
    const options = (plugin as Partial<HtmlPluginLike>).userOptions;
    if (!options?.template) continue;
    const template = readFileSync(join(ROOT, options.template), 'utf8');
    const html = template.replace(/<%=\s*htmlWebpackPlugin\.options\.(\w+)\s*%>/g, (_, name: string) => String(options[name] ?? ''));
    expect(html, `${options.template}: a template expression the test does not know`).not.toContain('<%');
    pages.set(options.filename, html);
  }
  return pages;
}

/** The CSP of a page as directive → sources. */
function csp(html: string): Map<string, string[]> {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  expect(meta, 'the page has a Content-Security-Policy meta tag').not.toBeNull();
  const out = new Map<string, string[]>();
  for (const part of meta![1].split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name, sources);
  }
  return out;
}

/** The sources a directive allows, falling back to default-src as browsers do. */
function allowed(policy: Map<string, string[]>, directive: string): string[] {
  return policy.get(directive) ?? policy.get('default-src') ?? ['*'];
}

function scripts(html: string): { src?: string; inline: string }[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({ src: /\bsrc="([^"]*)"/.exec(m[1])?.[1], inline: m[2].trim() }));
}

describe('Content-Security-Policy of the pane pages', () => {
  it('default build: every page allows its own origin only, with no eval and no inline script', () => {
    const pages = renderedPages();
    expect([...pages.keys()].sort()).toEqual(['commands.html', 'help.html', 'taskpane.html']);
    expect(scripts(pages.get('help.html')!)).toEqual([]);
    for (const [name, html] of pages) {
      const policy = csp(html);
      // The help page runs and fetches nothing: 'none' where the pane's pages allow their own origin.
      const own = name === 'help.html' ? ["'none'"] : ["'self'"];
      expect(policy.get('default-src'), name).toEqual(own);
      for (const directive of ['script-src', 'connect-src', 'frame-src', 'img-src', 'font-src', 'style-src', 'form-action', 'base-uri']) {
        for (const source of allowed(policy, directive)) {
          // Only the page's own origin (and data:/blob: images and fonts, which load nothing remote).
          expect(["'self'", "'none'", 'data:', 'blob:', "'unsafe-inline'"], `${name} ${directive}`).toContain(source);
        }
      }
      expect(allowed(policy, 'script-src'), name).toEqual(own); // no 'unsafe-eval', no 'unsafe-inline'
      expect(allowed(policy, 'connect-src'), name).toEqual(own);
      expect(allowed(policy, 'object-src'), name).toEqual(["'none'"]);
      // Every script is a file of the pane's own origin, so the policy above lets the page work.
      for (const s of scripts(html)) {
        expect(s.inline, `${name}: inline script would be blocked`).toBe('');
        expect(s.src, name).toMatch(/^(?!\/\/|[a-z]+:)[\w./-]+\.js$/);
      }
    }
  });

  it('CDN build: office.js from Microsoft is the only remote source, and connections stay on the own origin', () => {
    const local = renderedPages();
    for (const [name, html] of renderedPages({ OFFICE_JS: 'cdn' })) {
      // The help page loads no office.js: the same page in every build.
      if (name === 'help.html') {
        expect(html).toBe(local.get('help.html'));
        continue;
      }
      const policy = csp(html);
      expect(allowed(policy, 'script-src'), name).toEqual(["'self'", OFFICE_CDN_ORIGIN]);
      expect(allowed(policy, 'connect-src'), name).toEqual(["'self'"]);
      const remote = [...policy.values()].flat().filter((s) => /^https?:/.test(s));
      expect(new Set(remote), name).toEqual(new Set([OFFICE_CDN_ORIGIN]));
      expect(scripts(html).filter((s) => s.src?.startsWith('https:')).map((s) => s.src)).toEqual([`${OFFICE_CDN_ORIGIN}/lib/1/hosted/office.js`]);
    }
  });

  it('production bundles are built without eval-based source maps', () => {
    const config = webpackConfig();
    expect(config.mode).toBe('production');
    expect(config.devtool).toBe(false);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx|js|mjs|html)$/.test(f) ? [p] : [];
  });
}

describe('no HTML injection and no string evaluation in our code', () => {
  it('src/ never writes HTML into the DOM and never evaluates strings', () => {
    const files = sourceFiles(join(ROOT, 'src'));
    expect(files.length).toBeGreaterThan(50);
    const hits = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${relative(ROOT, f)}:${i + 1}` }))
        .filter(({ line }) => SINKS.test(line) && !/^\s*(\/\/|\*)/.test(line))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(hits).toEqual([]);
  });

  it('the pattern does find each sink it looks for', () => {
    for (const line of ['<div dangerouslySetInnerHTML={{ __html: t }} />', 'el.innerHTML = t;', 'document.write(t)', 'eval(code)', 'new Function("a", b)', "setTimeout('go()', 1)"]) {
      expect(SINKS.test(line), line).toBe(true);
    }
    expect(SINKS.test('setTimeout(() => go(), 1)')).toBe(false);
  });
});
