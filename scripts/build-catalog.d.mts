// Types of scripts/build-catalog.mjs, for the tests of the catalog's data folders.
import type { ShippedCatalog } from '../src/engine/catalog/types';

/** The copy of the owner's shared data folder, and the folder of the project's own additions. */
export const SOURCE_DIR: string;
export const ADDITIONS_DIR: string;

/** Rows of a CSV with a header line, as header → trimmed field; lines starting with # are comments. */
export function parseCsv(text: string): Record<string, string>[];

/** The tag table of a SOURCES.md: tag → where it is, the edition it reflects and the years named there. */
export function parseSourceTags(sourcesMd: string): Record<string, { where: string; edition: string; years: number[] }>;

/** The shipped catalog built from the shared data folder and the additions folder; throws on a data problem. */
export function buildCatalog(dataDir: string, additionsDir?: string): ShippedCatalog;

/** The text form written to shipped.json. */
export function serializeCatalog(catalog: ShippedCatalog): string;
