/** CSV as the original wrote it (OpenCSV): all values quoted, `,` between, `\n` after each, absent `""`. */
export type CsvValue = string | number | boolean | undefined;

// A spreadsheet runs a cell starting with one of these as a formula (tab, CR: once stripped), so an upstream
// value such as `=HYPERLINK(...)` could run on an analyst's machine. OWASP: prefix a `'` to show it as text.
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

export function neutraliseFormula(text: string): string {
  return FORMULA_TRIGGERS.has(text.charAt(0)) ? `'${text}` : text;
}

/**
 * C0 controls and DEL, but not tab, LF or CR (a quoted cell holds those): invisible in a spreadsheet, they
 * end the cell or file in some CSV readers (NUL) and act on a terminal that prints the report (ESC).
 */
function isHiddenControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;
}

/** Hidden controls shown as control pictures (U+2400 `␀` on, U+2421 `␡`): visible, inert, one for one. */
export function neutraliseControls(text: string): string {
  let shown = '';
  let copiedUpTo = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isHiddenControl(code)) continue;
    shown += text.slice(copiedUpTo, i) + String.fromCharCode(code === 0x7f ? 0x2421 : 0x2400 + code);
    copiedUpTo = i + 1;
  }
  return copiedUpTo === 0 ? text : shown + text.slice(copiedUpTo);
}

/**
 * One quoted cell: controls pictured, then formula-neutralised (a picture is never a trigger, so `\0=1` is
 * shown as `␀=1` without a `'`), then inner quotes doubled.
 */
export function csvCell(value: CsvValue): string {
  const text = value === undefined ? '' : neutraliseFormula(neutraliseControls(String(value)));
  return `"${text.replaceAll('"', '""')}"`;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\n`;
}
