import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  createProcessingAdapters,
  createProcessingMetrics,
  workBooking,
  type BookingClaims,
  type BookingResult,
  type ProcessingAdapters,
} from '@ptpu/booking-runner';
import type { WriteGate } from '@ptpu/clients';
import { everyKeptRow, firstTimeRows, type CommunityApi, type RowSelector } from '@ptpu/domain';
import { awsClientConfig } from '@ptpu/platform';
import { createCapturingLogger } from '@ptpu/platform/testing';
import { DynamoLocks, newLockOwner } from '@ptpu/store';
import { Registry } from 'prom-client';
import { loadProcessorConfig } from '../src/config';
import { startProcessorStack, type ProcessorStack } from './support/processor-stack';
import { SAMPLE_STATUS_CHANGE } from './support/sample-events';

const BOOKING = 1200835;
/** Worker A's claim: short, so it runs out while A is held. */
const LEASE_MS = 1_500;
const SYSTEM_CLOCK = { now: () => new Date() };

/** A promise the test resolves when it chooses. */
function barrier() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/**
 * A DynamoDB client whose calls wait while it is frozen, as they would from a process that is stopped or whose
 * renewals hang: used for worker A's claim only, so its renewals stop while its other work does not.
 */
function freezableDynamoClient(config: Parameters<typeof awsClientConfig>[0]) {
  const client = new DynamoDBClient(awsClientConfig(config, 'DYNAMODB'));
  let thawed: Promise<void> | undefined;
  let thaw = () => undefined as void;
  client.middlewareStack.add((next) => async (args) => {
    if (thawed) await thawed;
    return next(args);
  });
  return {
    client,
    freeze() {
      const gate = barrier();
      thawed = gate.opened;
      thaw = gate.open;
    },
    thaw() {
      thawed = undefined;
      thaw();
    },
  };
}

/**
 * Worker A's community-api: reads go straight through, and the first write waits for the test to open `held`
 * before it is handed to the real client (whose transport holds the write gate). Every write's outcome is kept.
 */
function heldBeforeFirstWrite(api: CommunityApi, held: ReturnType<typeof barrier>) {
  const reached = barrier();
  const writeOutcomes: Promise<unknown>[] = [];
  const hold =
    <A extends unknown[], R>(write: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      reached.open();
      await held.opened;
      const outcome = write(...args);
      writeOutcomes.push(
        outcome.then(
          () => 'sent',
          (err: unknown) => err,
        ),
      );
      return outcome;
    };
  const wrapped: CommunityApi = {
    ...api,
    setNomsNumber: hold(api.setNomsNumber),
    replaceNomsNumber: hold(api.replaceNomsNumber),
    setBookingNumber: hold(api.setBookingNumber),
    setCustodyLocation: hold(api.setCustodyLocation),
    replaceKeyDates: hold(api.replaceKeyDates),
  };
  return { api: wrapped, reached: reached.opened, writeOutcomes };
}

/**
 * The lease's promise to Delius (docs/architecture.md, Locks and claims): a worker frozen past its lease while
 * another takes the booking sends nothing after its lease. Made deterministic with barriers, not a race: A is
 * held between its last read and its first write, with its renewals hung, until B has claimed and worked the
 * booking; then A is let go.
 */
describe('processor: a worker frozen past its lease', () => {
  let stack: ProcessorStack;
  const built: ProcessingAdapters[] = [];

  beforeAll(async () => {
    // A short write timeout, so the wait for a write that can no longer land stays short.
    stack = await startProcessorStack({
      label: 'late-write',
      startLoop: false,
      env: { PTPU_HTTP_TIMEOUT: '2s' },
    });
  });
  afterAll(async () => {
    for (const adapters of built) adapters.destroy();
    await stack.close();
  });

  /** A worker as the processor wires one, on its own pod name, with the claims and community-api given. */
  async function workerOn(
    podName: string,
    claimsOf: (adapters: ProcessingAdapters) => BookingClaims,
    wrap?: (api: CommunityApi, gate: WriteGate) => CommunityApi,
  ) {
    const config = loadProcessorConfig(stack.env);
    const { logger, lines } = createCapturingLogger();
    const adapters = await createProcessingAdapters(config, {
      logger,
      clock: SYSTEM_CLOCK,
      roleName: 'ptpu-processor',
      podName,
      registry: new Registry(),
    });
    built.push(adapters);
    const claims = claimsOf(adapters);
    const { communityApiUnder } = adapters.processing;
    const processing = {
      ...adapters.processing,
      // A's lease is this suite's short one, so a write A recorded can land for that lease and the write timeout.
      settings: { ...adapters.processing.settings, writeMayLandForMs: LEASE_MS + config.PTPU_HTTP_TIMEOUT },
      ...(wrap && { communityApiUnder: (gate: WriteGate) => wrap(communityApiUnder(gate), gate) }),
    };
    const deps = { claims, processing, metrics: createProcessingMetrics(new Registry()), logger };
    return {
      adapters,
      lines,
      work: (select: RowSelector = firstTimeRows): Promise<BookingResult> =>
        workBooking(BOOKING, select, deps),
    };
  }

  it('when A is let go after B took the booking, then A sends no write, B writes everything once A’s write can no longer land, and Delius is right', async () => {
    const rowId = await stack.storeEvent('IMPRISONMENT_STATUS-CHANGED', SAMPLE_STATUS_CHANGE);
    const frozen = freezableDynamoClient(loadProcessorConfig(stack.env));
    const locksA = new DynamoLocks({
      client: frozen.client,
      tableName: stack.tables.scheduleTable,
      clock: SYSTEM_CLOCK,
      owner: newLockOwner('pod-a/processor'),
      leaseMs: LEASE_MS,
    });
    const held = barrier();
    let hold: ReturnType<typeof heldBeforeFirstWrite> | undefined;
    let gateA: WriteGate | undefined;
    const a = await workerOn(
      'pod-a',
      () => locksA,
      (api, gate) => {
        gateA = gate;
        hold = heldBeforeFirstWrite(api, held);
        return hold.api;
      },
    );
    const b = await workerOn('pod-b', (adapters) => adapters.newLocks('processor'));

    // A claims the booking, reads Delius (nobody holds A5089DY yet) and is held at its first write; from then
    // on its renewals hang, as a frozen process's would.
    const aDone = a.work();
    await (
      await waitFor(() => hold)
    ).reached;
    frozen.freeze();

    // B claims the booking as soon as A's lease has run out. A recorded its write before it was held, and that
    // write could still land: B does not take it as not applied, so the row waits.
    let bResult: BookingResult;
    do bResult = await b.work();
    while (bResult.result === 'claimed-elsewhere' && (await pause(100)));
    expect(bResult).toMatchObject({ result: 'worked', rows: [{ id: rowId, status: 'WRITE_UNCONFIRMED' }] });
    expect(gateA?.msLeft()).toBeLessThanOrEqual(0);

    // A goes on from where it was held: it would set the NOMS number it read as unset.
    const releasedAt = new Date();
    held.open();
    const [firstWrite] = await waitFor(async () =>
      hold?.writeOutcomes.length ? hold.writeOutcomes : undefined,
    );
    expect(await firstWrite).toMatchObject({ code: 'CLAIM.LEASE_PASSED', retryable: true });
    frozen.thaw();
    await aDone;
    frozen.client.destroy();

    // Once A's write can no longer land, B settles A's intent as not applied and works the booking to the end.
    do bResult = await b.work(everyKeptRow);
    while (
      bResult.result === 'worked' &&
      bResult.rows[0]?.status === 'WRITE_UNCONFIRMED' &&
      (await pause(500))
    );
    expect(bResult).toMatchObject({ result: 'worked', rows: [{ id: rowId, status: 'COMPLETED' }] });

    const communityRequests = stack.sandbox.admin.requests({ upstream: 'communityApi' });
    const writes = communityRequests.filter((request) => request.method !== 'GET');
    expect(writes.filter((request) => request.claim?.endsWith(`owner=${locksA.owner}`))).toEqual([]);
    expect(
      communityRequests.filter((r) => r.caller === 'pod-a' && new Date(r.receivedAt) >= releasedAt),
    ).toEqual([]);
    expect(writes.length).toBeGreaterThan(0);
    const claimTaken = b.lines.find((line) => line.msg === 'claim taken');
    expect(claimTaken).toMatchObject({ level: 'info', lockId: `booking#${BOOKING}`, fence: 2 });
    expect(new Date(claimTaken?.takenAt as string).toISOString()).toBe(claimTaken?.takenAt);
    // Every write is B's, under one of its claims, each taken after A's (fence 1).
    for (const write of writes) {
      expect(write).toMatchObject({ caller: 'pod-b' });
      expect(write.claim).toMatch(
        new RegExp(`^booking#${BOOKING};fence=([2-9]|\\d{2,});owner=${claimTaken?.owner as string}$`),
      );
    }
    const delius = stack.sandbox.admin.deliusState('X142620');
    expect(delius?.otherIds.nomsNumber).toBe('A5089DY');
    expect(delius?.convictions.find((conviction) => conviction.custody)?.custody).toMatchObject({
      bookingNumber: '38339A',
      institution: 'MDI',
    });
    expect(await stack.row(rowId)).toMatchObject({ status: 'COMPLETED' });
  }, 60_000);
});

const pause = (ms: number) => new Promise<true>((resolve) => setTimeout(() => resolve(true), ms));

/** Polls until `probe` gives something, for at most 10 s. */
async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error('waited 10 s in vain');
    await pause(20);
  }
}
