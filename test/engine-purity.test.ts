/**
 * The engine stays pure (docs/design.md §2): grids in, plain data out, no Node, DOM, React, ExcelJS
 * or Office. Two guards, both run by `npm test`: the project's ESLint config (no-restricted-imports
 * for src/engine, src/port and the hosts) and tsconfig.engine.json (the engine alone, without DOM
 * or Node types). Each is shown to reject a file that breaks the rule, and to pass the engine as it is.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const eslint = new ESLint({ cwd: ROOT });

/** The import restrictions ESLint reports for `code` saved as `file` (a path in the project, never written). */
async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => code.split('\n')[m.line - 1]);
}

const HOST_IMPORTS = [
  "import { readFileSync } from 'node:fs';",
  "import * as React from 'react';",
  "import { join } from 'path';",
  "import type ExcelJS from 'exceljs';",
  "import { Button } from '@fluentui/react-components';",
  "import { workbookToGrids } from '../../xlsx/grids';",
  "import type { WorkbookPort } from '../../port';",
];
const probe = HOST_IMPORTS.join('\n') + '\nexport const used = [readFileSync, React, join, Button, workbookToGrids] as unknown as [ExcelJS.Workbook, WorkbookPort];\n';

describe('lint: engine purity (eslint.config.js, through the ESLint Node API)', () => {
  it('fails an engine file that imports node:fs, react or any other host library, or leaves src/engine', async () => {
    expect(await restrictedImports('src/engine/rules/purity-probe.ts', probe)).toEqual(HOST_IMPORTS);
    expect(await restrictedImports('src/engine/purity-probe.ts', "import { existsSync } from 'fs';\nexport const x = existsSync;\n")).toHaveLength(1);
  });

  it('lets the command line import the same libraries (the rule is the engine’s, not the project’s)', async () => {
    expect(await restrictedImports('src/cli/purity-probe.ts', probe.replaceAll('../../', '../'))).toEqual([]);
  });

  it('finds nothing to restrict in the engine, the port and the hosts as they are', async () => {
    const results = await eslint.lintFiles(['src/engine', 'src/port', 'src/excel', 'src/preview', 'src/taskpane']);
    const broken = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => `${r.filePath}:${m.line} ${m.message}`));
    expect(broken).toEqual([]);
    expect(results.filter((r) => r.filePath.includes('/src/engine/')).length).toBeGreaterThan(50);
  });

  it('keeps the hosts apart: Excel imports no pane, the pane no host (its bootstrap picks one)', async () => {
    expect(await restrictedImports('src/excel/probe.ts', "import { App } from '../taskpane/App';\nexport const x = App;\n")).toHaveLength(1);
    expect(await restrictedImports('src/taskpane/components/probe.tsx', "import { OfficePort } from '../../excel/officePort';\nexport const x = OfficePort;\n")).toHaveLength(1);
    expect(await restrictedImports('src/taskpane/index.tsx', "import { OfficePort } from '../excel/officePort';\nexport const x = OfficePort;\n")).toEqual([]);
  });
});

describe('types: tsconfig.engine.json has no DOM and no Node', () => {
  /** The diagnostics of one in-memory file compiled under a tsconfig of the project. */
  function diagnostics(configFile: string, code: string): string[] {
    const parsed = ts.getParsedCommandLineOfConfigFile(resolve(ROOT, configFile), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
    const probeFile = resolve(ROOT, 'src/engine/purity-probe.ts');
    const host = ts.createCompilerHost(parsed.options);
    const read = host.getSourceFile.bind(host);
    host.getSourceFile = (name, version, ...rest) =>
      resolve(name) === probeFile ? ts.createSourceFile(name, code, version) : read(name, version, ...rest);
    host.fileExists = ((exists) => (name: string) => resolve(name) === probeFile || exists(name))(host.fileExists.bind(host));
    const program = ts.createProgram({ rootNames: [probeFile], options: parsed.options, host });
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }

  const code = 'export const x = [document.title, process.env.HOME, Buffer.from(""), new TextDecoder()];\n';

  it('rejects document, process, Buffer and TextDecoder in the engine', () => {
    const said = diagnostics('tsconfig.engine.json', code);
    for (const name of ['document', 'process', 'Buffer', 'TextDecoder']) expect(said.some((m) => m.includes(`'${name}'`)), name).toBe(true);
  });

  it('while the project-wide config (DOM and Node types) accepts the same line', () => {
    expect(diagnostics('tsconfig.json', code)).toEqual([]);
  });
});
