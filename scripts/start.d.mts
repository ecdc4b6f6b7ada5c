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
