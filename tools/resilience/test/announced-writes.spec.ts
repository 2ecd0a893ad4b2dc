import { checkAnnouncements, type DomainEventSeen } from '../src/checks/announced-writes';
import { appliedNomsWrites } from '../src/checks/delius-writes';
import { recordedRequest } from './support/recorded-request';

const added = (crn: string, nomsNumber: string, eventId?: string): DomainEventSeen => ({
  eventId,
  eventType: 'probation-case.prison-identifier.added',
  crn,
  nomsNumber,
});

describe('appliedNomsWrites', () => {
  it('keeps the NOMS-number writes that changed Delius: 2xx, or faulted after they were applied', () => {
    const writes = appliedNomsWrites([
      recordedRequest({ path: '/secure/offenders/crn/X1/nomsNumber', status: 200 }),
      recordedRequest({
        path: '/secure/offenders/crn/X2/nomsNumber',
        status: 500,
        fault: { id: 'f', applied: true },
      }),
      recordedRequest({
        path: '/secure/offenders/crn/X3/nomsNumber',
        status: 500,
        fault: { id: 'f', applied: false },
      }),
      recordedRequest({ path: '/secure/offenders/crn/X4/nomsNumber', status: 404 }),
      recordedRequest({ path: '/secure/offenders/crn/X5/nomsNumber', status: null }),
      recordedRequest({ method: 'GET', path: '/secure/offenders/crn/X6/nomsNumber' }),
      recordedRequest({ path: '/secure/offenders/nomsNumber/A1/custody/bookingNumber', status: 200 }),
      recordedRequest({ upstream: 'prisonApi', path: '/secure/offenders/crn/X7/nomsNumber' }),
    ]);

    expect(writes.map((write) => write.crn)).toEqual(['X1', 'X2']);
  });

  it('reads a merge replace as a write of the new number on no named case', () => {
    const writes = appliedNomsWrites([
      recordedRequest({
        path: '/secure/offenders/nomsNumber/A0000OLD/nomsNumber',
        body: { nomsNumber: 'B2' },
      }),
    ]);
    expect(writes).toEqual([expect.objectContaining({ crn: undefined, nomsNumber: 'B2' })]);
  });
});

describe('checkAnnouncements', () => {
  const writes = appliedNomsWrites([
    recordedRequest({ path: '/secure/offenders/crn/X1/nomsNumber', body: { nomsNumber: 'A1' } }),
    recordedRequest({ path: '/secure/offenders/crn/X2/nomsNumber', body: { nomsNumber: 'A2' } }),
  ]);

  it('passes when every applied write has an added or updated event naming its case and number', () => {
    const result = checkAnnouncements(writes, [
      added('X1', 'A1', 'e1'),
      { ...added('X2', 'A2', 'e2'), eventType: 'probation-case.prison-identifier.updated' },
    ]);
    expect(result).toEqual({ unannounced: [], repeats: 0, withoutEventId: 0 });
  });

  it('reports a write whose event is missing, or names another case or number', () => {
    const result = checkAnnouncements(writes, [added('X1', 'A2'), added('X9', 'A1')]);
    expect(result.unannounced.map((write) => write.crn)).toEqual(['X1', 'X2']);
  });

  it('does not take an event of another type as an announcement', () => {
    const result = checkAnnouncements(writes.slice(0, 1), [
      { ...added('X1', 'A1'), eventType: 'other.event' },
    ]);
    expect(result.unannounced).toHaveLength(1);
  });

  it('counts repeats by eventId (allowed: at least once) and events without one', () => {
    const result = checkAnnouncements(writes, [
      added('X1', 'A1', 'e1'),
      added('X1', 'A1', 'e1'),
      added('X1', 'A1', 'e1'),
      added('X2', 'A2'),
    ]);
    expect(result).toEqual({ unannounced: [], repeats: 2, withoutEventId: 1 });
  });

  it('matches a merge replace by the new number alone', () => {
    const replace = appliedNomsWrites([
      recordedRequest({ path: '/secure/offenders/nomsNumber/OLD/nomsNumber', body: { nomsNumber: 'NEW1' } }),
    ]);
    expect(checkAnnouncements(replace, [added('X5', 'NEW1')]).unannounced).toEqual([]);
    expect(checkAnnouncements(replace, [added('X5', 'NEW2')]).unannounced).toHaveLength(1);
  });
});
