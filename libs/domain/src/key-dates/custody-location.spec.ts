import { buildCustody } from '../testing/build-delius-values';
import { wouldChangeLocation } from './custody-key-dates';

describe('wouldChangeLocation', () => {
  it('when the custody already names the prison, then the write would change nothing', () => {
    expect(wouldChangeLocation(buildCustody(), 'MDI')).toBe(false);
  });

  it('when the custody names another prison, then the write would change it', () => {
    expect(wouldChangeLocation(buildCustody(), 'WII')).toBe(true);
  });

  it('when the custody names no prison, then the write would change it', () => {
    expect(wouldChangeLocation(buildCustody({ institution: undefined }), 'MDI')).toBe(true);
    expect(wouldChangeLocation(buildCustody({ institution: { description: 'Unknown' } }), 'MDI')).toBe(true);
  });
});
