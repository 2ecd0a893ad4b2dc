import fc from 'fast-check';
import { csvCell, csvLine } from './csv';

/*
 * Report cells come from upstream data an analyst opens in a spreadsheet: whatever a value holds, its cell
 * must be one well-formed quoted field, never start a formula, carry no control character a reader or a
 * terminal would act on, and show everything else of the value unchanged.
 */

const RUNS = { numRuns: 500 };

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];
/** C0 controls but tab, line feed and carriage return, and DEL: what a cell must never carry. */
const HIDDEN = [
  ...Array.from({ length: 0x20 }, (_, code) => code).filter((c) => ![9, 10, 13].includes(c)),
  0x7f,
];

/** Values weighted towards what matters here: controls, quotes, separators, triggers and their pictures. */
const character = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)) },
  { weight: 2, arbitrary: fc.constantFrom('"', ',', '\n', "'", ...TRIGGERS) },
  { weight: 1, arbitrary: fc.integer({ min: 0x2400, max: 0x2426 }).map((code) => String.fromCharCode(code)) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
);
const value = fc.string({ unit: character, maxLength: 40 });

/** What an RFC 4180 reader makes of one quoted field; throws when the field is not one. */
function readField(cell: string): string {
  expect(cell.startsWith('"') && cell.endsWith('"') && cell.length >= 2).toBe(true);
  const inner = cell.slice(1, -1);
  expect(inner.replaceAll('""', '')).not.toContain('"');
  return inner.replaceAll('""', '"');
}

function pictureOf(code: number): string {
  return String.fromCharCode(code === 0x7f ? 0x2421 : 0x2400 + code);
}

describe('csvCell for any value', () => {
  it('is one quoted field holding no hidden control character', () => {
    fc.assert(
      fc.property(value, (text) => {
        const read = readField(csvCell(text));
        for (const code of HIDDEN) expect(read).not.toContain(String.fromCharCode(code));
      }),
      RUNS,
    );
  });

  it('never starts with a formula trigger', () => {
    fc.assert(
      fc.property(value, (text) => {
        expect(TRIGGERS).not.toContain(readField(csvCell(text)).charAt(0));
      }),
      RUNS,
    );
  });

  it("changes nothing but a hidden control, each into its own picture, and a leading trigger's ' prefix", () => {
    fc.assert(
      fc.property(value, (text) => {
        const read = readField(csvCell(text));
        const prefixed = TRIGGERS.includes(text.charAt(0));
        expect(read.startsWith("'") || !prefixed).toBe(true);
        const shown = prefixed ? read.slice(1) : read;
        expect(shown).toHaveLength(text.length);
        for (let i = 0; i < text.length; i++) {
          const code = text.charCodeAt(i);
          expect(shown[i]).toBe(HIDDEN.includes(code) ? pictureOf(code) : text[i]);
        }
      }),
      RUNS,
    );
  });

  it('keeps a record of such cells one record: its only bare line end is the last character', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 6 }), (values) => {
        const line = csvLine(values);
        expect(line.endsWith('\n')).toBe(true);
        // Outside the quoted fields, only commas and the final line end.
        const outside = line.slice(0, -1).replace(/"(?:[^"]|"")*"/g, '');
        expect(outside).toBe(','.repeat(Math.max(0, values.length - 1)));
      }),
      RUNS,
    );
  });
});
