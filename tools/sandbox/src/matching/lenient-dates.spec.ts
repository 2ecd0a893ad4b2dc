import { lenientDateVariations } from './lenient-dates';

describe('lenientDateVariations', () => {
  it('gives day and month swapped, the same day in the other months, and a day either side', () => {
    expect([...lenientDateVariations('1970-03-12')].sort()).toEqual([
      '1970-01-12',
      '1970-02-12',
      '1970-03-11',
      '1970-03-13',
      '1970-04-12',
      '1970-05-12',
      '1970-06-12',
      '1970-07-12',
      '1970-08-12',
      '1970-09-12',
      '1970-10-12',
      '1970-11-12',
      '1970-12-03',
      '1970-12-12',
    ]);
  });

  it('leaves out dates that do not exist and never crosses into another month', () => {
    const variations = lenientDateVariations('1990-01-31');
    expect(variations).not.toContain('1990-02-31');
    expect(variations).not.toContain('1990-02-01');
    expect(variations).toContain('1990-01-30');
    expect(variations).toContain('1990-03-31');
  });

  it('does not offer the date itself', () => {
    expect(lenientDateVariations('1970-01-01')).not.toContain('1970-01-01');
  });
});
