#!/usr/bin/env node
/**
 * `npm start`: builds the pane (development, rebuilt on change) and serves dist/ at
 * http://localhost:3000 — open it in any browser to run the pane against the sample workbook.
 * `npm run start:excel` (Windows/macOS): serves over https with the Office dev certificates and
 * sideloads manifest.xml into Excel desktop with office-addin-debugging.
 *   --port N   another port (the manifest expects 3000 for sideloading)
 */
import http from 'node:http';
import https from 'node:https';
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.css': 'text/css; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A static file server for dir (no listing, no path escape). Resolves once listening. */
export function serveDir(dir, { port = 3000, host = 'localhost', tls } = {}) {
  const root = path.resolve(dir);
  const handler = (req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (pathname === '/') {
      res.writeHead(302, { Location: '/taskpane.html' }).end();
      return;
    }
    const file = path.resolve(root, '.' + pathname);
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      res.end(data);
    });
  };
  const server = tls ? https.createServer(tls, handler) : http.createServer(handler);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

/** Runs webpack with the project's config; `watch` keeps rebuilding. Resolves after the first build. */
export function build({ mode = 'development', outDir = path.join(ROOT, 'dist'), watch = false, env = {} } = {}) {
  const webpack = require('webpack');
  const config = require(path.join(ROOT, 'webpack.config.js'))({ ...env, OUT_DIR: outDir }, { mode });
  config.context = ROOT;
  const compiler = webpack(config);
  return new Promise((resolve, reject) => {
    let first = true;
    const done = (err, stats) => {
      if (err || stats.hasErrors()) {
        const msg = err ? String(err) : stats.toString({ all: false, errors: true });
        if (first) reject(new Error(msg));
        else console.error(msg);
      } else if (!first) {
        console.log(`已重新构建（${stats.endTime - stats.startTime} ms）`);
      } else {
        first = false;
        resolve(compiler);
      }
    };
    if (watch) compiler.watch({ aggregateTimeout: 300 }, done);
    else compiler.run((err, stats) => compiler.close(() => done(err, stats)));
  });
}

/** Excel desktop, the target of `--excel`, exists only on Windows and macOS. */
export function excelDesktopPlatform(platform = process.platform) {
  return platform === 'win32' || platform === 'darwin';
}

export const NO_EXCEL_DESKTOP = [
  'npm run start:excel 把加载项旁加载到 Excel 桌面版，只能在 Windows 或 macOS 上运行。',
  '在本机请用 npm start 在浏览器中预览；要在 Excel 网页版中使用，请按 README“在 Excel 中使用”上传 manifest.xml。',
  'start:excel sideloads into Excel desktop, which runs only on Windows or macOS. Here, use npm start for',
  'the browser preview, or upload manifest.xml to Excel on the web as the README describes.',
].join('\n');

async function main() {
  const args = process.argv.slice(2);
  const excel = args.includes('--excel');
  const portArg = args.indexOf('--port');
  const port = portArg >= 0 ? Number(args[portArg + 1]) : 3000;
  if (excel && !excelDesktopPlatform()) {
    console.error(NO_EXCEL_DESKTOP);
    process.exit(1);
  }
  console.log('正在构建任务窗格…');
  await build({ watch: true });
  let tls;
  if (excel) {
    const devCerts = require('office-addin-dev-certs');
    tls = await devCerts.getHttpsServerOptions();
  }
  await serveDir(path.join(ROOT, 'dist'), { port, tls });
  const url = `${excel ? 'https' : 'http'}://localhost:${port}/taskpane.html`;
  console.log(`\n预算表校核助手已启动：${url}`);
  if (!excel) {
    console.log('在浏览器中打开上面的地址即可用示例工作簿试用（按 Ctrl+C 停止）。');
    return;
  }
  console.log('正在把加载项旁加载到 Excel 桌面版…');
  const bin = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'office-addin-debugging.cmd' : 'office-addin-debugging');
  const child = spawn(bin, ['start', path.join(ROOT, 'manifest.xml'), 'desktop', '--app', 'excel', '--no-debug', '--dev-server-port', String(port)], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  child.on('exit', (code) => {
    if (code) console.error('旁加载失败：请确认已安装 Excel 桌面版（Windows 或 macOS），详见 README“在 Excel 中使用”。\nSideloading failed: is Excel desktop installed? See the README.');
    else console.log('已旁加载：在 Excel 的“开始”选项卡点击“校核预算表”。结束时按 Ctrl+C，再运行 npm run stop:excel 取消旁加载。');
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
