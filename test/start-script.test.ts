/**
 * scripts/start.mjs (npm start / npm run start:excel) and the sideloading tool it calls:
 * the static server serves the pane and nothing outside dist/, start:excel refuses clearly where
 * there is no Excel desktop, and office-addin-debugging loads (it once crashed on a hoisted ajv 6).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_EXCEL_DESKTOP, excelDesktopPlatform, serveDir } from '../scripts/start.mjs';

const ROOT = join(__dirname, '..');

describe('serveDir (the npm start server)', () => {
  let dir: string;
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'budget-serve-'));
    mkdirSync(join(dir, 'sample'));
    writeFileSync(join(dir, 'taskpane.html'), '<!doctype html><title>pane</title>');
    writeFileSync(join(dir, 'sample', '示例-部门预算.xlsx'), 'PK');
    writeFileSync(join(tmpdir(), 'budget-serve-secret.txt'), 'secret');
    server = await serveDir(dir, { port: 0, host: 'localhost' });
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(tmpdir(), 'budget-serve-secret.txt'), { force: true });
  });

  /** A raw GET (the path is sent exactly as given, no client-side normalisation). */
  function get(path: string): Promise<{ status: number; type?: string; location?: string; body: string }> {
    return new Promise((resolve, reject) => {
      const req = http.request({ host: 'localhost', port, path, method: 'GET' }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, type: res.headers['content-type'], location: res.headers.location, body }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('listens on localhost only', () => {
    expect(['127.0.0.1', '::1']).toContain((server.address() as AddressInfo).address);
  });

  it('sends / to the task pane and serves files with their types, Chinese names included', async () => {
    expect(await get('/')).toMatchObject({ status: 302, location: '/taskpane.html' });
    expect(await get('/taskpane.html')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    const xlsx = await get('/' + encodeURI('sample/示例-部门预算.xlsx'));
    expect(xlsx.status).toBe(200);
    expect(xlsx.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect((await get('/missing.js')).status).toBe(404);
  });

  it('never serves a file outside its directory', async () => {
    for (const path of ['/../budget-serve-secret.txt', '/%2e%2e/budget-serve-secret.txt', '/..%2fbudget-serve-secret.txt', '/sample/..%2f..%2fbudget-serve-secret.txt']) {
      const res = await get(path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.body, path).not.toContain('secret');
    }
    expect((await get('/%E0%A4%A')).status).toBe(400); // malformed escape
  });
});

describe('npm run start:excel', () => {
  it('knows where Excel desktop exists', () => {
    expect(excelDesktopPlatform('win32')).toBe(true);
    expect(excelDesktopPlatform('darwin')).toBe(true);
    expect(excelDesktopPlatform('linux')).toBe(false);
  });

  it.skipIf(excelDesktopPlatform())('without Excel desktop, stops at once with a clear Chinese and English message, no stack trace, no build', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/start.mjs'), '--excel'], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(NO_EXCEL_DESKTOP);
    expect(r.stderr).toContain('Windows 或 macOS');
    expect(r.stderr).toContain('Windows or macOS');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).not.toContain('正在构建');
  });

  it('the sideloading tool it runs (office-addin-debugging) loads and knows its start command', () => {
    const cli = join(ROOT, 'node_modules/office-addin-debugging/cli.js');
    const r = spawnSync(process.execPath, [cli, 'start', '--help'], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(r.stderr).not.toContain('Cannot find module');
    expect(r.status).toBe(0);
    for (const option of ['--app', '--no-debug', '--dev-server-port']) expect(r.stdout).toContain(option);
  });
});
