import { TELEMETRY_EVENTS } from '../telemetry/telemetry-events';
import type { RowReport } from './process-booking';

const DAY_MS = 86_400_000;

/** What one row's attempt adds to the original service's metrics; absent fields add nothing. */
export interface MetricObservations {
  /** `ptpu_statusChangeCounter_total`: `total` plus this `type`. */
  statusChange?: 'success' | 'fail';
  /** `ptpu_statusChange_retries`: the row's `retryCount` when it succeeded. */
  successAfterRetries?: number;
  /** `ptpu_statusChange`: whole days from `createdDate` to success, plus one (36 hours count as 2). */
  successAfterTimeDays?: number;
  /** `ptpu_movement_total`: `total` plus this `type`, once a movement reached Delius. */
  movement?: 'success' | 'fail';
}

/**
 * A status change counts once its handler returned (an `ERROR` is not counted): a real "done" is a success,
 * and a "try later" is a failure only in the last day before the row expires, when no retry is left.
 * Superseded and dry-run rows were not worked for real, so they count nowhere.
 */
export function metricObservationsFor(report: RowReport, now: Date): MetricObservations {
  const { rowAsRead, outcome } = report;
  if (rowAsRead.eventType === 'EXTERNAL_MOVEMENT_RECORD-INSERTED') return movementObservations(report);
  if (rowAsRead.eventType !== 'IMPRISONMENT_STATUS-CHANGED') return {};
  if (outcome.kind === 'done') {
    if (outcome.status === 'SUPERSEDED' || outcome.status === 'DRY_RUN') return {};
    const ageMs = now.getTime() - new Date(rowAsRead.createdDate).getTime();
    return {
      statusChange: 'success',
      successAfterRetries: rowAsRead.retryCount,
      successAfterTimeDays: Math.floor(Math.max(0, ageMs) / DAY_MS) + 1,
    };
  }
  if (outcome.status === 'ERROR') return {};
  const lastDay = rowAsRead.deleteBy * 1000 - DAY_MS < now.getTime();
  return lastDay ? { statusChange: 'fail' } : {};
}

function movementObservations(report: RowReport): MetricObservations {
  if (report.outcome.kind === 'done' && report.outcome.status === 'DRY_RUN') return {};
  const names = report.telemetry.map((event) => event.name);
  if (names.includes(TELEMETRY_EVENTS.transferProbationUpdated)) return { movement: 'success' };
  if (names.includes(TELEMETRY_EVENTS.transferProbationRecordNotFound)) return { movement: 'fail' };
  return {};
}
