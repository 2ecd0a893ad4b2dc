/**
 * CSV as the original service wrote it (OpenCSV bean-to-CSV): every value double-quoted, `,` between values,
 * `\n` after each record, an absent value as `""`.
 */
export type CsvValue = string | number | boolean | undefined;

// A spreadsheet treats a cell starting with one of these as a formula (or, for tab and carriage return, strips
// the character and looks again), so a value such as `=HYPERLINK(...)` that reached us from an upstream could
// run on an analyst's machine. OWASP's advice: prefix the cell with a single quote so it is shown as text.
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** The text of a value with a leading formula trigger neutralised by a `'` prefix. */
export function neutraliseFormula(text: string): string {
  return FORMULA_TRIGGERS.has(text.charAt(0)) ? `'${text}` : text;
}

const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const DELETE = 0x7f;
/** U+2400 CONTROL PICTURE FOR NULL; those of U+0001–U+001F follow it. */
const CONTROL_PICTURES = 0x2400;
/** U+2421 CONTROL PICTURE FOR DELETE. */
const DELETE_PICTURE = 0x2421;

/**
 * C0 controls and DEL, except tab, line feed and carriage return: a quoted cell holds those three as they are
 * (a leading tab or carriage return is a formula trigger). The others are invisible in a spreadsheet, end the
 * cell or the file in some CSV readers (NUL) and act on a terminal that prints the report (ESC).
 */
function isHiddenControl(code: number): boolean {
  return (code < 0x20 && code !== TAB && code !== LINE_FEED && code !== CARRIAGE_RETURN) || code === DELETE;
}

/**
 * Each hidden control replaced by its control picture (`␀`, `␛`, `␡`): like the formula rule it keeps the value
 * visible and inert rather than dropping anything, and one character stays one character.
 */
export function neutraliseControls(text: string): string {
  let shown = '';
  let copiedUpTo = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isHiddenControl(code)) continue;
    const picture = code === DELETE ? DELETE_PICTURE : CONTROL_PICTURES + code;
    shown += text.slice(copiedUpTo, i) + String.fromCharCode(picture);
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
