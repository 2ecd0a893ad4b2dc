import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { HANDLED_EVENT_TYPES, type MessageRow } from '@ptpu/domain';
import { alreadyProcessedAs, writeUnderClaim } from './claimed-write';
import { documentClientFor } from './document-client';
import type { HeldLock } from './lease-keeper';
import { fromMessageItem } from './message-item';
import type { DynamoMessageRepositoryOptions } from './message-repository';
import { queryPages } from './query-pages';
import { reopenUpdate } from './row-updates';
import { MESSAGE_INDEX } from './tables';

/**
 * An operator's tool, never a scheduled path: rows a dry run finished (`DRY_RUN`, the Delius writes it withheld
 * in `intendedWrites`), and putting one back in the pending indexes to be worked for real.
 */
export class DynamoDryRunRows {
  private readonly doc: DynamoDBDocumentClient;

  constructor(private readonly options: Omit<DynamoMessageRepositoryOptions, 'pageSize'>) {
    this.doc = documentClientFor(options.client);
  }

  /** Filters each event type's `by-event-type` partition: a Query over the table's life, never a Scan. */
  async ofBooking(bookingId: number): Promise<MessageRow[]> {
    const rows: MessageRow[] = [];
    for (const eventType of HANDLED_EVENT_TYPES) {
      const pages = queryPages(this.doc, {
        TableName: this.options.messageTable,
        IndexName: MESSAGE_INDEX.byEventType,
        KeyConditionExpression: 'eventType = :eventType',
        FilterExpression: 'bookingId = :bookingId AND #status = :dryRun',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':eventType': eventType, ':bookingId': bookingId, ':dryRun': 'DRY_RUN' },
      });
      for await (const page of pages) rows.push(...page.map(fromMessageItem));
    }
    return rows;
  }

  /**
   * Makes a `DRY_RUN` row pending again under the booking claim, like every attempt-ending write. Returns the
   * row as written; throws `UpdateRefusedError` when the claim was lost or the row is no longer a dry-run result.
   */
  async reopen(claim: HeldLock, row: MessageRow): Promise<MessageRow> {
    const { doc, options } = this;
    await writeUnderClaim(doc, options, claim, row, reopenUpdate(row), alreadyProcessedAs('DRY_RUN'));
    const { processedDate: _processedDate, intendedWrites: _intendedWrites, ...reopened } = row;
    return reopened;
  }
}
