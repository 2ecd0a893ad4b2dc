import { compilePathPattern } from './path-pattern';

describe('compilePathPattern', () => {
  it.each([
    ['/secure/offenders/crn/{crn}/convictions', '/secure/offenders/crn/X142620/convictions', true],
    ['/secure/offenders/crn/:crn/convictions', '/secure/offenders/crn/X142620/convictions', true],
    ['/secure/offenders/crn/*/convictions', '/secure/offenders/crn/X142620/nomsNumber', false],
    ['/api/bookings/1200835', '/api/bookings/1200835', true],
    ['/api/bookings/1200835', '/api/bookings/1200836', false],
    ['/api/bookings/{id}', '/api/bookings/1200835/sentenceDetail', false],
    ['/api/bookings/1200835/**', '/api/bookings/1200835/movement/1', true],
    ['/api/bookings/1200835/**', '/api/bookings/1200835', true],
    ['/api/**', '/secure/offenders', false],
    ['/**', '/anything/at/all', true],
  ])('%s against %s: %s', (pattern, path, expected) => {
    expect(compilePathPattern(pattern)(path)).toBe(expected);
  });
});
