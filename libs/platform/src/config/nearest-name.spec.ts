import { editDistance, nearestName } from './nearest-name';

/** The PTPU_ variables of the processor and the validator, as candidates a typo is matched against. */
const CANDIDATES = [
  'PTPU_LOCK_LEASE',
  'PTPU_PAGE_SIZE',
  'PTPU_HTTP_TIMEOUT',
  'PTPU_PROCESSING_CONCURRENCY',
  'PTPU_CONSUMER_CONCURRENCY',
  'PTPU_ERROR_VISIBILITY',
  'PTPU_DLQ_MAX_REDRIVES',
  'PTPU_MANAGEMENT_PORT',
];

describe('nearestName', () => {
  it.each([
    ['PTPU_LOCK_LEAS', 'PTPU_LOCK_LEASE'],
    ['PTPU_LCOK_LEASE', 'PTPU_LOCK_LEASE'],
    ['PTPU_PAGESIZE', 'PTPU_PAGE_SIZE'],
    ['PTPU_HTTP_TIMEOUTS', 'PTPU_HTTP_TIMEOUT'],
  ])('suggests %s → %s', (typo, meant) => {
    expect(nearestName(typo, CANDIDATES)).toBe(meant);
  });

  it('suggests nothing when no name is near, nor for another app’s variable three or more edits away', () => {
    expect(nearestName('PTPU_X', CANDIDATES)).toBeUndefined();
    expect(nearestName('PTPU_CONSUMER_CONCURRENCY', ['PTPU_PROCESSING_CONCURRENCY'])).toBeUndefined();
    expect(nearestName('PTPU_LOCK_LAES', ['PTPU_LOCK_LEASE'])).toBe('PTPU_LOCK_LEASE');
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
