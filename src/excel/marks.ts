/**
 * Marks: a fill by severity (and a note where Excel and the loaded script both have notes), with the
 * cell's previous look saved in the workbook so that 清除标记 restores it, also after the pane was
 * closed. Written so that marks can always be cleared:
 *   - sheets are looked up by name first; saved looks of a sheet since renamed or deleted are dropped
 *     (getItem on them would fail every later batch), looks on a sheet protected since are kept;
 *   - the looks are saved in their own sync before any fill is written, so a batch that fails half
 *     way leaves coloured cells whose looks are already saved;
 *   - a note is removed only while it still starts with the add-in's prefix (the user may have
 *     rewritten it).
 */
import { NOTE_PREFIX, SEVERITY_FILL, type CellMark } from '../engine/model';
import { scriptHas } from './capabilities';

/** A marked cell's previous look, so clearing restores it exactly. */
export interface SavedLook {
  sheet: string;
  cell: string;
  /** Previous fill colour; null: the cell had no fill. */
  color: string | null;
  /** True when the add-in added a note to the cell (removed on clearing if it still carries the prefix). */
  note: boolean;
}

/** Workbook setting holding the saved looks, so marks can be cleared after the pane is reopened. */
export const MARKS_SETTING = 'budgetCheck.marks';

export interface MarkCapabilities {
  /** Host reports ExcelApi 1.18 (Worksheet.notes); the script is asked per worksheet. */
  notes: boolean;
  /** ExcelApi 1.9: RangeFill.pattern tells "no fill" from a white fill. */
  pattern: boolean;
}

interface LiveSheet {
  ws: Excel.Worksheet;
  protected: boolean;
}

/** Every sheet of the workbook by name, with its protection, in one sync. */
export async function liveSheets(context: Excel.RequestContext): Promise<Map<string, LiveSheet>> {
  return (await openMarks(context, [])).sheets;
}

/**
 * Every sheet by name with its protection, and the saved looks (`known`, else the ones saved in the
 * workbook by this or an earlier session; a corrupt setting reads as none), in one sync.
 */
export async function openMarks(context: Excel.RequestContext, known: SavedLook[] | undefined) {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/protection/protected');
  const item = known ? undefined : context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
  item?.load('value');
  await context.sync();
  return {
    sheets: new Map<string, LiveSheet>(sheets.items.map((ws) => [ws.name, { ws, protected: ws.protection.protected }])),
    looks: known ?? (item && !item.isNullObject ? parseLooks(item.value) : []),
  };
}

function parseLooks(value: unknown): SavedLook[] {
  try {
    const v = typeof value === 'string' ? JSON.parse(value) : value;
    return Array.isArray(v) ? (v as SavedLook[]).filter((s) => s && typeof s.sheet === 'string' && typeof s.cell === 'string') : [];
  } catch {
    return [];
  }
}

export function queueSaveLooks(context: Excel.RequestContext, looks: SavedLook[]): void {
  context.workbook.settings.add(MARKS_SETTING, JSON.stringify(looks));
}

/** The notes of cells, where the host and the loaded script both have notes: loads queued, read after sync. */
function queueNotes(cells: { sheet: LiveSheet; cell: string }[], caps: MarkCapabilities) {
  return cells.map(({ sheet, cell }) => {
    const note = caps.notes && scriptHas(sheet.ws, 'notes') ? sheet.ws.notes.getItemOrNullObject(cell) : undefined;
    note?.load('content');
    return { sheet, cell, note };
  });
}

const carriesPrefix = (note: Excel.Note | undefined) => !!note && !note.isNullObject && note.content.startsWith(NOTE_PREFIX);

export interface RestorePlan {
  /** Looks that can be restored now (sheet exists, not protected). */
  restorable: SavedLook[];
  /** Looks that must stay saved (their sheet is protected now). */
  kept: SavedLook[];
  /** Dropped: their sheet was renamed or deleted. */
  stale: SavedLook[];
}

export function planRestore(looks: SavedLook[], sheets: Map<string, LiveSheet>): RestorePlan {
  const plan: RestorePlan = { restorable: [], kept: [], stale: [] };
  for (const s of looks) {
    const live = sheets.get(s.sheet);
    if (!live) plan.stale.push(s);
    else if (live.protected) plan.kept.push(s);
    else plan.restorable.push(s);
  }
  return plan;
}

/**
 * Queues the restoring of `looks` (fills now; the note loads, whose deletes follow the next sync).
 * Returns a function that queues the deletes of the add-in's notes, to call after that sync.
 */
export function queueRestore(looks: SavedLook[], sheets: Map<string, LiveSheet>, caps: MarkCapabilities): () => void {
  const notes = queueNotes(
    looks.filter((s) => s.note).map((s) => ({ sheet: sheets.get(s.sheet)!, cell: s.cell })),
    caps,
  );
  for (const s of looks) {
    const range = sheets.get(s.sheet)!.ws.getRange(s.cell);
    if (s.color === null) range.format.fill.clear();
    else range.format.fill.color = s.color;
  }
  return () => {
    for (const { note } of notes) if (note && carriesPrefix(note)) note.delete();
  };
}

/**
 * Marks the cells: reads their current looks (after `previous` marks are restored, so the looks
 * are the user's own), saves them, then writes fills and notes. Returns the saved looks.
 */
export async function applyMarks(
  context: Excel.RequestContext,
  marks: CellMark[],
  known: SavedLook[] | undefined,
  caps: MarkCapabilities,
  suspendScreen: () => void,
): Promise<{ saved: SavedLook[]; skippedProtected: number; missing: number }> {
  const { sheets, looks: previous } = await openMarks(context, known);
  const plan = planRestore(previous, sheets);
  const deleteOldNotes = queueRestore(plan.restorable, sheets, caps);
  const targets = marks.filter((m) => sheets.has(m.sheet) && !sheets.get(m.sheet)!.protected);
  const reads = targets.map((m) => {
    const sheet = sheets.get(m.sheet)!;
    const fill = sheet.ws.getRange(m.cell).format.fill;
    fill.load(caps.pattern ? ['color', 'pattern'] : ['color']);
    const [{ note }] = queueNotes([{ sheet, cell: m.cell }], caps);
    return { m, sheet, fill, note };
  });
  await context.sync();

  // Notes: the add-in's old ones go (previous marks', and any left on a cell marked again).
  deleteOldNotes();
  const oldOnTargets = new Set(previous.filter((s) => s.note).map((s) => `${s.sheet}!${s.cell}`));
  const saved: SavedLook[] = [];
  for (const r of reads) {
    const none = caps.pattern ? r.fill.pattern === 'None' : /^#?FFFFFF$/i.test(r.fill.color ?? '');
    const ours = carriesPrefix(r.note);
    if (ours && !oldOnTargets.has(`${r.m.sheet}!${r.m.cell}`)) r.note!.delete();
    const addNote = !!r.note && (r.note.isNullObject || ours); // never over the user's own note
    saved.push({ sheet: r.m.sheet, cell: r.m.cell, color: none ? null : r.fill.color, note: addNote });
  }
  // The looks are saved before any fill is written.
  queueSaveLooks(context, [...plan.kept, ...saved]);
  await context.sync();

  suspendScreen();
  for (const [i, r] of reads.entries()) {
    r.sheet.ws.getRange(r.m.cell).format.fill.color = SEVERITY_FILL[r.m.severity];
    if (saved[i].note && caps.notes && scriptHas(r.sheet.ws, 'notes')) r.sheet.ws.notes.add(r.m.cell, r.m.note);
  }
  await context.sync();
  const missing = marks.filter((m) => !sheets.has(m.sheet)).length;
  return { saved: [...plan.kept, ...saved], skippedProtected: marks.length - targets.length - missing, missing };
}

/** Restores every saved look it can; returns how many, and the looks that stay saved. */
export async function clearMarks(
  context: Excel.RequestContext,
  known: SavedLook[] | undefined,
  caps: MarkCapabilities,
  suspendScreen: () => void,
): Promise<{ restored: number; kept: SavedLook[]; stale: number }> {
  const { sheets, looks } = await openMarks(context, known);
  if (looks.length === 0) return { restored: 0, kept: [], stale: 0 };
  const plan = planRestore(looks, sheets);
  suspendScreen();
  const deleteNotes = queueRestore(plan.restorable, sheets, caps);
  await context.sync();
  deleteNotes();
  queueSaveLooks(context, plan.kept);
  await context.sync();
  return { restored: plan.restorable.length, kept: plan.kept, stale: plan.stale.length };
}
