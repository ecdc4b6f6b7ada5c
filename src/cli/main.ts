/** budget-check — command line over .xlsx files (DESIGN §6). Each command lives in commands/. */
import { Command, CommanderError } from 'commander';
import { registerCheckCommand } from './commands/check';
import { registerFillCommand } from './commands/fill';
import { registerMarkCommand } from './commands/mark';
import { registerDraftCommand } from './commands/draft';
import { registerCodesCommand } from './commands/codes';

export function buildProgram(): Command {
  const program = new Command('budget-check')
    .description('预算表校核助手：识别部门预算/决算表、校核合计、填写科目名称、起草情况说明')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerCheckCommand(program);
  registerFillCommand(program);
  registerMarkCommand(program);
  registerDraftCommand(program);
  registerCodesCommand(program);
  return program;
}

async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  () => {
    process.stderr.write('内部错误：请把文件和命令报告给维护者。\n');
    process.exit(2);
  },
);
