import { done, tryLater, type Outcome } from '../message/outcome';
import { reportingDeleteBy } from '../message/transition';
import { buildMessageRow } from '../testing/build-message-row';
import type { RowReport } from './process-booking';
import { metricObservationsFor } from './processing-metrics';

const now = new Date('2026-01-15T10:00:00.000Z');

function report(
  outcome: Outcome,
  row: Partial<RowReport['rowAsRead']> = {},
  telemetry: RowReport['telemetry'] = [],
): RowReport {
  const rowAsRead = buildMessageRow({ createdDate: '2026-01-13T22:00:00.000Z', retryCount: 3, ...row });
  return { rowAsRead, rowAfter: rowAsRead, outcome, telemetry };
}

describe('metricObservationsFor', () => {
  it('when a status change is done, then a success with its retries and its age in started days (36 h count as 2)', () => {
    expect(metricObservationsFor(report(done('COMPLETED')), now)).toEqual({
      statusChange: 'success',
      successAfterRetries: 3,
      successAfterTimeDays: 2,
    });
  });

  it('when a status change succeeds at once, then 0 retries and 1 day', () => {
    const observed = metricObservationsFor(
      report(done('NO_LONGER_VALID'), { retryCount: 0, createdDate: '2026-01-15T09:00:00.000Z' }),
      now,
    );
    expect(observed).toMatchObject({ successAfterRetries: 0, successAfterTimeDays: 1 });
  });

  it('when a status change is tried later in its last day, then a failure; earlier, nothing', () => {
    const lastDay = reportingDeleteBy(new Date('2025-12-16T12:00:00.000Z'));
    expect(metricObservationsFor(report(tryLater('NO_MATCH'), { deleteBy: lastDay }), now)).toEqual({
      statusChange: 'fail',
    });
    expect(metricObservationsFor(report(tryLater('NO_MATCH')), now)).toEqual({});
  });

  it.each([tryLater('ERROR'), done('SUPERSEDED'), done('DRY_RUN')])(
    'when the outcome is %o, then nothing is counted',
    (outcome) => {
      const lastDay = reportingDeleteBy(new Date('2025-12-16T12:00:00.000Z'));
      expect(metricObservationsFor(report(outcome, { deleteBy: lastDay }), now)).toEqual({});
    },
  );

  it('counts a movement that reached Delius as a success or a failure', () => {
    const movement = { eventType: 'EXTERNAL_MOVEMENT_RECORD-INSERTED' as const };
    const told = (name: 'P2PTransferProbationUpdated' | 'P2PTransferProbationRecordNotFound') =>
      [{ name, properties: {} }] as unknown as RowReport['telemetry'];
    expect(
      metricObservationsFor(report(done('COMPLETED'), movement, told('P2PTransferProbationUpdated')), now),
    ).toEqual({ movement: 'success' });
    expect(
      metricObservationsFor(
        report(done('COMPLETED'), movement, told('P2PTransferProbationRecordNotFound')),
        now,
      ),
    ).toEqual({ movement: 'fail' });
    expect(metricObservationsFor(report(done('NO_LONGER_VALID'), movement), now)).toEqual({});
  });

  it('counts nothing for a booking number change', () => {
    expect(
      metricObservationsFor(report(done('COMPLETED'), { eventType: 'BOOKING_NUMBER-CHANGED' }), now),
    ).toEqual({});
  });
});
