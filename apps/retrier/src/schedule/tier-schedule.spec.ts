import { instantOfLondon, londonDateTime } from '@ptpu/domain';
import { tierSchedule } from './tier-schedule';
import { firingsBetween } from '../../test/support/tier-firings';

const short = tierSchedule('SHORT', '0 0 * * * *');
const medium = tierSchedule('MEDIUM', '0 15 */4 * * *');
const long = tierSchedule('LONG', '0 30 23 * * *');

/** The London wall-clock times at which `schedule` fires during one London calendar day. */
function londonFiringsOn(day: string, next: string, ...schedules: ReturnType<typeof tierSchedule>[]) {
  // Start one second before midnight: firings are strictly after `from`, and midnight itself may fire.
  const from = new Date(instantOfLondon(day).getTime() - 1000);
  const to = new Date(instantOfLondon(next).getTime() - 1000);
  return firingsBetween(schedules, from, to).map(({ tier, at }) => `${tier} ${londonDateTime(at)}`);
}

describe('tierSchedule', () => {
  it('when asked for the next firing, then it is strictly after the instant given', () => {
    const onTheHour = new Date('2026-01-15T10:00:00.000Z');
    expect(short.nextFireAfter(onTheHour)?.toISOString()).toBe('2026-01-15T11:00:00.000Z');
    expect(short.nextFireAfter(new Date('2026-01-15T09:59:59.999Z'))?.toISOString()).toBe(
      '2026-01-15T10:00:00.000Z',
    );
  });

  it('when the clocks go forward, then the hourly tier fires 23 times that day, none in the missing hour', () => {
    const firings = londonFiringsOn('2026-03-29', '2026-03-30', short);
    expect(firings).toHaveLength(23);
    expect(firings.slice(0, 3)).toEqual([
      'SHORT 2026-03-29T00:00:00',
      'SHORT 2026-03-29T02:00:00',
      'SHORT 2026-03-29T03:00:00',
    ]);
  });

  it('when the clocks go back, then the hourly tier fires 25 times that day, twice at 01:00 London', () => {
    const firings = londonFiringsOn('2026-10-25', '2026-10-26', short);
    expect(firings).toHaveLength(25);
    expect(firings.filter((firing) => firing === 'SHORT 2026-10-25T01:00:00')).toHaveLength(2);
  });

  it.each([
    ['an ordinary winter day', '2026-01-15', '2026-01-16'],
    ['the day the clocks go forward', '2026-03-29', '2026-03-30'],
    ['a summer day', '2026-07-01', '2026-07-02'],
    ['the day the clocks go back', '2026-10-25', '2026-10-26'],
  ])('on %s, the medium tier fires at hh:15 London every four hours from midnight', (_, day, next) => {
    expect(londonFiringsOn(day, next, medium)).toEqual(
      ['00', '04', '08', '12', '16', '20'].map((hour) => `MEDIUM ${day}T${hour}:15:00`),
    );
  });

  it('fires the long tier at 23:30 London whatever the offset: 23:30 UTC in winter, 22:30 UTC in summer', () => {
    const from = instantOfLondon('2026-03-27');
    const firings = firingsBetween([long], from, instantOfLondon('2026-03-31')).map(({ at }) =>
      at.toISOString(),
    );
    expect(firings).toEqual([
      '2026-03-27T23:30:00.000Z',
      '2026-03-28T23:30:00.000Z',
      '2026-03-29T22:30:00.000Z',
      '2026-03-30T22:30:00.000Z',
    ]);
  });

  it('interleaves the tiers in time order', () => {
    expect(londonFiringsOn('2026-01-15', '2026-01-16', short, medium, long).slice(0, 3)).toEqual([
      'SHORT 2026-01-15T00:00:00',
      'MEDIUM 2026-01-15T00:15:00',
      'SHORT 2026-01-15T01:00:00',
    ]);
    expect(londonFiringsOn('2026-01-15', '2026-01-16', short, medium, long).at(-1)).toBe(
      'LONG 2026-01-15T23:30:00',
    );
  });

  it.each(['0 * * * *', '0 0 25 * * *', 'every hour'])(
    'refuses %j, which is not a valid 6-field cron',
    (expression) => {
      expect(() => tierSchedule('SHORT', expression)).toThrow(/CronPattern/);
    },
  );
});
