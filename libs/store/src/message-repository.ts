import { setTimeout as sleep } from 'node:timers/promises';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  isPending,
  rowAfterTransition,
  SystemError,
  type Clock,
  type MessageRow,
  type RetryTier,
  type RowTransition,
} from '@ptpu/domain';
import { atBoundary, isConditionalCheckFailed, toSystemError } from '@ptpu/aws';
import { stillPendingAsRead, writeUnderClaim } from './claimed-write';
import { documentClientFor } from './document-client';
import type { LeaseEventRecorder } from './lease-events';
import type { HeldLock } from './lease-keeper';
import { fromMessageItem, toMessageItem, watchItemsOf } from './message-item';
import { queryPages } from './query-pages';
import { owedUpdate, rowAfterOwed, transitionUpdate, type OwedChange, type RowUpdate } from './row-updates';
import { MESSAGE_INDEX, type TableNames } from './tables';

/** Rows per Query page (`PTPU_PAGE_SIZE`). */
export const DEFAULT_PAGE_SIZE = 100;

export interface DynamoMessageRepositoryOptions extends TableNames {
  client: DynamoDBClient;
  /** Decides whether a claim has expired when a write is checked against it. */
  clock: Clock;
  pageSize?: number;
  /** Told when a write finds the booking claim lost (`ptpu_lease_events_total`). Default none. */
  leaseEvents?: LeaseEventRecorder;
}

export interface PageOptions {
  pageSize?: number;
}

/**
 * The message table (docs/architecture.md, Tables and indexes): Queries on an index or reads by key, never a
 * Scan, so a scheduled run costs what is pending, not the table's size. Index reads are eventually consistent,
 * so the rows a booking's processing acts on are re-read consistently, and every attempt-ending write is
 * conditioned on the `status`/`retryCount` that was read.
 */
export class DynamoMessageRepository {
  private readonly doc: DynamoDBDocumentClient;
  private readonly pageSize: number;

  constructor(private readonly options: DynamoMessageRepositoryOptions) {
    this.doc = documentClientFor(options.client);
    this.pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(this.pageSize) || this.pageSize <= 0) {
      throw new RangeError(`pageSize must be a positive integer, got ${options.pageSize}`);
    }
  }

  /** Stores a new row; a row with the same `id` (a redelivered SNS message) is left as it is. */
  async storeIfAbsent(row: MessageRow): Promise<'stored' | 'duplicate'> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.options.messageTable,
          Item: toMessageItem(row),
          ConditionExpression: 'attribute_not_exists(id)',
        }),
      );
      return 'stored';
    } catch (err) {
      if (isConditionalCheckFailed(err)) return 'duplicate';
      throw toSystemError(err, `store row ${row.id}`);
    }
  }

  /** The row as it is now (strongly consistent), or undefined when it does not exist (or TTL removed it). */
  async getRow(id: string): Promise<MessageRow | undefined> {
    const output = await atBoundary(`get row ${id}`, () =>
      this.doc.send(
        new GetCommand({ TableName: this.options.messageTable, Key: { id }, ConsistentRead: true }),
      ),
    );
    return output.Item ? fromMessageItem(output.Item) : undefined;
  }

  /** First-time rows (`NEW`) created before `cutoff` (now minus the hold-back), oldest first, page by page. */
  dueFirstTimeRows(cutoff: Date, options: PageOptions = {}): AsyncGenerator<MessageRow[]> {
    const key = 'pendingState = :state AND createdDate < :cutoff';
    const values = { ':state': 'NEW', ':cutoff': cutoff.toISOString() };
    return this.rowPages(options, MESSAGE_INDEX.pendingByState, key, values);
  }

  /** Every pending row of a booking, oldest first, re-read consistently: processing acts on these. */
  async *pendingRowsOfBooking(bookingId: number, options: PageOptions = {}): AsyncGenerator<MessageRow[]> {
    const listed = this.rowPages(options, MESSAGE_INDEX.pendingByBooking, 'pendingBookingId = :bookingId', {
      ':bookingId': bookingId,
    });
    for await (const page of listed) {
      const current = await stillPendingNow(this.doc, this.options.messageTable, page);
      if (current.length > 0) yield current;
    }
  }

  /** Every row kept for a booking, done ones too, oldest first: an operator's look-up. */
  rowsOfBooking(bookingId: number, options: PageOptions = {}): AsyncGenerator<MessageRow[]> {
    return this.rowPages(options, MESSAGE_INDEX.byBooking, 'bookingId = :bookingId', {
      ':bookingId': bookingId,
    });
  }

  /** Every row kept for a prisoner (by the NOMS number of the booking when it was stored), oldest first. */
  rowsOfNomsNumber(nomsNumber: string, options: PageOptions = {}): AsyncGenerator<MessageRow[]> {
    return this.rowPages(options, MESSAGE_INDEX.byNomsNumber, 'offenderNo = :nomsNumber', {
      ':nomsNumber': nomsNumber,
    });
  }

  /** The bookings with a row waiting on the Delius case `crn` (its watches; the rows may have moved on since). */
  async bookingsWatching(crn: string): Promise<number[]> {
    const bookings = new Set<number>();
    const pages = queryPages(this.doc, {
      TableName: this.options.messageTable,
      IndexName: MESSAGE_INDEX.byWatchedCrn,
      KeyConditionExpression: 'watchCrn = :crn',
      ExpressionAttributeValues: { ':crn': crn },
      ProjectionExpression: 'watchBookingId',
    });
    for await (const page of pages) for (const item of page) bookings.add(Number(item.watchBookingId));
    return [...bookings];
  }

  /** The pending rows of one retry tier, oldest first. */
  pendingRowsOfTier(tier: RetryTier, options: PageOptions = {}): AsyncGenerator<MessageRow[]> {
    return this.rowPages(options, MESSAGE_INDEX.pendingByState, 'pendingState = :state', { ':state': tier });
  }

  /**
   * Ends an attempt ("done" or "try later") under the booking claim. Returns the row as written; throws
   * `UpdateRefusedError` when the claim was lost or the row changed since `rowAsRead`.
   */
  async completeAttempt(
    claim: HeldLock,
    rowAsRead: MessageRow,
    transition: RowTransition,
  ): Promise<MessageRow> {
    const watches = watchItemsOf(rowAsRead, transition);
    await this.writeUnderClaim(claim, rowAsRead, transitionUpdate(transition), watches);
    return rowAfterTransition(rowAsRead, transition);
  }

  /**
   * Records domain events (JSON) after the Delius write that caused them, before they are published, so an
   * attempt that dies in between leaves them for the next; `deleteBy` keeps the row for them.
   */
  async recordPendingEvents(
    claim: HeldLock,
    rowAsRead: MessageRow,
    pendingEvents: string,
    deleteBy: number,
  ): Promise<MessageRow> {
    return this.recordOwed(claim, rowAsRead, { pendingEvents, writeIntent: undefined, deleteBy });
  }

  /** Records the Delius write about to be made (undefined: removes it), so the next attempt can settle it. */
  async recordWriteIntent(
    claim: HeldLock,
    rowAsRead: MessageRow,
    writeIntent: string | undefined,
    deleteBy: number,
  ): Promise<MessageRow> {
    return this.recordOwed(claim, rowAsRead, { writeIntent, deleteBy });
  }

  private async recordOwed(claim: HeldLock, rowAsRead: MessageRow, change: OwedChange): Promise<MessageRow> {
    await this.writeUnderClaim(claim, rowAsRead, owedUpdate(change));
    return rowAfterOwed(rowAsRead, change);
  }

  private writeUnderClaim(
    claim: HeldLock,
    rowAsRead: MessageRow,
    update: RowUpdate,
    alsoPut?: readonly Record<string, unknown>[],
  ): Promise<void> {
    const precondition = stillPendingAsRead(rowAsRead);
    return writeUnderClaim(this.doc, this.options, claim, rowAsRead, update, precondition, alsoPut);
  }

  private async *rowPages(
    options: PageOptions,
    IndexName: string,
    KeyConditionExpression: string,
    ExpressionAttributeValues: Record<string, unknown>,
  ): AsyncGenerator<MessageRow[]> {
    const pages = queryPages(this.doc, {
      TableName: this.options.messageTable,
      IndexName,
      KeyConditionExpression,
      ExpressionAttributeValues,
      Limit: options.pageSize ?? this.pageSize,
    });
    for await (const page of pages) {
      // DynamoDB can end on an empty page when the last full page happened to hold the last row.
      if (page.length > 0) yield page.map(fromMessageItem);
    }
  }
}

/** BatchGetItem takes at most 100 keys. */
const BATCH_GET_LIMIT = 100;
/** Rounds of unprocessed keys (DynamoDB throttling a batch) before the read is given up as a fault. */
const MAX_ROUNDS = 5;

/**
 * The rows an index listed, re-read consistently, keeping those still pending, in the index's order: an index
 * still lists a row another worker just finished, and working it again would repeat its Delius calls for nothing.
 */
async function stillPendingNow(
  doc: DynamoDBDocumentClient,
  tableName: string,
  listed: readonly MessageRow[],
): Promise<MessageRow[]> {
  const current = new Map<string, MessageRow>();
  for (let start = 0; start < listed.length; start += BATCH_GET_LIMIT) {
    const ids = listed.slice(start, start + BATCH_GET_LIMIT).map((row) => row.id);
    for (const row of await readNow(doc, tableName, ids)) current.set(row.id, row);
  }
  return listed.flatMap((row) => {
    const now = current.get(row.id);
    return now && isPending(now) ? [now] : [];
  });
}

async function readNow(doc: DynamoDBDocumentClient, tableName: string, ids: string[]): Promise<MessageRow[]> {
  const rows: MessageRow[] = [];
  let keys: Record<string, unknown>[] = ids.map((id) => ({ id }));
  for (let round = 1; keys.length > 0; round += 1) {
    if (round > MAX_ROUNDS) {
      throw new SystemError(`${keys.length} rows were still unread after ${MAX_ROUNDS} batch reads`, {
        code: 'AWS.THROTTLED',
        retryable: true,
        details: { table: tableName },
      });
    }
    if (round > 1) await sleep(50 * 2 ** round);
    const output = await atBoundary(`re-read ${keys.length} rows`, () =>
      doc.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: keys, ConsistentRead: true } } })),
    );
    rows.push(...(output.Responses?.[tableName] ?? []).map(fromMessageItem));
    keys = output.UnprocessedKeys?.[tableName]?.Keys ?? [];
  }
  return rows;
}
