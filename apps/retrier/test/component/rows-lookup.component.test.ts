import { pendingRowOf } from '../support/reprocess-rows';
import { RetrierUnderTest } from '../support/retrier-under-test';
import { testWorld, type TestPerson } from '../support/test-world';

/*
 * GET /admin/rows: "why is prisoner X not linked?" answered from the rows kept for them, through the message
 * table's indexes, done rows included, for an operator with the queue-admin role only.
 */

const ADMIN = 'ROLE_PTPU_QUEUE_ADMIN';
const prisoner = {
  bookingId: 6301,
  offenderNo: 'A6301RT',
  sentenceStartDate: '2026-01-05',
} satisfies TestPerson;
const laterBooking = { ...prisoner, bookingId: 6302 };
const someoneElse = {
  bookingId: 6303,
  offenderNo: 'A6303RT',
  sentenceStartDate: '2026-01-05',
} satisfies TestPerson;

const waiting = pendingRowOf(prisoner, { matchingCrns: 'X630001, X630002', status: 'TOO_MANY_MATCHES' });
const done = pendingRowOf(prisoner, {
  id: 'row-6301-done',
  eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED',
  createdDate: '2026-01-13T09:00:00.000Z',
  status: 'COMPLETED',
  processedDate: '2026-01-13T10:00:00.000Z',
  retryCount: 0,
});
const ofLaterBooking = pendingRowOf(laterBooking, {
  id: 'row-6302',
  createdDate: '2026-01-15T08:00:00.000Z',
});

let retrier: RetrierUnderTest;
let adminToken: string;

beforeAll(async () => {
  retrier = await RetrierUnderTest.start({
    world: testWorld([prisoner, someoneElse]),
    startAt: '2026-01-15T10:00:00.000Z',
  });
  await retrier.store(waiting, done, ofLaterBooking, pendingRowOf(someoneElse));
  adminToken = await retrier.sandbox.mintToken([ADMIN]);
});

afterAll(() => retrier?.stop());

async function lookUp(query: string, token: string | undefined = adminToken) {
  const response = await fetch(`${retrier.retrier.url}/admin/rows?${query}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('GET /admin/rows', () => {
  it('by NOMS number: every row kept for the prisoner, across bookings and done ones too, oldest first', async () => {
    const { status, body } = await lookUp('nomsNumber=a6301rt');

    expect(status).toBe(200);
    expect(body.nomsNumber).toBe('A6301RT');
    expect(body.rows).toEqual([
      expect.objectContaining({
        id: done.id,
        state: 'done',
        status: 'COMPLETED',
        processedDate: done.processedDate,
      }),
      {
        id: waiting.id,
        bookingId: prisoner.bookingId,
        eventType: 'IMPRISONMENT_STATUS-CHANGED',
        state: 'pending',
        status: 'TOO_MANY_MATCHES',
        reason: expect.stringContaining('more than one candidate case passed the rules'),
        retryCount: 2,
        matchingCrns: ['X630001', 'X630002'],
        offenderNo: prisoner.offenderNo,
        bookingNo: waiting.bookingNo,
        locationId: waiting.locationId,
        createdDate: waiting.createdDate,
        deleteBy: new Date(waiting.deleteBy * 1000).toISOString(),
      },
      expect.objectContaining({ id: ofLaterBooking.id, bookingId: laterBooking.bookingId }),
    ]);
  });

  it('by booking id: only that booking’s rows', async () => {
    const { status, body } = await lookUp(`bookingId=${prisoner.bookingId}`);

    expect(status).toBe(200);
    expect((body.rows as { id: string }[]).map((row) => row.id)).toEqual([done.id, waiting.id]);
  });

  it('when a row’s last attempt met a fault, then its lastError says which, and its reason where to look', async () => {
    retrier.sandbox.admin.addFault({ upstream: 'offenderSearch', path: '/match', status: 500, times: 10 });
    await fetch(`${retrier.retrier.url}/admin/reprocess-booking/${someoneElse.bookingId}?mode=write`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}` },
    });
    retrier.sandbox.admin.clearFaults();

    const { body } = await lookUp(`bookingId=${someoneElse.bookingId}`);

    expect(body.rows).toEqual([
      expect.objectContaining({
        status: 'ERROR',
        reason: expect.stringContaining('see lastError'),
        lastError: expect.stringMatching(/^UPSTREAM\.\w+: /),
        retryCount: 3,
      }),
    ]);
  });

  it('when nobody has rows, then an empty list', async () => {
    expect((await lookUp('nomsNumber=Z9999ZZ')).body.rows).toEqual([]);
  });

  it.each(['', 'nomsNumber=123', 'bookingId=abc', 'bookingid=6301', `bookingId=6301&nomsNumber=A6301RT`])(
    'when the query is %j, then 400 naming the two ways to ask',
    async (query) => {
      const { status, body } = await lookUp(query);
      expect(status).toBe(400);
      expect(body).toMatchObject({ errorCode: 'RETRIER.BAD_PARAMETER' });
    },
  );

  it('without a token, or with a token lacking the role, then 401 or 403 and nothing is read', async () => {
    expect((await lookUp('nomsNumber=A6301RT', '')).status).toBe(401);
    expect((await lookUp('nomsNumber=A6301RT', await retrier.sandbox.mintToken(['ROLE_OTHER']))).status).toBe(
      403,
    );
  });
});
