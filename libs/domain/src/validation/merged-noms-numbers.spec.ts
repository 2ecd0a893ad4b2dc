import { mergedNomsNumbers } from './validate-event';

describe('mergedNomsNumbers', () => {
  it('keeps merge identifiers only, once each, in the order given', () => {
    const identifiers = [
      { type: 'MERGED', value: 'A88888Y' },
      { type: 'PNC', value: '19/12345X' },
      { type: 'MERGED', value: 'A77777Y' },
      { type: 'MERGED', value: 'A88888Y' },
    ];
    expect(mergedNomsNumbers(identifiers)).toEqual(['A88888Y', 'A77777Y']);
  });
});
