// Types of scripts/start.mjs, for the end-to-end test that builds and serves the pane.
import type { Server } from 'node:http';
import type { ServerOptions } from 'node:https';

/** A static file server for dir (no listing, no path escape). Resolves once listening. */
export function serveDir(dir: string, options?: { port?: number; host?: string; tls?: ServerOptions }): Promise<Server>;

/** Runs webpack with the project's config; `watch` keeps rebuilding. Resolves after the first build. */
export function build(options?: {
  mode?: 'development' | 'production';
  outDir?: string;
  watch?: boolean;
  env?: Record<string, string>;
}): Promise<unknown>;

/** Whether Excel desktop (the target of `npm run start:excel`) exists on this platform. */
export function excelDesktopPlatform(platform?: string): boolean;

/** The message `npm run start:excel` prints (and exits 1) where there is no Excel desktop. */
export const NO_EXCEL_DESKTOP: string;
