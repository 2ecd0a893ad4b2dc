import { findLateWrites, parseClaimHeader, type ClaimTaken } from '../src/checks/late-writes';
import { recordedRequest } from './support/recorded-request';

const taken = (fence: number, takenAt: string, lockId = 'booking#7'): ClaimTaken => ({
  lockId,
  owner: `owner-${fence}`,
  fence,
  takenAt,
});
const writeAt = (receivedAt: string, claim: string | null) => recordedRequest({ receivedAt, claim });

describe('parseClaimHeader', () => {
  it('reads claim, fence and owner', () => {
    expect(parseClaimHeader('booking#7;fence=3;owner=processor-1:processor:ab12')).toEqual({
      claimId: 'booking#7',
      fence: 3,
      owner: 'processor-1:processor:ab12',
    });
  });

  it.each(['booking#7', 'booking#7;fence=x;owner=o', 'booking#7;fence=2', ';fence=1;owner=o'])(
    'refuses %p',
    (header) => expect(parseClaimHeader(header)).toBeUndefined(),
  );
});

describe('findLateWrites', () => {
  const claims = [taken(1, '2026-12-02T10:00:00.000Z'), taken(2, '2026-12-02T10:00:10.000Z')];

  it('finds a write under a fence lower than one taken for the same claim before the write arrived', () => {
    const late = writeAt('2026-12-02T10:00:11.000Z', 'booking#7;fence=1;owner=owner-1');

    const { late: found, claimedWrites } = findLateWrites([late], claims);

    expect(claimedWrites).toBe(1);
    expect(found).toEqual([expect.objectContaining({ request: late, supersededBy: claims[1] })]);
  });

  it('passes a write that arrived before the later fence was taken', () => {
    const inTime = writeAt('2026-12-02T10:00:09.999Z', 'booking#7;fence=1;owner=owner-1');
    expect(findLateWrites([inTime], claims).late).toEqual([]);
  });

  it('passes a write under the newest fence, and one whose later fence belongs to another booking', () => {
    const newest = writeAt('2026-12-02T10:00:11.000Z', 'booking#7;fence=2;owner=owner-2');
    const otherBooking = writeAt('2026-12-02T10:00:11.000Z', 'booking#8;fence=1;owner=owner-1');
    expect(findLateWrites([newest, otherBooking], claims).late).toEqual([]);
  });

  it('cannot judge a write without a claim header, and says how many it could', () => {
    const result = findLateWrites([writeAt('2026-12-02T10:00:11.000Z', null)], claims);
    expect(result).toEqual({ late: [], claimedWrites: 0 });
  });
});
