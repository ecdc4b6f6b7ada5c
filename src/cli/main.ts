/** budget-check — command line over .xlsx files (DESIGN §6). Minimal bootstrap; see issue 2. */
import { readFile } from 'node:fs/promises';
import { loadXlsx, WorkbookReadError } from '../xlsx/load';
import { workbookToGrids } from '../xlsx/grids';
import { analyzeWorkbook } from '../engine';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'check') {
    process.stderr.write('用法：budget-check check FILE.xlsx… [--json]\n');
    return 2;
  }
  const json = rest.includes('--json');
  const files = rest.filter((a) => !a.startsWith('--'));
  const out = [];
  for (const file of files) {
    let data: Buffer;
    try {
      data = await readFile(file);
    } catch {
      process.stderr.write(`无法读取文件：${file}\n`);
      return 2;
    }
    try {
      const wb = await loadXlsx(data);
      const analysis = analyzeWorkbook(workbookToGrids(wb, file));
      out.push({ file, ...analysis });
    } catch (e) {
      process.stderr.write(`${file}：${e instanceof WorkbookReadError ? e.message : '无法读取。'}\n`);
      return 2;
    }
  }
  if (json) process.stdout.write(JSON.stringify({ files: out }) + '\n');
  else for (const f of out) process.stdout.write(`${f.file}：识别 ${f.tables.length} 张表，发现 ${f.findings.length} 个问题\n`);
  return out.some((f) => f.findings.some((x) => x.severity === 'error')) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  () => {
    process.stderr.write('内部错误：请把文件和命令报告给维护者。\n');
    process.exit(2);
  },
);
