import { csvCell, csvLine, neutraliseControls, neutraliseFormula } from './csv';

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

describe('neutraliseControls', () => {
  it.each([
    ['NUL', 'MDI\u0000', 'MDI\u2400'],
    ['SOH', '\u0001x', '\u2401x'],
    ['backspace', 'a\bb', 'a\u2408b'],
    ['vertical tab and form feed', '\u000b\u000c', '\u240b\u240c'],
    ['ESC of a terminal colour', '\u001b[31mred', '\u241b[31mred'],
    ['unit separator', 'a\u001fb', 'a\u241fb'],
    ['DEL', 'a\u007fb', 'a\u2421b'],
  ])('shows %s as its control picture', (_, value, shown) => {
    expect(neutraliseControls(value)).toBe(shown);
  });

  it('leaves tab, line feed and carriage return, which a quoted cell holds, and every printable character', () => {
    const value = 'a\tb\nc\rd ~ é ␀';
    expect(neutraliseControls(value)).toBe(value);
  });
});

describe('csvCell with control characters', () => {
  it('pictures a leading control instead of prefixing it: the picture is text, not a formula trigger', () => {
    expect(csvCell('\u0000=cmd|calc')).toBe('"\u2400=cmd|calc"');
  });

  it('still neutralises a formula that follows the pictured controls only when it leads', () => {
    expect(csvCell('=A1\u0000')).toBe(`"'=A1\u2400"`);
  });

  it('keeps a line feed inside the quotes, as a CSV reader takes it', () => {
    expect(csvCell('Moorland\nHMP')).toBe('"Moorland\nHMP"');
  });
});

describe('csvLine', () => {
  it('joins cells with commas and ends the record with a newline', () => {
    expect(csvLine(['99', undefined, true])).toBe('"99","","true"\n');
  });
});
