import type { MessageRow } from '@ptpu/domain';
import { buildMessageRow } from '@ptpu/domain/testing';
import { RetrierUnderTest } from '../support/retrier-under-test';
import { testWorld } from '../support/test-world';

/** The `ptpu_pending_messages` gauge as Prometheus scrapes it from the running retrier. */
let retrier: RetrierUnderTest;

let sequence = 0;
const row = (status: MessageRow['status'], retryCount: number, extra: Partial<MessageRow> = {}) =>
  buildMessageRow({ id: `backlog-${++sequence}`, bookingId: 7000 + sequence, status, retryCount, ...extra });

beforeAll(async () => {
  retrier = await RetrierUnderTest.start({ world: testWorld([]), startAt: '2026-01-15T10:00:00.000Z' });
});

afterAll(() => retrier?.stop());

async function pendingSeries(): Promise<string[]> {
  const text = await (await fetch(`${retrier.retrier.url}/prometheus`)).text();
  return text.split('\n').filter((line) => line.startsWith('ptpu_pending_messages{'));
}

/** The refresh after a tier run is not awaited by the run, so poll the scrape briefly. */
async function seriesOnceEqual(expected: string[]): Promise<string[]> {
  let series = await pendingSeries();
  for (let attempt = 0; attempt < 50 && JSON.stringify(series) !== JSON.stringify(expected); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    series = await pendingSeries();
  }
  return series;
}

describe('pending backlog gauge', () => {
  it('when a tier run ends, then /prometheus shows the pending rows by status and pending state, processed rows left out', async () => {
    await retrier.store(
      row('VALIDATED', 0),
      row('VALIDATED', 0),
      row('NO_MATCH', 2),
      row('TOO_MANY_MATCHES', 8),
      row('COMPLETED', 3, { processedDate: '2026-01-15T09:00:00.000Z' }),
    );

    // The long tier has nothing to work, so the rows stay where they were stored.
    await expect(retrier.retrier.runTier('LONG', 'operator')).resolves.toMatchObject({ result: 'completed' });

    const expected = [
      'ptpu_pending_messages{status="VALIDATED",pending_state="NEW"} 2',
      'ptpu_pending_messages{status="NO_MATCH",pending_state="SHORT"} 1',
      'ptpu_pending_messages{status="TOO_MANY_MATCHES",pending_state="MEDIUM"} 1',
    ];
    expect(await seriesOnceEqual(expected)).toEqual(expected);
  });
});
