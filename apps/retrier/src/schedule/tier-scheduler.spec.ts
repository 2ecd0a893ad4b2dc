import type { Clock, RetryTier } from '@ptpu/domain';
import { TierScheduler } from './tier-scheduler';
import { tierSchedule } from './tier-schedule';

// Jest's fake timers also move Date, so this clock follows the simulated time.
const systemClock: Clock = { now: () => new Date() };
const MINUTE = 60_000;

function schedulerFiring(
  schedules = [tierSchedule('SHORT', '0 0 * * * *'), tierSchedule('MEDIUM', '0 15 */4 * * *')],
) {
  const fired: string[] = [];
  const scheduler = new TierScheduler({
    schedules,
    clock: systemClock,
    fire: async (tier: RetryTier, dueAt: Date) => {
      fired.push(`${tier} ${dueAt.toISOString()}`);
      // A run that never ends: the scheduler must not wait for it.
      return new Promise(() => undefined);
    },
  });
  return { scheduler, fired };
}

describe('TierScheduler', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-01-15T11:30:00.000Z') }));
  afterEach(() => jest.useRealTimers());

  it('when time passes, then each tier fires at its own instants, while an earlier run is still going', async () => {
    const { scheduler, fired } = schedulerFiring();
    scheduler.start();

    await jest.advanceTimersByTimeAsync(105 * MINUTE);

    expect(fired).toEqual([
      'SHORT 2026-01-15T12:00:00.000Z',
      'MEDIUM 2026-01-15T12:15:00.000Z',
      'SHORT 2026-01-15T13:00:00.000Z',
    ]);
    scheduler.stop();
  });

  it('tells when each tier fires next', () => {
    const { scheduler } = schedulerFiring();
    scheduler.start();

    expect(scheduler.nextFirings()).toEqual(
      new Map([
        ['SHORT', new Date('2026-01-15T12:00:00.000Z')],
        ['MEDIUM', new Date('2026-01-15T12:15:00.000Z')],
      ]),
    );
    scheduler.stop();
  });

  it('when the process stalls past several firings, then it fires once, late, and resumes on the schedule', async () => {
    const { scheduler, fired } = schedulerFiring([tierSchedule('SHORT', '0 0 * * * *')]);
    scheduler.start();

    jest.setSystemTime(new Date('2026-01-15T15:20:00.000Z'));
    await jest.advanceTimersByTimeAsync(MINUTE);
    await jest.advanceTimersByTimeAsync(40 * MINUTE);

    expect(fired).toEqual(['SHORT 2026-01-15T12:00:00.000Z', 'SHORT 2026-01-15T16:00:00.000Z']);
    scheduler.stop();
  });

  it('when stopped, then no tier fires again', async () => {
    const { scheduler, fired } = schedulerFiring();
    scheduler.start();
    scheduler.stop();

    await jest.advanceTimersByTimeAsync(24 * 60 * MINUTE);

    expect(fired).toEqual([]);
    expect(scheduler.nextFirings().size).toBe(0);
  });
});
