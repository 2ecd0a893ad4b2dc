import { isInterestedPrison } from './validate-event';

describe('isInterestedPrison', () => {
  it('when no prisons are listed, then every prison is interesting, even none', () => {
    expect(isInterestedPrison('XXX', [])).toBe(true);
    expect(isInterestedPrison(undefined, [])).toBe(true);
  });

  it('when prisons are listed, then only those are interesting', () => {
    expect(isInterestedPrison('WII', ['MDI', 'WII'])).toBe(true);
    expect(isInterestedPrison('XXX', ['MDI', 'WII'])).toBe(false);
  });

  it('when prisons are listed and the booking has no prison, then it is not interesting', () => {
    expect(isInterestedPrison(undefined, ['MDI'])).toBe(false);
  });

  it('when the list was typed in another case or with spaces, then it still matches', () => {
    expect(isInterestedPrison('MDI', [' mdi '])).toBe(true);
  });
});
