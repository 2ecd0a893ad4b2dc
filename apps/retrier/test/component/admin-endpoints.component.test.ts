import { dryRunRowOf, pendingRowOf } from '../support/reprocess-rows';
import { RetrierUnderTest } from '../support/retrier-under-test';
import { testWorld, type TestPerson } from '../support/test-world';

const ADMIN = 'ROLE_PTPU_QUEUE_ADMIN';
const people = {
  unmatched: { bookingId: 6001, offenderNo: 'A6001RT', sentenceStartDate: '2026-01-05' },
  plannedByDryRun: {
    bookingId: 6002,
    offenderNo: 'A6002RT',
    crn: 'X600002',
    sentenceStartDate: '2026-01-05',
  },
  heldByAnotherWorker: { bookingId: 6003, offenderNo: 'A6003RT', sentenceStartDate: '2026-01-05' },
  reprocessedInServiceMode: {
    bookingId: 6004,
    offenderNo: 'A6004RT',
    crn: 'X600004',
    sentenceStartDate: '2026-01-05',
  },
} satisfies Record<string, TestPerson>;

const dryRunRow = dryRunRowOf(people.plannedByDryRun, {
  id: `row-${people.plannedByDryRun.bookingId}`,
  createdDate: '2026-01-14T09:00:00.000Z',
  processedDate: '2026-01-14T10:00:00.000Z',
});

let retrier: RetrierUnderTest;
let adminToken: string;

beforeAll(async () => {
  // The deployment is still in dry run: only an operator's reprocess writes to Delius.
  retrier = await RetrierUnderTest.start({
    world: testWorld(Object.values(people)),
    startAt: '2026-01-15T10:00:00.000Z',
    env: { PRISONTOPROBATION_DRY_RUN: 'true' },
  });
  await retrier.store(pendingRowOf(people.unmatched), dryRunRow, pendingRowOf(people.heldByAnotherWorker));
  adminToken = await retrier.sandbox.mintToken([ADMIN]);
});

afterAll(() => retrier?.stop());

/** What the retrier sent Delius that could change it: every PUT or POST community-api received. */
async function post(
  path: string,
  token?: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${retrier.retrier.url}${path}`, {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('admin endpoints: who may call them', () => {
  it.each(['/admin/retry-tier/short', `/admin/reprocess-booking/${people.unmatched.bookingId}`])(
    'when %s is called without a valid token, then 401 and nothing is done',
    async (path) => {
      await expect(post(path)).resolves.toMatchObject({ status: 401 });
      await expect(post(path, 'not-a-token')).resolves.toMatchObject({ status: 401 });
      await expect(retrier.row(pendingRowOf(people.unmatched).id)).resolves.toMatchObject({ retryCount: 2 });
    },
  );

  it.each(['/admin/retry-tier/short', `/admin/reprocess-booking/${people.unmatched.bookingId}`])(
    'when %s is called without ROLE_PTPU_QUEUE_ADMIN, then 403 and nothing is done',
    async (path) => {
      const reportsToken = await retrier.sandbox.mintToken(['ROLE_PTPU_REPORT']);
      await expect(post(path, reportsToken)).resolves.toMatchObject({ status: 403 });
      await expect(retrier.row(pendingRowOf(people.unmatched).id)).resolves.toMatchObject({ retryCount: 2 });
    },
  );
});

describe('POST /admin/retry-tier/{tier}', () => {
  it('when the short tier is run, then the answer says which bookings were worked and what became of their rows', async () => {
    const { status, body } = await post('/admin/retry-tier/short', adminToken);

    expect(status).toBe(200);
    expect(body).toEqual({
      tier: 'short',
      result: 'completed',
      bookings: { worked: 2, 'claimed-elsewhere': 0, stopped: 0 },
      rowsByStatus: { NO_MATCH: 2 },
      expiredRows: 0,
      stoppedEarly: false,
      details: expect.arrayContaining([
        {
          bookingId: people.unmatched.bookingId,
          result: 'worked',
          rows: [
            {
              id: 'row-6001',
              eventType: 'IMPRISONMENT_STATUS-CHANGED',
              outcome: 'try-later',
              status: 'NO_MATCH',
              retryCount: 3,
            },
          ],
        },
      ]),
    });
    await expect(retrier.row('row-6001')).resolves.toMatchObject({ retryCount: 3 });
  });

  it('when another pod is running the tier, then 409 and the tier is not run here', async () => {
    const otherPod = retrier.locks('other-pod/retrier-medium');
    const answered = await otherPod.withLock('retrier-medium', () =>
      post('/admin/retry-tier/medium', adminToken),
    );

    expect(answered).toMatchObject({ status: 409, body: { errorCode: 'RETRIER.TIER_LOCKED' } });
  });

  it('when the tier is not short, medium or long, then 404', async () => {
    await expect(post('/admin/retry-tier/hourly', adminToken)).resolves.toMatchObject({ status: 404 });
  });
});

describe('POST /admin/reprocess-booking/{bookingId}', () => {
  it('when no mode is asked for on a dry-run deployment, then it is a dry run: Delius is not written, no row is changed and the answer shows the writes', async () => {
    const person = people.reprocessedInServiceMode;
    const earlierDryRun = dryRunRowOf(person, { id: 'row-6004-earlier' });
    const pending = pendingRowOf(person);
    await retrier.store(pending, earlierDryRun);
    retrier.sandbox.admin.clearRequests();

    const { status, body } = await post(`/admin/reprocess-booking/${person.bookingId}`, adminToken);

    expect(status).toBe(200);
    expect(body).toMatchObject({
      bookingId: person.bookingId,
      result: 'worked',
      mode: 'dry-run',
      reopenedDryRunRows: [],
      rows: [
        {
          id: 'row-6004',
          outcome: 'done',
          status: 'DRY_RUN',
          intendedWrites: expect.arrayContaining([expect.objectContaining({ write: 'setNomsNumber' })]),
        },
      ],
    });
    expect(retrier.deliusWrites()).toEqual([]);
    // A preview: the row waits for its tier as it did.
    await expect(retrier.row('row-6004')).resolves.toEqual(pending);
    await expect(retrier.row(earlierDryRun.id)).resolves.toEqual(earlierDryRun);
    expect(retrier.sandbox.admin.deliusState(person.crn)?.otherIds.nomsNumber).toBeUndefined();
  });

  it('when writes are asked for on a dry-run deployment, then its dry-run result is reopened, worked for real and Delius is updated', async () => {
    const { status, body } = await post(
      `/admin/reprocess-booking/${people.plannedByDryRun.bookingId}?mode=write`,
      adminToken,
    );

    expect(status).toBe(200);
    expect(body).toEqual({
      bookingId: people.plannedByDryRun.bookingId,
      result: 'worked',
      attempted: 'every-kept-row',
      mode: 'write',
      reopenedDryRunRows: [dryRunRow.id],
      rows: [
        {
          id: dryRunRow.id,
          eventType: 'IMPRISONMENT_STATUS-CHANGED',
          outcome: 'done',
          status: 'COMPLETED',
          retryCount: 0,
        },
      ],
    });
    const row = await retrier.row(dryRunRow.id);
    expect(row).toMatchObject({ status: 'COMPLETED', matchingCrns: people.plannedByDryRun.crn });
    expect(row.intendedWrites).toBeUndefined();
    expect(retrier.sandbox.admin.deliusState(people.plannedByDryRun.crn)?.otherIds.nomsNumber).toBe(
      people.plannedByDryRun.offenderNo,
    );
    const metrics = await (await fetch(`${retrier.retrier.url}/prometheus`)).text();
    expect(metrics).toContain('ptpu_statusChangeCounter_total{type="success"} 1');
  });

  it('when the booking is claimed by another worker, then 409 and its rows are untouched', async () => {
    const bookingId = people.heldByAnotherWorker.bookingId;
    const before = await retrier.row(`row-${bookingId}`);
    const processor = retrier.locks('processor-pod/claims');
    const answered = await processor.withClaim(bookingId, () =>
      post(`/admin/reprocess-booking/${bookingId}`, adminToken),
    );

    expect(answered).toMatchObject({ status: 409, body: { errorCode: 'RETRIER.BOOKING_CLAIMED' } });
    await expect(retrier.row(`row-${bookingId}`)).resolves.toEqual(before);
  });

  it('when the booking has nothing pending, then 200 with no rows', async () => {
    await expect(post('/admin/reprocess-booking/999999', adminToken)).resolves.toMatchObject({
      status: 200,
      body: { bookingId: 999999, result: 'worked', mode: 'dry-run', rows: [], reopenedDryRunRows: [] },
    });
  });

  it.each([
    ['mode=real', '"mode" is "real": use dry-run or write'],
    ['mode=', '"mode" is "": use dry-run or write'],
    ['mode=write&mode=write', '"mode" is given more than once'],
    ['dryRun=false', 'Unknown parameter "dryRun"'],
  ])('when the query is %j, then 400 naming the problem and nothing is done', async (query, message) => {
    const before = await retrier.row(pendingRowOf(people.unmatched).id);

    const { status, body } = await post(
      `/admin/reprocess-booking/${people.unmatched.bookingId}?${query}`,
      adminToken,
    );

    expect(status).toBe(400);
    expect(body).toMatchObject({
      errorCode: 'RETRIER.BAD_PARAMETER',
      userMessage: expect.stringContaining(message),
    });
    await expect(retrier.row(before.id)).resolves.toEqual(before);
  });

  it.each(['abc', '0', '12.5', '9007199254740993', '9999999999999999'])(
    'when the booking id is %j, then 400',
    async (bookingId) => {
      await expect(post(`/admin/reprocess-booking/${bookingId}`, adminToken)).resolves.toMatchObject({
        status: 400,
      });
    },
  );
});

describe('ops endpoints', () => {
  it('reports its own tables, the domain topic, the probation queue and the upstreams on /health', async () => {
    const response = await fetch(`${retrier.retrier.url}/health`);
    const body = (await response.json()) as {
      status: string;
      components: Record<string, { status: string }>;
    };

    expect(response.status).toBe(200);
    expect(Object.keys(body.components).sort()).toEqual(
      [
        'OAuthApiHealth',
        'communityApiHealth',
        'domaineventtopic-health',
        'healthInfo',
        'messageTable',
        'prisonApiHealth',
        'probationeventqueue-health',
        'scheduleTable',
        'searchApiHealth',
      ].sort(),
    );
    expect(Object.values(body.components).every((component) => component.status === 'UP')).toBe(true);
  });
});
