import { buildMessageRow } from '@ptpu/domain/testing';
import { localDynamoClient } from '@ptpu/store/testing';
import { ReportsUnderTest, csvLines } from './support/reports-under-test';

/**
 * The reports stream: the first rows leave before the last page is read. The app's DynamoDB client holds every
 * Query from the HELD_FROM-th on until the test opens the gate, so the test can see what arrived meanwhile, or
 * fails a chosen Query as DynamoDB does when it sheds load.
 */
const reports = new ReportsUnderTest();
const appClient = localDynamoClient();
const ROWS = 20;
const PAGE_SIZE = 2;
// The first 4 Queries are the first page of each pending partition; the 5th is the second page of NEW.
const HELD_FROM = 6;

let queries = 0;
let held = false;
let openGate: () => void = () => undefined;
let gate = Promise.resolve();
let failingQuery: number | undefined;

function closeGate(): void {
  queries = 0;
  held = false;
  failingQuery = undefined;
  gate = new Promise((resolve) => (openGate = resolve));
}

function failQuery(nth: number): void {
  queries = 0;
  failingQuery = nth;
  gate = Promise.resolve();
}

const throttled = () =>
  Object.assign(new Error('The level of configured provisioned throughput for the table was exceeded'), {
    name: 'ProvisionedThroughputExceededException',
    $fault: 'client',
    $metadata: { httpStatusCode: 400 },
  });

beforeAll(async () => {
  appClient.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'QueryCommand') {
        queries += 1;
        if (queries === failingQuery) throw throttled();
        if (queries >= HELD_FROM) {
          held = true;
          await gate;
        }
      }
      return next(args);
    },
    { step: 'initialize', name: 'hold-queries' },
  );
  await reports.start('streaming', { client: appClient, pageSize: PAGE_SIZE });
  await reports.seed(
    Array.from({ length: ROWS }, (_, i) =>
      buildMessageRow({ bookingId: 1000 + i, createdDate: reports.daysAgo(1, i) }),
    ),
  );
});
afterAll(async () => {
  openGate();
  await reports.stop();
  appClient.destroy();
});

const decoder = new TextDecoder();

describe('streaming', () => {
  it('when a report spans many pages, then its first rows arrive while later pages are still unread', async () => {
    closeGate();
    const response = await reports.get('/report/in-progress');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();

    let received = '';
    while (csvLines(received).length < 1 + 2 * PAGE_SIZE) {
      const chunk = await reader.read();
      if (chunk.done) throw new Error(`the report ended after ${JSON.stringify(received)}`);
      received += decoder.decode(chunk.value);
    }
    expect(held).toBe(true);
    const queriesBeforeGate = queries;

    openGate();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
      received += decoder.decode(chunk.value);

    expect(queries).toBeGreaterThan(queriesBeforeGate);
    const bookingIds = csvLines(received)
      .slice(1)
      .map((line) => line.split(',')[0]);
    expect(bookingIds).toEqual(Array.from({ length: ROWS }, (_, i) => `"${1000 + i}"`));
  });

  it('when the client goes away mid-report, then the remaining pages are never read', async () => {
    closeGate();
    reports.log.lines.length = 0;
    const aborting = new AbortController();
    const response = await reports.get('/report/in-progress', undefined, aborting.signal);
    await (response.body as ReadableStream<Uint8Array>).getReader().read();
    await waitFor(() => held);
    // The merge opens every pending-state partition; on a busy machine the empty partitions' first Queries can
    // still be on their way when the gate closes, so count from the moment nothing else is in flight.
    const queriesAtAbort = await settledValue(() => queries);

    aborting.abort();
    // Open the gate only once the server knows: until then it would rightly go on reading for the client.
    await waitFor(() => reports.log.lines.some((line) => line.msg === 'client went away mid-report'));
    openGate();
    await waitFor(() => reports.log.lines.some((line) => line.msg === 'report cut short'));

    // Only the Query held at the gate completes; the rest of the report is never asked for.
    expect(queries).toBe(queriesAtAbort);
    expect(queries).toBeLessThan(4 + ROWS / PAGE_SIZE);
  });

  it('when the first page cannot be read, then the answer is a plain 500 and the fault is logged', async () => {
    failQuery(1);
    reports.log.lines.length = 0;

    const response = await reports.get('/report/in-progress');

    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ status: 500, userMessage: 'Internal Server Error' });
    expect(reports.log.lines).toContainEqual(
      expect.objectContaining({
        level: 'error',
        msg: 'request failed',
        err: expect.objectContaining({ code: 'AWS.THROTTLED' }),
      }),
    );
  });

  it('when a later page cannot be read, then the body is cut short, never passed off as complete, and logged', async () => {
    failQuery(HELD_FROM);
    reports.log.lines.length = 0;

    const response = await reports.get('/report/in-progress');

    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
    await waitFor(() => reports.log.lines.some((line) => line.msg === 'report cut short'));
    expect(reports.log.lines).toContainEqual(
      expect.objectContaining({ level: 'error', msg: 'request failed' }),
    );
    expect(reports.log.lines).not.toContainEqual(
      expect.objectContaining({ msg: 'client went away mid-report' }),
    );
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Waits until `read()` has not changed for `quietMs`, and returns it. */
async function settledValue(read: () => number, quietMs = 300, timeoutMs = 5_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let value = read();
  let stableSince = Date.now();
  while (Date.now() - stableSince < quietMs) {
    if (Date.now() > deadline) throw new Error('value did not settle in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
    if (read() !== value) [value, stableSince] = [read(), Date.now()];
  }
  return value;
}
