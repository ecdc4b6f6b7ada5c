/**
 * The options of the engine, read the same way by every command that runs it: each flag defined
 * and parsed once here, and one loader that turns the flags into the engine's options together
 * with the catalogs the user imported (`budget-check codes import`) — check, mark, fill, draft and
 * codes all see the same catalogs.
 */
import { InvalidArgumentError, type Command } from 'commander';
import type { AnalyzeOptions } from '../engine/findings';
import { loadImportedCatalogs } from './config';

function parseTolerance(raw: string): number {
  const n = Number(raw.replace(/，/g, ','));
  if (raw.trim() === '' || !Number.isFinite(n) || n < 0) {
    throw new InvalidArgumentError(`--tolerance 需要一个不小于 0 的数字（表格自身单位），例如 --tolerance 0.01，而不是“${raw}”。`);
  }
  return n;
}

function parseReasonThreshold(raw: string): number {
  const n = Number(raw.replace(/[%％]$/, ''));
  if (raw.trim() === '' || !Number.isFinite(n) || n < 0) {
    throw new InvalidArgumentError(`--reason-threshold 需要一个不小于 0 的百分数，例如 --reason-threshold 10，而不是“${raw}”。`);
  }
  return n;
}

export function parseYear(raw: string): number {
  const n = Number(raw.trim());
  if (!Number.isInteger(n) || n < 2000 || n > 2100) {
    throw new InvalidArgumentError(`--year 需要一个年份，例如 --year 2025，而不是“${raw}”。`);
  }
  return n;
}

/** The engine's flags as commander gives them. */
export interface EngineFlags {
  tolerance?: number;
  reasonThreshold?: number;
  year?: number;
}

const FLAGS: Record<keyof EngineFlags, { flags: string; description: string; parse: (raw: string) => number }> = {
  tolerance: { flags: '--tolerance <n>', description: '合计允许的误差（表格自身单位），默认按四舍五入位数自动确定', parse: parseTolerance },
  reasonThreshold: { flags: '--reason-threshold <percent>', description: '情况说明中增减幅度达到多少（%）须写明原因，默认 10', parse: parseReasonThreshold },
  year: { flags: '--year <year>', description: '按哪一年的科目分类目录（默认取表格年度）', parse: parseYear },
};

/** Adds the engine's flags a command takes (a description of its own where the flag means more there). */
export function engineFlags(command: Command, names: (keyof EngineFlags)[], descriptions: Partial<Record<keyof EngineFlags, string>> = {}): Command {
  for (const name of names) command.option(FLAGS[name].flags, descriptions[name] ?? FLAGS[name].description, FLAGS[name].parse);
  return command;
}

/** The engine's options for a command: its flags, and every catalog the user imported. */
export async function loadEngineOptions(flags: EngineFlags): Promise<AnalyzeOptions> {
  const importedCatalogs = await loadImportedCatalogs();
  return {
    ...(flags.tolerance !== undefined ? { tolerance: flags.tolerance } : {}),
    ...(flags.reasonThreshold !== undefined ? { reasonThreshold: flags.reasonThreshold } : {}),
    ...(flags.year !== undefined ? { editionYear: flags.year } : {}),
    ...(importedCatalogs.length ? { importedCatalogs } : {}),
  };
}
