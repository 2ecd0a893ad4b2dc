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

/** One quoted cell: formula-neutralised, inner quotes doubled. */
export function csvCell(value: CsvValue): string {
  const text = value === undefined ? '' : neutraliseFormula(String(value));
  return `"${text.replaceAll('"', '""')}"`;
}

/** One CSV record, including its line end. */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\n`;
}
