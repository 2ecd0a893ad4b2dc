import { csvCell, csvLine, neutraliseFormula } from './csv';

describe('csvCell', () => {
  it('quotes every value and writes numbers and booleans plainly', () => {
    expect([csvCell('MDI'), csvCell(98), csvCell(false), csvCell(undefined)]).toEqual([
      '"MDI"',
      '"98"',
      '"false"',
      '""',
    ]);
  });

  it('doubles quotes inside a value', () => {
    expect(csvCell('HMP "The Verne"')).toBe('"HMP ""The Verne"""');
  });

  it.each(['=1+2', '+44 1234', '-2+3', '@SUM(A1:A2)', '\t=cmd', '\r=cmd'])(
    'neutralises %j so a spreadsheet shows it as text',
    (value) => {
      expect(csvCell(value)).toBe(`"'${value}"`);
    },
  );

  it('leaves a trigger character alone when it is not first', () => {
    expect(neutraliseFormula('A=1')).toBe('A=1');
    expect(neutraliseFormula('')).toBe('');
  });

  it('neutralises before quoting, so a quoted formula cannot escape its cell', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
  });
});

describe('csvLine', () => {
  it('joins cells with commas and ends the record with a newline', () => {
    expect(csvLine(['99', undefined, true])).toBe('"99","","true"\n');
  });
});
