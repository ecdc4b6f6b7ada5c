/**
 * One way to define a command: what `--help` shows (description, arguments, options, the engine's
 * flags it takes) as data, and its action run through exitWith, so every command reads its flags and
 * ends with its exit code the same way (docs/design.md §6).
 */
import type { Command } from 'commander';
import { exitWith, type ExitCode } from './errors';
import { engineFlags, type EngineFlags } from './options';

type EngineFlagName = keyof EngineFlags;

export interface CommandDefinition<A extends unknown[]> {
  name: string;
  description: string;
  /** Each argument as commander writes it ('<file>', '<files...>', '[prefix]') → its description. */
  arguments: Record<string, string>;
  /** The command's own options, in the order --help lists them. */
  options?: { flags: string; description: string; required?: true }[];
  /** The engine's flags it takes (options.ts), listed after its own options. */
  engineFlags: EngineFlagName[];
  /** A description of the command's own where a flag means more there. */
  flagDescriptions?: Partial<Record<EngineFlagName, string>>;
  /** Resolves to the exit code; nothing is success. */
  action: (...args: A) => Promise<ExitCode | void>;
}

/** Adds the command to its parent (the program, or a command for a subcommand) and returns it. */
export function defineCommand<A extends unknown[]>(parent: Command, definition: CommandDefinition<A>): Command {
  const command = parent.command(definition.name).description(definition.description);
  for (const [name, description] of Object.entries(definition.arguments)) command.argument(name, description);
  for (const { flags, description, required } of definition.options ?? []) {
    if (required) command.requiredOption(flags, description);
    else command.option(flags, description);
  }
  engineFlags(command, definition.engineFlags, definition.flagDescriptions);
  return command.action(exitWith(definition.action));
}
