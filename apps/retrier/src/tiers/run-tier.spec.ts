import { reportingDeleteBy, type MessageRow, type RetryTier } from '@ptpu/domain';
import { buildMessageRow, FixedClock } from '@ptpu/domain/testing';
import type { BookingResult } from '@ptpu/booking-runner';
import { createCapturingLogger } from '@ptpu/platform/testing';
import { runTier, type TierRunDeps } from './run-tier';

const clock = new FixedClock('2026-01-15T10:00:00.000Z');

/** A tier whose rows come in the given pages, and a booking worker that records what it was asked to work. */
function tierOf(
  pages: MessageRow[][],
  options: { concurrency?: number; onWork?: (bookingId: number) => void } = {},
) {
  const worked: number[] = [];
  const queried: RetryTier[] = [];
  const deps: TierRunDeps = {
    async *pendingRowsOfTier(tier) {
      queried.push(tier);
      yield* pages;
    },
    async workBooking(bookingId): Promise<BookingResult> {
      worked.push(bookingId);
      options.onWork?.(bookingId);
      return { bookingId, result: 'worked', rows: [] };
    },
    clock,
    concurrency: options.concurrency ?? 2,
    logger: createCapturingLogger().logger,
  };
  return { deps, worked, queried };
}

const row = (bookingId: number, overrides: Partial<MessageRow> = {}) =>
  buildMessageRow({ bookingId, retryCount: 2, status: 'NO_MATCH', ...overrides });

describe('runTier', () => {
  it('when a booking has several rows in the tier, on one page or several, then it is worked once in the run', async () => {
    const tier = tierOf([
      [row(1), row(2), row(1)],
      [row(3), row(2)],
    ]);

    const report = await runTier('SHORT', tier.deps);

    expect(tier.queried).toEqual(['SHORT']);
    expect(tier.worked.sort()).toEqual([1, 2, 3]);
    expect(report.bookings.map((booking) => booking.bookingId).sort()).toEqual([1, 2, 3]);
    expect(report.stoppedEarly).toBe(false);
  });

  it('when a row is past its deleteBy, then its booking is not worked for it and the row is counted', async () => {
    const expired = row(7, { deleteBy: reportingDeleteBy(new Date('2025-12-16T10:00:00.000Z')) });
    const lastSecond = row(8, { deleteBy: clock.now().getTime() / 1000 });
    const live = row(9, { deleteBy: clock.now().getTime() / 1000 + 1 });
    const tier = tierOf([[expired, lastSecond, live]]);

    const report = await runTier('LONG', tier.deps);

    expect(tier.worked).toEqual([9]);
    expect(report.expiredRows).toBe(2);
  });

  it('when a row past its deleteBy still owes events or holds an intent, then its booking is worked, for processing to report it', async () => {
    const past = clock.now().getTime() / 1000 - 1;
    const tier = tierOf([
      [row(7, { deleteBy: past, pendingEvents: '[]' }), row(8, { deleteBy: past, writeIntent: '{}' })],
    ]);

    const report = await runTier('LONG', tier.deps);

    expect(tier.worked.sort()).toEqual([7, 8]);
    expect(report.expiredRows).toBe(0);
  });

  it('when the signal is aborted part-way, then no further booking or page is started', async () => {
    const controller = new AbortController();
    const tier = tierOf([[row(1), row(2), row(3)], [row(4)]], {
      concurrency: 1,
      onWork: (bookingId) => bookingId === 2 && controller.abort(),
    });

    const report = await runTier('MEDIUM', tier.deps, controller.signal);

    expect(tier.worked).toEqual([1, 2]);
    expect(report.stoppedEarly).toBe(true);
  });

  it('when the tier is empty, then nothing is worked', async () => {
    const tier = tierOf([]);

    await expect(runTier('SHORT', tier.deps)).resolves.toEqual({
      tier: 'SHORT',
      bookings: [],
      expiredRows: 0,
      stoppedEarly: false,
    });
  });
});
