import { editDistance, nearestName } from './nearest-name';
import { serviceConfigNames } from './service-config-names';

describe('nearestName', () => {
  it.each([
    ['PTPU_LOCK_LEAS', 'PTPU_LOCK_LEASE'],
    ['PTPU_LCOK_LEASE', 'PTPU_LOCK_LEASE'],
    ['PTPU_PAGESIZE', 'PTPU_PAGE_SIZE'],
    ['PTPU_HTTP_TIMEOUTS', 'PTPU_HTTP_TIMEOUT'],
  ])('suggests %s → %s', (typo, meant) => {
    expect(nearestName(typo, serviceConfigNames())).toBe(meant);
  });

  it('suggests nothing when no name is near', () => {
    expect(nearestName('PTPU_X', serviceConfigNames())).toBeUndefined();
  });

  it('breaks ties alphabetically, whatever the order of the candidates', () => {
    expect(nearestName('PTPU_AB', ['PTPU_AC', 'PTPU_AA'])).toBe('PTPU_AA');
    expect(nearestName('PTPU_AB', ['PTPU_AA', 'PTPU_AC'])).toBe('PTPU_AA');
  });

  it.each([
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['ab', 'ba', 1],
    ['same', 'same', 0],
  ])('measures %j to %j as %d edits', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});
