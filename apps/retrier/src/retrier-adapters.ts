import type { Clock } from '@ptpu/domain';
import type { Registry } from 'prom-client';
import type { Logger } from '@ptpu/platform';
import { createProcessingAdapters, type ProcessingAdapters } from '@ptpu/booking-runner';
import { DynamoDryRunRows, DynamoPendingBacklog } from '@ptpu/store';
import type { RetrierConfig } from './config';

/** The processing adapters, plus what only the retrier reads: dry-run rows and the pending backlog. */
export interface RetrierAdapters extends ProcessingAdapters {
  dryRunRows: DynamoDryRunRows;
  /** Counts for the `ptpu_pending_messages` gauge. */
  pendingBacklog: DynamoPendingBacklog;
}

export async function createRetrierAdapters(
  config: RetrierConfig,
  logger: Logger,
  clock: Clock,
  registry: Registry,
  podName?: string,
): Promise<RetrierAdapters> {
  const adapters = await createProcessingAdapters(config, {
    logger,
    clock,
    roleName: 'ptpu-retrier',
    podName,
    registry,
  });
  const client = adapters.dynamodb;
  const messageTable = config.DYNAMODB_TABLENAME;
  return {
    ...adapters,
    dryRunRows: new DynamoDryRunRows({
      client,
      messageTable,
      scheduleTable: config.DYNAMODB_SCHEDULE_TABLENAME,
      clock,
      leaseEvents: adapters.leaseEvents,
    }),
    pendingBacklog: new DynamoPendingBacklog({ client, messageTable }),
  };
}
