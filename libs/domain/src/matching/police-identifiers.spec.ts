import { canonicalCro, canonicalPnc, crosContradict, pncsContradict } from './police-identifiers';

describe('canonicalPnc', () => {
  it.each([
    ['2019/0012345X', '19/12345X'],
    ['19/12345X', '19/12345X'],
    ['19/0012345x', '19/12345X'],
    [' 1999/1234567A ', '99/1234567A'],
    ['2020/0000001Z', '20/1Z'],
  ])('reads %s as %s', (pnc, canonical) => {
    expect(canonicalPnc(pnc)).toBe(canonical);
  });

  it('when the value is not a PNC, then it is only trimmed and upper-cased', () => {
    expect(canonicalPnc(' unknown-ref ')).toBe('UNKNOWN-REF');
  });
});

describe('canonicalCro', () => {
  it('ignores case and surrounding spaces', () => {
    expect(canonicalCro(' 123456/08a')).toBe('123456/08A');
  });
});

describe('pncsContradict', () => {
  it('when a four-digit-year PNC meets the same number with a two-digit year, then they agree', () => {
    expect(pncsContradict('2019/0012345X', '19/12345X')).toBe(false);
  });

  it('when the serials differ, then they contradict', () => {
    expect(pncsContradict('2019/0012345X', '19/12346X')).toBe(true);
  });

  it('when the check letters differ, then they contradict', () => {
    expect(pncsContradict('19/12345X', '19/12345Y')).toBe(true);
  });

  it.each([
    [undefined, '19/12345X'],
    ['19/12345X', null],
    ['  ', '19/12345X'],
    [undefined, undefined],
  ])('when one side has no PNC (%p, %p), then nothing is contradicted', (a, b) => {
    expect(pncsContradict(a, b)).toBe(false);
  });
});

describe('crosContradict', () => {
  it('when the CROs differ only in case, then they agree', () => {
    expect(crosContradict('123456/08A', '123456/08a')).toBe(false);
  });

  it('when the CROs differ, then they contradict', () => {
    expect(crosContradict('123456/08A', '654321/08A')).toBe(true);
  });

  it('when one side has no CRO, then nothing is contradicted', () => {
    expect(crosContradict(null, '123456/08A')).toBe(false);
  });
});
