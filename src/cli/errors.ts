/**
 * How a command ends (docs/design.md §6), one way for every command: an action returns its exit
 * code (0, or 1 when `check` found an error); every failure the user can act on is thrown and
 * becomes exit 2 with its one Chinese line on stderr (failureOf, called once in main.ts). Anything
 * else is a bug: main.ts says so in one line, never with a stack trace.
 */
import { CommanderError } from 'commander';
import { CatalogImportError } from '../engine/catalog';
import { DocxReadError } from '../docx/read';
import { WorkbookReadError } from '../xlsx/load';

export const EXIT = { clean: 0, errorsFound: 1, failed: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure the user can act on (bad usage, an output that cannot be written …): one Chinese line each. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** An action that ends with its exit code; `undefined` is success. */
export function exitWith<A extends unknown[]>(action: (...args: A) => Promise<ExitCode | void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    process.exitCode = (await action(...args)) ?? EXIT.clean;
  };
}

const HELP_HINT = '运行 budget-check --help 查看用法。';

/** One Chinese line for a commander usage error (commander's own messages are English). */
function usageMessage(e: CommanderError): string {
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

/**
 * How a thrown error ends the command: its exit code and the lines for stderr (none after help);
 * undefined for an error nobody expected (a bug).
 */
export function failureOf(e: unknown): { code: ExitCode; message?: string } | undefined {
  if (e instanceof CommanderError) {
    if (SILENT_EXITS.has(e.code)) return { code: e.exitCode === 0 ? EXIT.clean : EXIT.failed };
    return { code: EXIT.failed, message: usageMessage(e) };
  }
  if (e instanceof CliError || e instanceof WorkbookReadError || e instanceof DocxReadError || e instanceof CatalogImportError) {
    return { code: EXIT.failed, message: e.message };
  }
  return undefined;
}
