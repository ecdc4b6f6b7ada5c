/** budget-check — command line over .xlsx files (docs/design.md §6). Each command lives in commands/. */
import { Command } from 'commander';
import { registerCheckCommand } from './commands/check';
import { registerFillCommand } from './commands/fill';
import { registerMarkCommand } from './commands/mark';
import { registerDraftCommand } from './commands/draft';
import { registerCodesCommand } from './commands/codes';
import { EXIT, failureOf } from './errors';

/** commander's help headings, in Chinese. */
const HELP_TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
  'Global Options:': '通用选项：',
};

/** Help in Chinese for the program and every command under it. */
function chineseHelp(cmd: Command): void {
  cmd.helpOption('-h, --help', '显示帮助').configureHelp({ styleTitle: (title) => HELP_TITLES[title] ?? title });
  if (cmd.commands.length) cmd.helpCommand('help [命令]', '显示某个命令的帮助');
  cmd.commands.forEach(chineseHelp);
}

export function buildProgram(): Command {
  const program = new Command('budget-check')
    .description('预算表校核助手：识别部门预算/决算表、校核合计、填写科目名称、起草情况说明')
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      // Usage errors are reported once, in Chinese, by failureOf() in main().
      outputError: () => undefined,
    });
  registerCheckCommand(program);
  registerFillCommand(program);
  registerMarkCommand(program);
  registerDraftCommand(program);
  registerCodesCommand(program);
  chineseHelp(program);
  return program;
}

async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.clean;
  } catch (e) {
    const failure = failureOf(e);
    if (!failure) throw e;
    if (failure.message) process.stderr.write(failure.message + '\n');
    return failure.code;
  }
}

/** Exits once everything written to stdout has been flushed (a piped JSON report is never cut). */
function exitAfterFlush(code: number): void {
  process.stdout.write('', () => process.exit(code));
}

main(process.argv.slice(2)).then(exitAfterFlush, () => {
  // A bug, not the user's input: one line, never a stack trace.
  process.stderr.write('内部错误：请把文件和命令报告给维护者。\n');
  exitAfterFlush(EXIT.failed);
});
