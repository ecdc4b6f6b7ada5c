/**
 * Two questions before an API above the manifest's minimum is touched:
 *   - does the host support it? `isSetSupported('ExcelApi', x)` answers from the Excel application;
 *   - does the loaded office.js host script define it? The bundled @microsoft/office-js 1.1.110
 *     scripts stop at ExcelApi 1.15, so on Microsoft 365 (Version 2501+) the host says yes to 1.18 while
 *     `worksheet.notes` is undefined in the script. Only both together make an API usable.
 */

/** True when the loaded script defines `member` on `object` (a property getter or a method). */
export function scriptHas(object: object | null | undefined, member: string): boolean {
  return object !== null && object !== undefined && member in object;
}
