import { SeededRandom } from '../src/seeded-random';

describe('SeededRandom', () => {
  const draw = (seed: number) => {
    const random = new SeededRandom(seed);
    return Array.from({ length: 20 }, () => random.between(0, 1_000));
  };

  it('gives the same sequence for the same seed, so a fault schedule can be repeated', () => {
    expect(draw(42)).toEqual(draw(42));
  });

  it('gives another sequence for another seed', () => {
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('stays within the bounds asked for', () => {
    const random = new SeededRandom(7);
    const values = Array.from({ length: 1_000 }, () => random.between(3, 5));
    expect(new Set(values)).toEqual(new Set([3, 4, 5]));
  });
});
