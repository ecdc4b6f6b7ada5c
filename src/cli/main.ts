/** budget-check — command line over .xlsx files (docs/design.md §6). Each command lives in commands/. */
import { Command, CommanderError } from 'commander';
import { registerCheckCommand } from './commands/check';
import { registerFillCommand } from './commands/fill';
import { registerMarkCommand } from './commands/mark';
import { registerDraftCommand } from './commands/draft';
import { registerCodesCommand } from './commands/codes';

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
      // Usage errors are reported once, in Chinese, by usageMessage() below.
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

const HELP_HINT = '运行 budget-check --help 查看用法。';

/** One Chinese line for a commander usage error (commander's own messages are English). */
export function usageMessage(e: CommanderError): string {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  switch (e.code) {
    case 'commander.missingArgument':
      return `用法错误：缺少参数 ${quoted}（例如要检查的文件名）。${HELP_HINT}`;
    case 'commander.optionMissingArgument':
      return `用法错误：选项 ${quoted} 后面缺少取值。${HELP_HINT}`;
    case 'commander.missingMandatoryOptionValue':
      return `用法错误：缺少必需的选项 ${quoted}。${HELP_HINT}`;
    case 'commander.unknownOption':
      return `用法错误：不认识的选项 ${quoted}。${HELP_HINT}`;
    case 'commander.unknownCommand':
      return `用法错误：没有“${quoted}”这个命令（可用：check、fill、mark、draft、codes）。${HELP_HINT}`;
    case 'commander.excessArguments':
      return `用法错误：参数太多。${HELP_HINT}`;
    case 'commander.invalidArgument':
      return `用法错误：${e.message.replace(/^error:\s*/i, '').replace(/^.*?is invalid\.\s*/, '')}`;
    default:
      return `用法错误：命令格式不对。${HELP_HINT}`;
  }
}

const SILENT_EXITS = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (SILENT_EXITS.has(e.code)) return e.exitCode === 0 ? 0 : 2;
      process.stderr.write(usageMessage(e) + '\n');
      return 2;
    }
    throw e;
  }
}

/** Exits once everything written to stdout has been flushed (a piped JSON report is never cut). */
function exitAfterFlush(code: number): void {
  process.stdout.write('', () => process.exit(code));
}

main(process.argv.slice(2)).then(exitAfterFlush, () => {
  process.stderr.write('内部错误：请把文件和命令报告给维护者。\n');
  exitAfterFlush(2);
});
