import { createCapturingLogger } from '@ptpu/platform/testing';
import type { PendingBacklog } from '@ptpu/store';
import { Registry } from 'prom-client';
import { createRetrierMetrics } from '../metrics';
import { PendingBacklogRefresher } from './pending-backlog-refresher';

const backlogOf = (overrides: Partial<PendingBacklog>): PendingBacklog => ({
  NEW: {},
  SHORT: {},
  MEDIUM: {},
  LONG: {},
  ...overrides,
});

function refresherCounting(counts: (() => Promise<PendingBacklog>)[]) {
  const registry = new Registry();
  const captured = createCapturingLogger();
  const refresher = new PendingBacklogRefresher({
    countPending: () => (counts.shift() as () => Promise<PendingBacklog>)(),
    gauge: createRetrierMetrics(registry).pendingMessages,
    logger: captured.logger,
    intervalMs: 60_000,
  });
  const series = async () =>
    (await registry.getSingleMetricAsString('ptpu_pending_messages'))
      .split('\n')
      .filter((line) => !line.startsWith('#'));
  return { refresher, series, logs: captured.lines };
}

describe('PendingBacklogRefresher', () => {
  it('when a status drains between refreshes, then its series leaves the output', async () => {
    const { refresher, series } = refresherCounting([
      async () => backlogOf({ NEW: { VALIDATED: 3 }, SHORT: { NO_MATCH: 2 } }),
      async () => backlogOf({ SHORT: { NO_MATCH: 1 } }),
    ]);

    await refresher.refresh();
    expect(await series()).toEqual([
      'ptpu_pending_messages{status="VALIDATED",pending_state="NEW"} 3',
      'ptpu_pending_messages{status="NO_MATCH",pending_state="SHORT"} 2',
    ]);
    await refresher.refresh();
    expect(await series()).toEqual(['ptpu_pending_messages{status="NO_MATCH",pending_state="SHORT"} 1']);
  });

  it('when counting fails, then the error is logged and the last values stay', async () => {
    const { refresher, series, logs } = refresherCounting([
      async () => backlogOf({ MEDIUM: { TOO_MANY_MATCHES: 4 } }),
      () => Promise.reject(new Error('throttled')),
    ]);

    await refresher.refresh();
    await expect(refresher.refresh()).resolves.toBeUndefined();

    expect(await series()).toEqual([
      'ptpu_pending_messages{status="TOO_MANY_MATCHES",pending_state="MEDIUM"} 4',
    ]);
    expect(logs).toContainEqual(
      expect.objectContaining({ level: 'error', err: expect.objectContaining({ message: 'throttled' }) }),
    );
  });

  it('when asked several times while counting, then one follow-up count serves them all, and it is applied', async () => {
    let calls = 0;
    const { refresher, series } = refresherCounting(
      [1, 2, 3].map((count) => async () => {
        calls++;
        return backlogOf({ LONG: { NO_MATCH: count } });
      }),
    );

    await Promise.all([refresher.refresh(), refresher.refresh(), refresher.refresh()]);

    expect(calls).toBe(2);
    expect(await series()).toEqual(['ptpu_pending_messages{status="NO_MATCH",pending_state="LONG"} 2']);
  });
});
