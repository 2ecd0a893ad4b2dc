import { mergeValues } from './merge-values';

describe('mergeValues', () => {
  it('when later files set nested keys, lists and nulls, then they merge as helm -f does', () => {
    const merged = mergeValues([
      { config: { holdBack: '15m', delay: 1000 }, paths: ['/a', '/b'], old: 1 },
      null,
      { config: { holdBack: '60m' }, paths: ['/c'], old: null },
    ]);

    expect(merged).toEqual({ config: { holdBack: '60m', delay: 1000 }, paths: ['/c'] });
  });
});
