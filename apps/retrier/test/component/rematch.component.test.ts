import { pendingRowOf } from '../support/reprocess-rows';
import { RetrierUnderTest } from '../support/retrier-under-test';
import { testWorld, type TestPerson } from '../support/test-world';

/*
 * POST /admin/rematch: many prisoners re-matched now, in the background, dry run unless the operator asks to
 * write, each booking through the one reprocess path (claims, fenced writes), with progress to poll.
 */

const ADMIN = 'ROLE_PTPU_QUEUE_ADMIN';
const people = {
  nowMatchable: { bookingId: 6401, offenderNo: 'A6401RT', crn: 'X640101', sentenceStartDate: '2026-01-05' },
  stillUnmatched: { bookingId: 6402, offenderNo: 'A6402RT', sentenceStartDate: '2026-01-05' },
  /** Their case already holds their NOMS number, so the CRN names them. */
  namedByTheirCase: {
    bookingId: 6403,
    offenderNo: 'A6403RT',
    crn: 'X640103',
    sentenceStartDate: '2026-01-05',
  },
  /** In Delius without their NOMS number, and nothing kept of them. */
  caseWithoutNomsNumber: {
    bookingId: 6404,
    offenderNo: 'A6404RT',
    crn: 'X640104',
    sentenceStartDate: '2026-01-05',
  },
} satisfies Record<string, TestPerson>;

let retrier: RetrierUnderTest;
let adminToken: string;

beforeAll(async () => {
  retrier = await RetrierUnderTest.start({
    world: testWorld(Object.values(people)),
    startAt: '2026-01-15T10:00:00.000Z',
    env: { PRISONTOPROBATION_DRY_RUN: 'false' },
  });
  await retrier.store(
    pendingRowOf(people.nowMatchable),
    pendingRowOf(people.stillUnmatched),
    pendingRowOf(people.namedByTheirCase),
  );
  retrier.sandbox.admin.setNomsNumber(people.namedByTheirCase.crn, people.namedByTheirCase.offenderNo);
  adminToken = await retrier.sandbox.mintToken([ADMIN]);
});

afterAll(() => retrier?.stop());

async function call(method: string, path: string, token: string | undefined = adminToken) {
  const response = await fetch(`${retrier.retrier.url}${path}`, {
    method,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function finishedJob(poll: string) {
  for (let i = 0; i < 100; i++) {
    const { body } = await call('GET', poll);
    if (body.state === 'finished') return body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`job ${poll} did not finish`);
}

const asked = `${people.nowMatchable.offenderNo},${people.stillUnmatched.offenderNo},Z9999ZZ`;

describe('POST /admin/rematch', () => {
  it('by default a dry run: answers 202 with a job to poll, which reports each prisoner and writes nothing', async () => {
    retrier.sandbox.admin.clearRequests();

    const started = await call('POST', `/admin/rematch?nomsNumbers=${asked}`);

    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({
      mode: 'dry-run',
      total: 3,
      poll: `/admin/jobs/${started.body.job}`,
    });
    const job = await finishedJob(started.body.poll as string);
    expect(job).toMatchObject({ kind: 'rematch', total: 3, done: 3 });
    expect(job.results).toEqual([
      {
        item: people.nowMatchable.offenderNo,
        outcome: {
          bookings: [{ bookingId: people.nowMatchable.bookingId, result: 'worked', statuses: ['DRY_RUN'] }],
        },
      },
      {
        item: people.stillUnmatched.offenderNo,
        outcome: {
          bookings: [
            { bookingId: people.stillUnmatched.bookingId, result: 'worked', statuses: ['NO_MATCH'] },
          ],
        },
      },
      { item: 'Z9999ZZ', outcome: { bookings: [] } },
    ]);
    expect(retrier.deliusWrites()).toEqual([]);
    await expect(retrier.row(`row-${people.nowMatchable.bookingId}`)).resolves.toMatchObject({
      status: 'NO_MATCH',
    });
  });

  it('with mode=write: the prisoner who can now be matched is linked in Delius, through the one reprocess path', async () => {
    const started = await call(
      'POST',
      `/admin/rematch?nomsNumbers=${people.nowMatchable.offenderNo}&mode=write`,
    );

    const job = await finishedJob(started.body.poll as string);
    expect(job.results).toEqual([
      {
        item: people.nowMatchable.offenderNo,
        outcome: {
          bookings: [{ bookingId: people.nowMatchable.bookingId, result: 'worked', statuses: ['COMPLETED'] }],
        },
      },
    ]);
    expect(retrier.sandbox.admin.deliusState(people.nowMatchable.crn)?.otherIds.nomsNumber).toBe(
      people.nowMatchable.offenderNo,
    );
  });

  it.each([
    ['no prisoners', ''],
    ['a value that is not a NOMS number', '?nomsNumbers=A6401RT,12345'],
    ['a value that is not a CRN', '?crns=X64'],
    ['an unknown mode', '?nomsNumbers=A6401RT&mode=yes'],
    ['an unknown parameter', '?nomsNumbers=A6401RT&dryrun=false'],
    [
      'more than 500 prisoners',
      `?nomsNumbers=${Array.from({ length: 501 }, (_, i) => `A${String(i).padStart(4, '0')}AA`).join(',')}`,
    ],
  ])('when asked with %s, then 400 and no job starts', async (_case, query) => {
    const { status, body } = await call('POST', `/admin/rematch${query}`);
    expect(status).toBe(400);
    expect(body).toMatchObject({ errorCode: 'RETRIER.BAD_PARAMETER' });
  });

  it('by CRN: the prisoner whose NOMS number the case holds is re-matched; a CRN that names nobody says why', async () => {
    retrier.sandbox.admin.clearRequests();

    const started = await call(
      'POST',
      `/admin/rematch?crns=${people.namedByTheirCase.crn},${people.caseWithoutNomsNumber.crn},X999999`,
    );

    const job = await finishedJob(started.body.poll as string);
    expect(job).toMatchObject({ total: 3, done: 3 });
    expect(job.results).toEqual([
      {
        item: people.namedByTheirCase.crn,
        outcome: {
          nomsNumber: people.namedByTheirCase.offenderNo,
          bookings: [
            { bookingId: people.namedByTheirCase.bookingId, result: 'worked', statuses: ['DRY_RUN'] },
          ],
        },
      },
      // A case that holds no NOMS number names no prisoner: they are re-matched by NOMS number instead.
      { item: people.caseWithoutNomsNumber.crn, outcome: { unresolved: 'case-holds-no-noms-number' } },
      { item: 'X999999', outcome: { unresolved: 'crn-not-found' } },
    ]);
    expect(retrier.deliusWrites()).toEqual([]);
  });

  it('without the role, then 401 or 403; an unknown job is 404', async () => {
    expect((await call('POST', `/admin/rematch?nomsNumbers=${asked}`, '')).status).toBe(401);
    expect(
      (await call('GET', '/admin/jobs/nope', await retrier.sandbox.mintToken(['ROLE_OTHER']))).status,
    ).toBe(403);
    expect((await call('GET', '/admin/jobs/nope')).status).toBe(404);
  });
});
