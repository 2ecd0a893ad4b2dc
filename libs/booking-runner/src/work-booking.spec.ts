import { everyKeptRow, rowsOfTier, type CommunityApi, type MessageRow, type PendingWork } from '@ptpu/domain';
import { buildMessageRow, FixedClock } from '@ptpu/domain/testing';
import { createCapturingLogger } from '@ptpu/platform/testing';
import { UpdateRefusedError, type ActiveLock, type WriteGate } from '@ptpu/store';
import { Registry } from 'prom-client';
import { createProcessingMetrics } from './processing-metrics';
import { workBooking, type BookingClaims, type ClaimableProcessingDeps } from './work-booking';

const BOOKING = 1200835;
const clock = new FixedClock('2026-01-15T10:00:00.000Z');

/** NOMIS raised it for a later sentence change (sequence 1): processing ends it without calling any upstream. */
const laterStatusChange = (overrides: Partial<MessageRow> = {}) =>
  buildMessageRow({
    bookingId: BOOKING,
    retryCount: 3,
    status: 'NO_MATCH',
    message: JSON.stringify({
      eventType: 'IMPRISONMENT_STATUS-CHANGED',
      bookingId: BOOKING,
      imprisonmentStatusSeq: 1,
    }),
    ...overrides,
  });

/** The booking's pending rows in memory; a write may be made to fail as the store would refuse it. */
class PendingRows implements PendingWork<ActiveLock> {
  refusal?: Error;
  readonly written: MessageRow[] = [];

  constructor(private readonly rows: MessageRow[]) {}

  async *pendingRowsOfBooking() {
    yield this.rows;
  }

  async completeAttempt(_claim: ActiveLock, rowAsRead: MessageRow, transition: object) {
    if (this.refusal) throw this.refusal;
    const written = { ...rowAsRead, ...transition } as MessageRow;
    this.written.push(written);
    return written;
  }

  recordPendingEvents = async (_claim: ActiveLock, row: MessageRow) => row;
  recordWriteIntent = async (_claim: ActiveLock, row: MessageRow) => row;
}

const claimOf = (bookingId: number): ActiveLock => {
  const lock = { id: `booking#${bookingId}`, owner: 'test', fence: 1 };
  return {
    ...lock,
    signal: new AbortController().signal,
    writeGate: { claimId: lock.id, owner: lock.owner, fence: lock.fence, msLeft: () => 60_000 },
  };
};

/** Claims that are free, or held by another worker; remembers the last one handed out. */
function claims(heldElsewhere = false): BookingClaims & { last?: ActiveLock } {
  const fake: BookingClaims & { last?: ActiveLock } = {
    withClaim: async (bookingId, fn) => {
      if (heldElsewhere) return 'skipped';
      fake.last = claimOf(bookingId);
      return fn(fake.last);
    },
  };
  return fake;
}

/** An upstream these rows never reach: calling it fails the test. */
const unreached = <T extends object>(): T =>
  new Proxy({} as T, {
    get: (_target, name) => () => Promise.reject(new Error(`unexpected upstream call ${String(name)}`)),
  });

function setUp(rows: MessageRow[], heldElsewhere = false) {
  const work = new PendingRows(rows);
  const registry = new Registry();
  const { logger, lines } = createCapturingLogger();
  const gatesAskedFor: WriteGate[] = [];
  const underClaim = unreached<CommunityApi>();
  const processing: ClaimableProcessingDeps = {
    work,
    prisonApi: unreached(),
    offenderSearch: unreached(),
    communityApi: unreached(),
    communityApiUnder: (gate) => {
      gatesAskedFor.push(gate);
      return underClaim;
    },
    domainEvents: unreached(),
    telemetry: { trackEvent: () => undefined },
    clock,
    settings: { interestedPrisons: [], dryRun: false, writeMayLandForMs: 60_000 },
  };
  const deps = {
    claims: claims(heldElsewhere),
    processing,
    metrics: createProcessingMetrics(registry),
    logger,
  };
  return { deps, work, registry, lines, gatesAskedFor, underClaim };
}

describe('workBooking', () => {
  it('when the booking is free, then every pending row is worked, counted in the metrics and logged', async () => {
    const row = laterStatusChange({ id: 'row-1' });
    const { deps, registry, lines } = setUp([row]);

    await expect(workBooking(BOOKING, everyKeptRow, deps)).resolves.toEqual({
      bookingId: BOOKING,
      result: 'worked',
      rows: [
        {
          id: 'row-1',
          eventType: 'IMPRISONMENT_STATUS-CHANGED',
          outcome: 'done',
          status: 'NO_LONGER_VALID',
          retryCount: 3,
        },
      ],
    });
    expect(await registry.metrics()).toContain('ptpu_statusChangeCounter_total{type="success"} 1');
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 'info',
        msg: 'row done',
        bookingId: BOOKING,
        rowId: 'row-1',
        status: 'NO_LONGER_VALID',
      }),
    );
  });

  it('when a row expired still owing, then it is counted in ptpu_owed_work_expired_total and logged as an error', async () => {
    const owing = laterStatusChange({
      id: 'row-owing',
      deleteBy: clock.now().getTime() / 1000 - 1,
      pendingEvents: '[]',
    });
    const { deps, registry, lines } = setUp([owing]);

    await expect(workBooking(BOOKING, everyKeptRow, deps)).resolves.toMatchObject({ rows: [] });

    expect(await registry.metrics()).toContain('ptpu_owed_work_expired_total 1');
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 'error', rowId: 'row-owing', owes: 'events' }),
    );
  });

  it('when another worker holds the booking, then it is left alone', async () => {
    const { deps, work } = setUp([laterStatusChange()], true);

    await expect(workBooking(BOOKING, everyKeptRow, deps)).resolves.toEqual({
      bookingId: BOOKING,
      result: 'claimed-elsewhere',
    });
    expect(work.written).toEqual([]);
  });

  it('when the booking changed hands mid-way, then it is reported stopped with the code and logged as a warning', async () => {
    const { deps, work, lines } = setUp([laterStatusChange()]);
    work.refusal = new UpdateRefusedError('row-changed', 'row-1', `booking#${BOOKING}`);

    await expect(workBooking(BOOKING, everyKeptRow, deps)).resolves.toEqual({
      bookingId: BOOKING,
      result: 'stopped',
      errorCode: 'STORE.ROW_CHANGED',
    });
    expect(lines.at(-1)).toMatchObject({ level: 'warn', bookingId: BOOKING });
  });

  it('when the message table fails, then it is reported stopped and logged as an error', async () => {
    const { deps, work, lines } = setUp([laterStatusChange()]);
    work.refusal = Object.assign(new Error('table unreachable'), { code: 'AWS.UNAVAILABLE' });

    await expect(workBooking(BOOKING, everyKeptRow, deps)).resolves.toMatchObject({
      result: 'stopped',
      errorCode: 'AWS.UNAVAILABLE',
    });
    expect(lines.at(-1)).toMatchObject({
      level: 'error',
      err: expect.objectContaining({ message: 'table unreachable' }),
    });
  });

  it("when the selector does not take the booking's kept row, then nothing is written or counted", async () => {
    const { deps, work, registry } = setUp([laterStatusChange()]);

    await expect(workBooking(BOOKING, rowsOfTier('LONG'), deps)).resolves.toEqual({
      bookingId: BOOKING,
      result: 'worked',
      rows: [],
    });
    expect(work.written).toEqual([]);
    expect(await registry.metrics()).not.toContain('ptpu_statusChangeCounter_total{type="success"} 1');
  });

  it('when asked to prepare, then it runs under the claim and its deps are the ones processed with', async () => {
    const extra = laterStatusChange({ id: 'row-from-prepare' });
    const { deps } = setUp([]);

    const result = await workBooking(BOOKING, everyKeptRow, deps, async (_claim, processing) => ({
      ...processing,
      work: new PendingRows([extra]),
    }));

    expect(result).toMatchObject({
      result: 'worked',
      rows: [expect.objectContaining({ id: 'row-from-prepare' })],
    });
  });

  it("when a booking is worked, then its community-api is the one under the claim's write gate, and no other", async () => {
    const { deps, gatesAskedFor, underClaim } = setUp([]);
    let processedWith: CommunityApi | undefined;

    await workBooking(BOOKING, everyKeptRow, deps, async (_claim, processing) => {
      processedWith = processing.communityApi;
      return processing;
    });

    expect(gatesAskedFor).toEqual([(deps.claims as { last?: ActiveLock }).last?.writeGate]);
    expect(processedWith).toBe(underClaim);
    expect(processedWith).not.toBe(deps.processing.communityApi);
  });
});
