/**
 * Builds the task pane, the help page, the commands page, the manifest, icons, the sample workbook
 * and office.js into dist/. The task pane and the help page share one template (src/taskpane/page.html).
 *   OFFICE_JS=cdn        reference Microsoft's CDN for office.js (store-published add-ins);
 *   OFFICE_JS=cdn-china  the CDN of Office 365 operated by 21Vianet (世纪互联), for tenants in China;
 *                        default: serve office.js from @microsoft/office-js locally (works on
 *                        intranets that cannot reach the internet). See
 *                        https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn
 *   ADDIN_URL=https://host/path  the address dist/ is hosted at (written into dist/manifest.xml;
 *                        default https://localhost:3000). Office loads add-ins over https only.
 * Static files (office.js, the guard scripts) are copied byte for byte: marked as minimized, so the
 * production minifier leaves them alone (re-minified, Microsoft's files needed ES2020 and would
 * fail in the old webviews before the compatibility guard could speak).
 * Production bundles carry no eval (devtool false; development uses plain source maps), so the
 * pane's CSP can forbid 'unsafe-eval'.
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const fs = require('node:fs');

const DEV_URL = 'https://localhost:3000';
const OFFICE_CDNS = {
  cdn: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
  'cdn-china': 'https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js',
};
const OFFICE_DIST = path.join(__dirname, 'node_modules/@microsoft/office-js/dist');

/** The office.js files Excel needs: the loader, Excel host scripts, and every locale's strings. */
const OFFICE_FILE = /^(office|excel[-\w.]*|excelios[-\w.]*|excelwebapp[-\w.]*|o15apptofilemappingtable|es6-promise)\.js$/;

/** [source path, output name] of every office.js file to serve with the pane (no .debug.js). */
function officeJsFiles() {
  const out = [];
  for (const entry of fs.readdirSync(OFFICE_DIST, { withFileTypes: true })) {
    if (entry.isFile() && OFFICE_FILE.test(entry.name) && !entry.name.includes('.debug.')) {
      out.push([path.join(OFFICE_DIST, entry.name), `office-js/${entry.name}`]);
    } else if (entry.isDirectory()) {
      const strings = path.join(OFFICE_DIST, entry.name, 'office_strings.js');
      if (fs.existsSync(strings)) out.push([strings, `office-js/${entry.name}/office_strings.js`]);
    }
  }
  return out;
}

function filesIn(dir, re, to) {
  const abs = path.join(__dirname, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs).filter((f) => re.test(f)).map((f) => [path.join(abs, f), `${to}${f}`]);
}

/**
 * The pane's Content-Security-Policy: its own origin only, and office.js's CDN origin (with a leading
 * space, or '') for scripts and Office's frames when office.js comes from there.
 */
const paneCsp = (officeJsOrigin) =>
  `default-src 'self'; script-src 'self'${officeJsOrigin}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-src 'self'${officeJsOrigin}; object-src 'none'; base-uri 'self'; form-action 'none'`;

/** The help page runs nothing and loads nothing but its own images. */
const HELP_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'";
const HELP_STYLE = `
      body { font-family: "Microsoft YaHei", "PingFang SC", sans-serif; font-size: 14px; line-height: 1.7; max-width: 46em; margin: 1em auto; padding: 0 1em; color: #242424; }
      td, th { border: 1px solid #d1d1d1; padding: 2px 8px; text-align: left; }
      table { border-collapse: collapse; }
    `;

/**
 * The pane's head: the compatibility guard first (it must speak before office.js or anything an old
 * webview cannot run), the history guard, office.js; webpack adds the pane's own deferred scripts after.
 */
const paneHead = (officeJsUrl) =>
  [
    '<link rel="icon" href="assets/icon-16.png" />',
    ...['compat-guard.js', 'history-guard.js', officeJsUrl].map((src) => `<script src="${src}"></script>`),
    '<style>html, body, #container { height: 100%; margin: 0; }</style>',
  ].join('\n    ');

/**
 * Emits static files into the build (a few lines instead of copy-webpack-plugin, whose schema
 * validation cannot load with the ajv version the lockfile hoists).
 */
class StaticFilesPlugin {
  constructor(files, transforms = {}) {
    this.files = files;
    this.transforms = transforms;
  }
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap('StaticFilesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'StaticFilesPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const [from, to] of this.files()) {
          let data = fs.readFileSync(from);
          if (this.transforms[to]) data = Buffer.from(this.transforms[to](data.toString('utf8')), 'utf8');
          // minimized: the production minifier (terser) skips assets so marked.
          compilation.emitAsset(to, new RawSource(data), { minimized: true });
          compilation.fileDependencies.add(from);
        }
      });
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const officeJs = env.OFFICE_JS || process.env.OFFICE_JS || 'local';
  if (officeJs !== 'local' && !OFFICE_CDNS[officeJs]) throw new Error(`OFFICE_JS must be cdn or cdn-china (or unset), not ${officeJs}`);
  const cdn = officeJs !== 'local';
  const addinUrl = (env.ADDIN_URL || process.env.ADDIN_URL || DEV_URL).replace(/\/+$/, '');
  if (!/^https:\/\/[^/\s]+/.test(addinUrl)) throw new Error(`ADDIN_URL must be an https:// address (Office loads add-ins over https only), not ${addinUrl}`);
  const outDir = path.resolve(env.OUT_DIR || process.env.OUT_DIR || path.join(__dirname, 'dist'));
  const officeJsUrl = cdn ? OFFICE_CDNS[officeJs] : 'office-js/office.js';
  const officeJsOrigin = cdn ? ` ${new URL(officeJsUrl).origin}` : '';
  const html = (template, filename, chunks, parameters = {}) =>
    new HtmlWebpackPlugin({ template, filename, chunks, officeJsUrl, officeJsOrigin, scriptLoading: 'defer', ...parameters });
  // The pages a person reads, from one template: what differs is their title, policy, head and body.
  const page = (filename, chunks, parameters) => html('./src/taskpane/page.html', filename, chunks, parameters);

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: { path: outDir, filename: '[name].js', chunkFilename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true } } }],
    },
    performance: { hints: false },
    // Chunks named after what they hold (node_modules_exceljs_….js), so what a page loads can be read from its requests.
    optimization: { chunkIds: 'named' },
    plugins: [
      page('taskpane.html', ['taskpane'], { title: '预算表校核助手', csp: paneCsp(officeJsOrigin), head: paneHead(officeJsUrl), body: '<div id="container"></div>' }),
      page('help.html', [], {
        title: '预算表校核助手 · 帮助',
        csp: HELP_CSP,
        head: `<style>${HELP_STYLE}</style>`,
        body: fs.readFileSync(path.join(__dirname, 'src/taskpane/help-body.html'), 'utf8'),
      }),
      html('./src/commands/commands.html', 'commands.html', ['commands']),
      new StaticFilesPlugin(
        () => [
          [path.join(__dirname, 'src/taskpane/compat-guard.js'), 'compat-guard.js'],
          [path.join(__dirname, 'src/taskpane/history-guard.js'), 'history-guard.js'],
          [path.join(__dirname, 'manifest.xml'), 'manifest.xml'],
          ...filesIn('assets', /^icon-\d+\.png$/, 'assets/'),
          ...filesIn('assets/sample', /\.xlsx$/, 'sample/'),
          ...(cdn ? [] : officeJsFiles()),
        ],
        { 'manifest.xml': (xml) => xml.split(DEV_URL).join(addinUrl) },
      ),
    ],
  };
};
